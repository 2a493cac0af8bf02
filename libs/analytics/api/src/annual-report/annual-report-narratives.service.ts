import { Injectable } from '@nestjs/common';
import { financialYearRange, narrativeTextProblems, normaliseNarrative } from '@sli/analytics-domain';
import { CAPABILITIES } from '@sli/auth-api';
import { InputError, type Caller } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import { NARRATIVE_SECTIONS } from './annual-report-narratives.sections';
import { AnnualReportNarrativeSection, AnnualReportNarrativeStatus, ReportMode } from './annual-report.enums';
import { reportWork, type ReportWork } from './annual-report.kinds';
import type { AnnualReportNarrative, AnnualReportNarrativeVersion } from './models/annual-report-narrative.model';

/** One stored version, with the partnership, year and section it belongs to. */
export interface NarrativeVersionRow extends AnnualReportNarrativeVersion {
  partnershipId: string;
  financialYear: string;
  section: AnnualReportNarrativeSection;
}

const VERSION_COLUMNS = `id, partnership_id AS "partnershipId", financial_year AS "financialYear", section, version, text,
  saved_by_name AS "savedBy", saved_at AS "savedAt", approved_by_name AS "approvedBy", approved_at AS "approvedAt"`;

/** The narrative sections of annual reports: every save a new version, approval stamped on one version. */
@Injectable()
export class AnnualReportNarrativesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every version of every section of the given partnerships' reports for a year, newest first. */
  versions(partnershipIds: readonly string[], financialYear: string): Promise<NarrativeVersionRow[]> {
    return this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM annual_report_narratives
       WHERE partnership_id = ANY($1::uuid[]) AND financial_year = $2 ORDER BY version DESC`,
      [partnershipIds, financialYear],
    );
  }

  /** What the partnership works on, from its kind: the narrative headings follow it. */
  async workOf(partnershipId: string): Promise<ReportWork> {
    const [row]: { kind: string }[] = await this.dataSource.query(`SELECT kind FROM partnerships WHERE id = $1`, [partnershipId]);
    return reportWork(row?.kind ?? '');
  }

  /** One section's versions, newest first. */
  history(partnershipId: string, financialYear: string, section: AnnualReportNarrativeSection): Promise<NarrativeVersionRow[]> {
    checkYear(financialYear);
    return sectionVersions(this.dataSource.manager, partnershipId, financialYear, section);
  }

  /** Saves the text as the section's next version (a draft until approved). */
  async save(caller: Caller, partnershipId: string, financialYear: string, section: AnnualReportNarrativeSection, text: string): Promise<NarrativeVersionRow[]> {
    const problems = [...yearProblems(financialYear), ...narrativeTextProblems(text).map((message) => ({ field: 'text', message }))];
    if (problems.length > 0) throw new InputError(problems);
    return this.dataSource.transaction(async (m) => {
      // Versions of one section are numbered in turn; the lock keeps two saves from taking the same number.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`narrative|${partnershipId}|${financialYear}|${section}`]);
      await m.query(
        `INSERT INTO annual_report_narratives (partnership_id, financial_year, section, version, text, saved_by, saved_by_name)
         SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6 FROM annual_report_narratives
         WHERE partnership_id = $1 AND financial_year = $2 AND section = $3`,
        [partnershipId, financialYear, section, normaliseNarrative(text), uuidOrNull(caller.userId), caller.name || caller.email],
      );
      return sectionVersions(m, partnershipId, financialYear, section);
    });
  }

  /** Approves a version: it must be the section's latest, and not approved already. */
  async approve(caller: Caller, partnershipId: string, financialYear: string, section: AnnualReportNarrativeSection, version: number): Promise<NarrativeVersionRow[]> {
    checkYear(financialYear);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`narrative|${partnershipId}|${financialYear}|${section}`]);
      const versions = await sectionVersions(m, partnershipId, financialYear, section);
      const latest = versions[0];
      if (!latest) throw new InputError([{ field: 'section', message: `has nothing saved for ${financialYear} yet: there is no version to approve` }]);
      if (latest.version !== version) {
        throw new InputError([{ field: 'version', message: `is not the latest version (${latest.version}): read the latest text before approving it` }]);
      }
      if (latest.approvedAt) throw new InputError([{ field: 'version', message: `was already approved by ${latest.approvedBy}` }]);
      await m.query(
        `UPDATE annual_report_narratives SET approved_by = $2, approved_by_name = $3, approved_at = clock_timestamp() WHERE id = $1`,
        [latest.id, uuidOrNull(caller.userId), caller.name || caller.email],
      );
      return sectionVersions(m, partnershipId, financialYear, section);
    });
  }
}

function sectionVersions(m: EntityManager, partnershipId: string, financialYear: string, section: string): Promise<NarrativeVersionRow[]> {
  return m.query(
    `SELECT ${VERSION_COLUMNS} FROM annual_report_narratives
     WHERE partnership_id = $1 AND financial_year = $2 AND section = $3 ORDER BY version DESC`,
    [partnershipId, financialYear, section],
  );
}

/** Who is given draft (unapproved) narrative text: those who write, approve or read exact reports. */
const DRAFT_READERS = CAPABILITIES['annualReportNarrativeDrafts'] ?? [];
export const mayReadDrafts = (caller: Caller | undefined): boolean => !!caller && DRAFT_READERS.includes(caller.role);

/**
 * A report's narrative sections in print order (always five), from all its versions (newest first), headed
 * in the words of the partnership's `work`: the `narratives` field of the annual report and the PDF both
 * come from here.
 */
export function reportNarratives(versions: readonly NarrativeVersionRow[], mode: ReportMode, readsDrafts: boolean, work: ReportWork): AnnualReportNarrative[] {
  return NARRATIVE_SECTIONS.map(({ section }) =>
    narrativeOf(
      section,
      versions.filter((v) => v.section === section),
      mode,
      readsDrafts,
      work,
    ),
  );
}

/**
 * A section as a report shows it, from its versions (newest first). PUBLISHED prints the latest
 * approved text only; EXACT, for internal use, the latest version, flagged when it is a draft.
 * `mayReadDrafts` decides whether the latest version itself is given (it may be a draft).
 */
export function narrativeOf(
  section: AnnualReportNarrativeSection,
  versions: readonly AnnualReportNarrativeVersion[],
  mode: ReportMode,
  mayReadDrafts: boolean,
  work: ReportWork,
): AnnualReportNarrative {
  const definition = NARRATIVE_SECTIONS.find((s) => s.section === section);
  if (!definition) throw new Error(`No narrative section ${section}`);
  const latest = versions[0] ?? null;
  const approved = versions.find((v) => v.approvedAt) ?? null;
  const exact = mode === ReportMode.EXACT;
  return {
    section,
    title: definition.title(work),
    guidance: definition.guidance(work),
    status: !latest ? AnnualReportNarrativeStatus.EMPTY : latest.approvedAt ? AnnualReportNarrativeStatus.APPROVED : AnnualReportNarrativeStatus.DRAFT,
    text: (exact ? latest?.text : approved?.text) ?? null,
    textIsDraft: exact && !!latest && !latest.approvedAt,
    approved,
    latest: mayReadDrafts ? latest : null,
    versionCount: versions.length,
  };
}

function yearProblems(financialYear: string): { field: string; message: string }[] {
  try {
    financialYearRange(financialYear);
    return [];
  } catch {
    return [{ field: 'financialYear', message: 'must be a financial year such as 2024/25' }];
  }
}

function checkYear(financialYear: string): void {
  const problems = yearProblems(financialYear);
  if (problems.length > 0) throw new InputError(problems);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Command-line callers have no user row; their name is still kept. */
function uuidOrNull(id: string | undefined): string | null {
  return id && UUID.test(id) ? id : null;
}
