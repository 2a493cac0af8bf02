import { Injectable, Logger } from '@nestjs/common';
import { problemLine, type Bundle } from '@sli/exchange-domain';
import { currentScope, InputError, inputErrorFromDatabase, runInScope, type FieldProblem } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import { bundleProblems, outsideReferences, type DatabaseState, type Refused } from './bundle-checks';
import { countRecords, keyField, pairKey, recordsOf, TABLES, type TargetSection } from './bundle-references';
import { checkSchema, sortProblems } from './bundle-schema';
import { databaseFacts } from './rule-facts';
import type { ImportResult, ImportSectionResult } from './models/import-result.model';
import { GROUPS_SECTION, groupProblems, writeGroups } from './groups-exchange';
import { ASSURANCE_TOOLS_SECTION, assuranceToolProblems, linkAuditTools, toolPartnerships, writeAssuranceTools } from './assurance-tools-exchange';
import { NARRATIVES_SECTION, narrativePartnerships, narrativeProblems, writeNarratives } from './narratives-exchange';
import { SECTION_SPECS, type SectionSpec } from './section-specs';
import { childSyncStatement, deferredStatement, existingStatement, touchStatement, upsertStatement, type Statement } from './upsert-sql';

/** Called as sections and chunks finish: records written so far, and in the whole bundle. */
export type ImportProgress = (done: number, total: number) => void;

export interface ImportOptions {
  onProgress?: ImportProgress;
  /**
   * Check and write everything, then roll the transaction back: the result's counts are what a real
   * import would create, update and leave unchanged, and the problems are the same. Nothing is kept.
   */
  dryRun?: boolean;
}

/** Thrown inside the transaction to roll a dry run back, carrying its result out. */
class DryRunDone extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run rolled back');
  }
}

/** Records per statement: big enough to amortise round trips, small enough to keep parameters modest. */
const CHUNK = 5000;
/** Pairs per look-up when checking references against the database. */
const LOOKUP_CHUNK = 20000;
/**
 * After a commit that created or updated more records than this, the written tables are analysed so
 * the planner sees their new size at once (autovacuum may take minutes, and PGlite has none).
 */
export const ANALYZE_AFTER_RECORDS = 5000;
/**
 * Tables no section writes but every import fills through triggers: the change history (a row per record
 * written: 2.7 million for the national bundle, left without statistics, so the change history's plans
 * guessed), reviews' status history, and the assurance tools and audit domains a new partnership is given.
 */
const WRITTEN_BY_TRIGGERS = ['audit_events', 'review_status_changes', 'assurance_tools', 'assurance_tool_levels', 'tool_standards', 'audit_domains'];
/** An error lists at most this many problems (a broken national bundle could have millions). */
const MAX_PROBLEMS = 500;

/**
 * Imports a data bundle: validates it whole (schema, then references and cross-field rules against
 * the bundle and the database), then writes every section in one transaction, parents first,
 * matching records by (partnership, ref). Works in SQL only, so it depends on no domain service.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(private readonly dataSource: DataSource) {}

  async importBundle(input: unknown, options: ImportProgress | ImportOptions = {}): Promise<ImportResult> {
    const { onProgress, dryRun = false } = typeof options === 'function' ? { onProgress: options } : options;
    const started = Date.now();
    const schema = checkSchema(input);
    if (schema.fatal) throw problemsError(schema.problems);
    const bundle = input as Bundle;
    const narratives = bundle.annualReportNarratives ?? [];
    const groups = bundle.groups ?? [];
    const tools = bundle.assuranceTools ?? [];
    const total = countRecords(bundle) + groups.length + narratives.length + tools.length;

    const run = this.dataSource.transaction(async (m) => {
      // Records the schema refused are skipped by the later checks, so one pass reports every problem.
      const state = await databaseState(m, bundle, schema.refused);
      const known: { ref: string }[] = await m.query(`SELECT ref FROM partnerships WHERE ref = ANY($1::text[])`, [[...narrativePartnerships(bundle), ...toolPartnerships(bundle)]]);
      const partnershipExists = (ref: string) => bundle.partnerships.some((p) => p.ref === ref) || known.some((p) => p.ref === ref);
      const problems = [
        ...schema.problems,
        ...bundleProblems(bundle, state, schema.refused),
        ...narrativeProblems(bundle, partnershipExists, schema.refused),
        ...groupProblems(bundle, schema.refused),
        ...assuranceToolProblems(bundle, partnershipExists, schema.refused),
      ];
      if (problems.length > 0) throw problemsError(withRefs(bundle, sortProblems(problems)));

      let done = 0;
      const written: Written[] = [];
      let toolCounts: Omit<ImportSectionResult, 'section'> | null = null;
      for (const spec of SECTION_SPECS) {
        const rows = recordsOf(bundle, spec.section);
        written.push(
          await writeSection(m, spec, rows, (n) => {
            done += n;
            onProgress?.(done, total);
          }),
        );
        // Tools once their partnerships exist, before the audits assessed on them (assurance-tools-exchange.ts).
        if (spec.section === 'partnerships' && tools.length > 0) toolCounts = await writeAssuranceTools(m, tools);
        if (spec.section === 'audits') await linkAuditTools(m, tools);
      }
      // References written after every section: to the same section, or to a later one.
      for (const w of written) await writeDeferred(m, w);
      const sections: ImportSectionResult[] = written.map(({ spec, rows, inserted, updated }) => ({
        section: spec.section,
        created: inserted.size,
        updated: updated.size,
        unchanged: rows.length - inserted.size - updated.size,
      }));
      if (groups.length > 0) {
        sections.push({ section: GROUPS_SECTION, ...(await writeGroups(m, groups)) });
        done += groups.length;
        onProgress?.(done, total);
      }
      if (toolCounts) {
        done += tools.length;
        onProgress?.(done, total);
        sections.push({ section: ASSURANCE_TOOLS_SECTION, ...toolCounts });
      }
      if (narratives.length > 0) {
        const counts = await writeNarratives(m, narratives);
        done += narratives.length;
        onProgress?.(done, total);
        sections.push({ section: NARRATIVES_SECTION, ...counts });
      }
      const sum = (k: 'created' | 'updated' | 'unchanged') => sections.reduce((n, s) => n + s[k], 0);
      const outcome = {
        sections,
        records: total,
        created: sum('created'),
        updated: sum('updated'),
        unchanged: sum('unchanged'),
        durationMs: Date.now() - started,
      };
      if (dryRun) throw new DryRunDone(outcome);
      return outcome;
    });
    const result = await run.catch((error: unknown) => {
      if (error instanceof DryRunDone) return { ...error.result, durationMs: Date.now() - started };
      throw error;
    });
    if (dryRun) return result;
    if (result.created + result.updated > ANALYZE_AFTER_RECORDS) await this.analyzeWritten(result.sections);
    return result;
  }

  /**
   * ANALYZE, after the commit, of every table a section wrote to (with its link and nested tables), and
   * of the tables the database's triggers wrote to on the way (WRITTEN_BY_TRIGGERS).
   * Only a table's owner may analyse it before PostgreSQL 17 (no MAINTAIN privilege), so this one
   * statement runs as the owner: it gathers statistics and returns no rows. The import has committed
   * by then, so a failure is logged rather than reported as a failed import.
   */
  private async analyzeWritten(sections: readonly ImportSectionResult[]): Promise<void> {
    const written = new Set(sections.filter((s) => s.created + s.updated > 0).map((s) => s.section));
    const tables = [
      ...new Set([
        ...SECTION_SPECS.filter((spec) => written.has(spec.section)).flatMap((spec) => [spec.table, ...(spec.children ?? []).map((c) => c.table)]),
        ...WRITTEN_BY_TRIGGERS,
      ]),
    ];
    if (tables.length === 0) return;
    try {
      await runInScope({ ...currentScope(), role: 'owner' }, () => this.dataSource.query(`ANALYZE ${tables.map((t) => `"${t}"`).join(', ')}`));
    } catch (error) {
      this.logger.warn(`ANALYZE after import failed (the import itself committed): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * Looks up, in one query per section and chunk, the partnerships and records the bundle refers to but
 * does not hold, and what the record rules read of them.
 */
async function databaseState(m: EntityManager, bundle: Bundle, refused: Refused): Promise<DatabaseState> {
  const wanted = outsideReferences(bundle, refused);
  const found: { ref: string }[] = await m.query(`SELECT ref FROM partnerships WHERE ref = ANY($1::text[])`, [wanted.partnerships]);
  const catalogue: { code: string }[] = await m.query(`SELECT code FROM theme_catalogue`);
  const records = new Map<TargetSection, Set<string>>();
  for (const [section, pairs] of wanted.records) {
    const existing = new Set<string>();
    for (let i = 0; i < pairs.length; i += LOOKUP_CHUNK) {
      const { sql, params } = existingStatement(TABLES[section], keyField(section), pairs.slice(i, i + LOOKUP_CHUNK));
      const rows: { partnership: string; key: string }[] = await m.query(sql, params);
      for (const r of rows) existing.add(pairKey(r.partnership, r.key));
    }
    records.set(section, existing);
  }
  return {
    partnerships: new Set(found.map((p) => p.ref)),
    records,
    defaultThemes: new Set(catalogue.map((c) => c.code)),
    facts: await databaseFacts(m, bundle, wanted, refused),
  };
}

/** One section as written: the ids of its records inserted and updated. */
interface Written {
  spec: SectionSpec<unknown>;
  rows: readonly unknown[];
  inserted: Set<string>;
  updated: Set<string>;
}

/** Writes one section chunk by chunk: the records, then their links and nested records. */
async function writeSection(m: EntityManager, spec: SectionSpec<unknown>, rows: readonly unknown[], advance: (n: number) => void): Promise<Written> {
  const inserted = new Set<string>();
  const updated = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const written: { id: string; inserted: boolean }[] = await run(m, spec.section, upsertStatement(spec, chunk));
    for (const w of written) (w.inserted ? inserted : updated).add(w.id);

    const childChanged = new Set<string>();
    for (const child of spec.children ?? []) {
      const owners: { owner_id: string }[] = await run(m, `${spec.section}.${child.field}`, childSyncStatement(spec, child, chunk));
      for (const o of owners) if (!inserted.has(o.owner_id) && !updated.has(o.owner_id)) childChanged.add(o.owner_id);
    }
    if (childChanged.size > 0) {
      await run(m, spec.section, touchStatement(spec.table, [...childChanged]));
      for (const id of childChanged) updated.add(id);
    }
    advance(chunk.length);
  }
  return { spec, rows, inserted, updated };
}

/** Writes a section's deferred references (to its own or a later section), once every section is written. */
async function writeDeferred(m: EntityManager, { spec, rows, inserted, updated }: Written): Promise<void> {
  for (const column of spec.deferred ?? []) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const changed: { id: string }[] = await run(m, spec.section, deferredStatement(spec, column, rows.slice(i, i + CHUNK)));
      for (const c of changed) if (!inserted.has(c.id)) updated.add(c.id);
    }
  }
}

/**
 * Runs one statement. The checks should leave nothing for the database to refuse; if it still
 * does (e.g. a uniqueness rule across records), the error names the section rather than a row.
 */
async function run<T>(m: EntityManager, path: string, { sql, params }: Statement): Promise<T> {
  try {
    return (await m.query(sql, params)) as T;
  } catch (error) {
    throw inputErrorFromDatabase(error, path) ?? error;
  }
}

function problemsError(problems: FieldProblem[]): InputError {
  const more = problems.length - MAX_PROBLEMS;
  const shown = more > 0 ? [...problems.slice(0, MAX_PROBLEMS), { field: 'bundle', message: `and ${more} more problems` }] : problems;
  const first = shown.slice(0, 20).map(problemLine);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new InputError(shown, `The bundle has ${count}; nothing was imported. ${first.join('; ')}${problems.length > 20 ? '; …' : ''}`);
}

/** Each problem of a record with the record's own reference (its ref, or a theme's code), so a report can name it. */
function withRefs(bundle: Bundle, problems: FieldProblem[]): FieldProblem[] {
  return problems.map((p) => {
    const at = /^([A-Za-z0-9]+)\[(\d+)\]/.exec(p.field);
    const record = at ? (bundle as unknown as Record<string, unknown[] | undefined>)[at[1] ?? '']?.[Number(at[2])] : undefined;
    if (typeof record !== 'object' || record === null) return p;
    const ref = (record as Record<string, unknown>)[at?.[1] === 'themes' ? 'code' : 'ref'];
    return typeof ref === 'string' ? { ...p, ref } : p;
  });
}
