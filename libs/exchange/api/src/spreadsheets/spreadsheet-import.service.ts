import { Injectable } from '@nestjs/common';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  detectKind,
  findHeaderRow,
  SHEET_KINDS,
  SHEET_SPECS,
  type ColumnMapping,
  type HeaderMatch,
  type SheetKind,
} from '@sli/exchange-domain';
import { InputError, recordAuditEvent, type FieldProblem } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { ImportService } from '../import.service';
import type { ImportResult } from '../models/import-result.model';
import { convertActionPlan } from './action-plan-rows';
import type { Conversion, ImportStamp } from './conversion';
import { convertMeasureValues } from './measure-value-rows';
import { convertNotifications } from './notification-rows';
import { actionPlanData, measureData, notificationData, reviewData, trainingRegisterData } from './partnership-records';
import { convertReviews } from './review-rows';
import { readSheet, UnreadableSheet } from './read-sheet';
import { convertTrainingRegister } from './training-register-rows';
import { loadMappings, saveMapping } from './spreadsheet-mappings';
import type { SheetProblem, SheetRow, SpreadsheetOutcome, SpreadsheetRequest } from './spreadsheet.types';

/**
 * Imports a CSV or XLSX register through the bundle importer, so a sheet obeys the same rules as
 * every other door: the rows become bundle records (merged onto the records held), the importer
 * checks and writes them in one transaction, and its problems (`actions[12].dueOn`) come back as the
 * sheet's row and column. A preview is the same import, rolled back.
 */
@Injectable()
export class SpreadsheetImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: ImportService,
  ) {}

  async run(request: SpreadsheetRequest, actor: string): Promise<SpreadsheetOutcome> {
    const started = Date.now();
    const partnershipId = await this.partnershipId(request.partnership);
    const outcome = (kind: SheetKind | null, problems: SheetProblem[], more: Partial<SpreadsheetOutcome> = {}): SpreadsheetOutcome => ({
      fileName: request.fileName,
      kind: kind ?? 'action-plan',
      partnership: request.partnership,
      headerRow: 0,
      columns: [],
      ignoredHeaders: [],
      rows: 0,
      create: 0,
      update: 0,
      unchanged: 0,
      problems,
      sample: [],
      committed: false,
      durationMs: Date.now() - started,
      ...more,
    });

    let rows: SheetRow[];
    try {
      rows = await readSheet(request.bytes, request.fileName);
    } catch (error) {
      if (error instanceof UnreadableSheet) return outcome(request.kind ?? null, [{ row: null, column: null, message: error.message }]);
      throw error;
    }
    const saved = await loadMappings(this.dataSource.manager, partnershipId);
    const override = request.mapping ?? {};
    const cells = rows.map((r) => r.cells);
    const match = request.kind
      ? findHeaderRow(SHEET_SPECS[request.kind], cells, { ...saved[request.kind], ...override })
      : detectKind(cells, Object.fromEntries(Object.entries(SHEET_SPECS).map(([k]) => [k, { ...saved[k as SheetKind], ...override }])));
    if (!match) {
      const labels = (request.kind ? [request.kind] : SHEET_KINDS).map((k) => `"${SHEET_SPECS[k].label}"`);
      const what = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
      return outcome(request.kind ?? null, [{ row: null, column: null, message: `No header row found in the first rows: none names the columns of ${what}` }]);
    }
    const spec = SHEET_SPECS[match.kind];
    const headerRow = rows[match.rowIndex]?.number ?? 0;
    const data = rows.slice(match.rowIndex + 1);
    const described = describeColumns(match);
    if (match.missing.length > 0) {
      const labels = match.missing.map((f) => spec.columns.find((c) => c.field === f)?.label ?? f);
      return outcome(match.kind, [{ row: headerRow, column: null, message: `No column for ${labels.map((l) => `"${l}"`).join(', ')}: name the column or map it` }], {
        headerRow,
        ...described,
        rows: data.length,
      });
    }

    const stamp: ImportStamp = { at: new Date(started).toISOString(), by: actor, fileName: request.fileName, today: todayInEngland() };
    const conversion = await this.convert(match, data, request.partnership, stamp);
    const problems = [...conversion.problems];
    const write = request.commit && problems.length === 0;
    let result: ImportResult | null = null;
    try {
      result = await this.importer.importBundle(bundleOf(conversion, conversion.records), { dryRun: !write });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...importerProblems(error.problems, conversion, match));
      result = await this.countWithout(conversion, error.problems);
    }
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const section = result?.sections.find((s) => s.section === conversion.section);
    const counts = conversion.counts ?? { create: section?.created ?? 0, update: section?.updated ?? 0, unchanged: section?.unchanged ?? 0 };
    const committed = write && problems.length === 0 && result !== null;
    if (committed) {
      await saveMapping(this.dataSource.manager, partnershipId, match.kind, mappingOf(match), actor);
      await recordAuditEvent(this.dataSource.manager, {
        action: 'import',
        entity: 'spreadsheet',
        partnershipId,
        detail: { file: request.fileName, kind: match.kind, rows: data.length, ...counts },
      });
    }
    return outcome(match.kind, problems, { headerRow, ...described, rows: data.length, ...counts, sample: conversion.sample, committed });
  }

  /** The sheet's rows as bundle records of the kind's section, merged onto the partnership's records. */
  private async convert(match: HeaderMatch, rows: readonly SheetRow[], partnership: string, stamp: ImportStamp): Promise<Conversion> {
    const m = this.dataSource.manager;
    switch (match.kind) {
      case 'action-plan':
        return convertActionPlan(rows, match, await actionPlanData(m, partnership), stamp);
      case 'measure-values':
        return convertMeasureValues(rows, match, await measureData(m, partnership), stamp);
      case 'notifications':
        return convertNotifications(rows, match, await notificationData(m, partnership));
      case 'reviews':
        return convertReviews(rows, match, await reviewData(m, partnership));
      case 'training-register':
        return convertTrainingRegister(rows, match, await trainingRegisterData(m, partnership));
    }
  }

  /**
   * The counts of a preview whose records the importer refused in part: a second dry run without the
   * refused records says what the rest would do. Null when that is not possible either.
   */
  private async countWithout(conversion: Conversion, refused: readonly FieldProblem[]): Promise<ImportResult | null> {
    const prefix = new RegExp(`^${conversion.section}\\[(\\d+)\\]`);
    const bad = new Set(refused.map((p) => prefix.exec(p.field)?.[1]).filter((i): i is string => i !== undefined).map(Number));
    if (bad.size === 0 || conversion.counts) return null;
    try {
      return await this.importer.importBundle(bundleOf(conversion, conversion.records.filter((_, i) => !bad.has(i))), { dryRun: true });
    } catch (error) {
      if (error instanceof InputError) return null;
      throw error;
    }
  }

  /** The partnership's id, if the caller can see it (row-level security hides the others). */
  private async partnershipId(ref: string): Promise<string> {
    const [found] = (await this.dataSource.query(`SELECT id FROM partnerships WHERE ref = $1`, [ref])) as { id: string }[];
    if (!found) throw new InputError([{ field: 'partnership', message: `"${ref}" is not one of your partnerships` }]);
    return found.id;
  }
}

function bundleOf(conversion: Conversion, records: readonly object[]): object {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, partnerships: [], [conversion.section]: records };
}

/** Which header each field was read from, and the headers nothing reads. */
function describeColumns(match: HeaderMatch): Pick<SpreadsheetOutcome, 'columns' | 'ignoredHeaders'> {
  const spec = SHEET_SPECS[match.kind];
  const used = new Set(Object.values(match.columns));
  return {
    columns: spec.columns.map((c) => {
      const i = match.columns[c.field];
      return { field: c.field, label: c.label, header: i === undefined ? null : match.headers[i] || null };
    }),
    ignoredHeaders: match.headers.filter((h, i) => h !== '' && !used.has(i)),
  };
}

function mappingOf(match: HeaderMatch): ColumnMapping {
  return Object.fromEntries(Object.entries(match.columns).map(([field, i]) => [field, match.headers[i] ?? null]));
}

/** The importer's problems, placed on the sheet: `actions[12].dueOn` → the row of record 12, the due date's column. */
function importerProblems(problems: readonly FieldProblem[], conversion: Conversion, match: HeaderMatch): SheetProblem[] {
  const spec = SHEET_SPECS[match.kind];
  const prefix = new RegExp(`^${conversion.section}\\[(\\d+)\\]\\.?(.*)$`);
  return problems.map((p) => {
    const m = prefix.exec(p.field);
    if (!m) return { row: null, column: null, message: `${p.field}: ${p.message}` };
    const where = conversion.locate(Number(m[1]), m[2] ?? '');
    const message = p.message.replace(new RegExp(`${conversion.section}\\[(\\d+)\\]`, 'g'), (_, i: string) => `row ${conversion.rowOf[Number(i)] ?? '?'}`);
    // A field the sheet has no column for is named in the message instead.
    const field = conversion.fieldOf?.(m[2] ?? '') ?? (m[2] ?? '').split(/[.[]/)[0] ?? '';
    const named = where.column === null && field !== '' ? `${spec.columns.find((c) => c.field === field)?.label ?? field} ${message}` : message;
    return { ...where, message: inHeaders(named, spec.columns, match) };
  });
}

/** A message naming fields (`must be on or after dueOn`) names the sheet's columns instead. */
function inHeaders(message: string, columns: readonly { field: string; label: string }[], match: HeaderMatch): string {
  let out = message;
  for (const c of columns) {
    const i = match.columns[c.field];
    const header = i === undefined ? c.label : match.headers[i] || c.label;
    // A field named in camelCase (`dueOn`) is a field wherever it stands; a plain word (`status`,
    // `notification`) only as "the status", not in "its notification".
    const pattern = /[A-Z]/.test(c.field) ? `\\b${c.field}\\b` : `(?<=\\bthe )${c.field}\\b`;
    out = out.replace(new RegExp(pattern, 'g'), `"${header}"`);
  }
  return out;
}

function todayInEngland(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
