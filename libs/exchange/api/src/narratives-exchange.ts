import type { AnnualReportNarrativeRecord, Bundle, BUNDLE_HISTORY_SECTIONS } from '@sli/exchange-domain';
import { InputError, type FieldProblem } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import { instant } from './export-queries';

/*
 * The annual report's narrative sections in a bundle (`annualReportNarratives`). They are history,
 * not records matched by ref: every saved version is kept and the board's approval is stamped on one.
 * So an import adds the versions the database does not hold and stamps approvals it lacks; a version
 * it holds with other words is refused (the two installations' histories have parted), never rewritten.
 */

export const NARRATIVES_SECTION = 'annualReportNarratives' satisfies (typeof BUNDLE_HISTORY_SECTIONS)[number];

/** The financial year's label: `2024/25` is April 2024 to March 2025. */
const YEAR = /^(\d{4})\/(\d{2})$/;

function yearProblem(year: string): string | null {
  const m = YEAR.exec(year);
  if (!m) return 'must be a financial year such as 2024/25';
  return (Number(m[1]) + 1) % 100 === Number(m[2]) ? null : `must be a financial year such as 2024/25: ${year} does not name consecutive years`;
}

/**
 * The checks the schema cannot make: the partnership exists (in the bundle or the database), a
 * section and year appear once, version numbers are unique, approval has both its name and time.
 */
export function narrativeProblems(bundle: Bundle, partnershipExists: (ref: string) => boolean, refused: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const first = new Map<string, number>();
  (bundle.annualReportNarratives ?? []).forEach((r, i) => {
    const path = `${NARRATIVES_SECTION}[${i}]`;
    if (refused.has(path)) return;
    if (!partnershipExists(r.partnership)) {
      problems.push({ field: `${path}.partnership`, message: `partnership "${r.partnership}" is neither in the bundle nor in the database` });
    }
    const year = yearProblem(r.financialYear);
    if (year) problems.push({ field: `${path}.financialYear`, message: year });
    const key = `${r.partnership}\n${r.financialYear}\n${r.section}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push({ field: `${path}.section`, message: `${r.section} for ${r.financialYear} is already given by ${NARRATIVES_SECTION}[${earlier}]: list all its versions in one record` });
    const versions = new Set<number>();
    r.versions.forEach((v, j) => {
      const at = `${path}.versions[${j}]`;
      if (versions.has(v.version)) problems.push({ field: `${at}.version`, message: `version ${v.version} is listed twice` });
      versions.add(v.version);
      if (!v.approvedAt !== !v.approvedBy) {
        problems.push({ field: `${at}.${v.approvedAt ? 'approvedBy' : 'approvedAt'}`, message: 'is required when the version is approved: give both who approved it and when' });
      }
    });
  });
  return problems;
}

/** The partnership refs the narratives name, to look up alongside the rest of the bundle's. */
export const narrativePartnerships = (bundle: Bundle): string[] => [...new Set((bundle.annualReportNarratives ?? []).map((r) => r.partnership))];

interface HeldVersion {
  partnership: string;
  financialYear: string;
  section: string;
  version: number;
  text: string;
  approved: boolean;
}

/**
 * Writes the narratives' versions the database lacks and stamps the approvals it lacks; run after
 * the partnerships exist. A record counts as created when its section had no version, updated when
 * a version or approval was added, unchanged otherwise.
 */
export async function writeNarratives(m: EntityManager, records: readonly AnnualReportNarrativeRecord[]): Promise<{ created: number; updated: number; unchanged: number }> {
  if (records.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const refs = [...new Set(records.map((r) => r.partnership))];
  const held: HeldVersion[] = await m.query(
    `SELECT p.ref AS partnership, n.financial_year AS "financialYear", n.section, n.version, n.text, n.approved_at IS NOT NULL AS approved
     FROM annual_report_narratives n JOIN partnerships p ON p.id = n.partnership_id WHERE p.ref = ANY($1::text[])`,
    [refs],
  );
  const byKey = new Map(held.map((h) => [`${h.partnership}\n${h.financialYear}\n${h.section}\n${h.version}`, h]));
  const sectionsHeld = new Set(held.map((h) => `${h.partnership}\n${h.financialYear}\n${h.section}`));

  const problems: FieldProblem[] = [];
  const inserts: Record<string, unknown>[] = [];
  const approvals: Record<string, unknown>[] = [];
  let created = 0;
  let updated = 0;
  records.forEach((r, i) => {
    let changed = false;
    r.versions.forEach((v, j) => {
      const existing = byKey.get(`${r.partnership}\n${r.financialYear}\n${r.section}\n${v.version}`);
      const row = { partnership: r.partnership, financialYear: r.financialYear, section: r.section, version: v.version };
      if (!existing) {
        inserts.push({ ...row, text: v.text, savedAt: v.savedAt, savedBy: v.savedBy, approvedAt: v.approvedAt ?? null, approvedBy: v.approvedBy ?? null });
        changed = true;
      } else if (existing.text !== v.text) {
        problems.push({
          field: `${NARRATIVES_SECTION}[${i}].versions[${j}].text`,
          message: `differs from version ${v.version} of ${r.section} for ${r.financialYear} already held: saved versions are never rewritten, so save the new words as a later version`,
        });
      } else if (v.approvedAt && !existing.approved) {
        approvals.push({ ...row, approvedAt: v.approvedAt, approvedBy: v.approvedBy });
        changed = true;
      }
    });
    if (!sectionsHeld.has(`${r.partnership}\n${r.financialYear}\n${r.section}`)) created++;
    else if (changed) updated++;
  });
  if (problems.length > 0) throw new InputError(problems, `The bundle's annual report narratives clash with those already held; nothing was imported. ${problems[0]?.field}: ${problems[0]?.message}`);

  if (inserts.length > 0) {
    await m.query(
      `INSERT INTO annual_report_narratives (partnership_id, financial_year, section, version, text, saved_by_name, saved_at, approved_by_name, approved_at)
       SELECT p.id, x."financialYear", x.section, x.version, x.text, x."savedBy", x."savedAt", x."approvedBy", x."approvedAt"
       FROM jsonb_to_recordset($1::jsonb) AS x(partnership text, "financialYear" text, section text, version int, text text,
         "savedBy" text, "savedAt" timestamptz, "approvedBy" text, "approvedAt" timestamptz)
       JOIN partnerships p ON p.ref = x.partnership`,
      [JSON.stringify(inserts)],
    );
  }
  if (approvals.length > 0) {
    await m.query(
      `UPDATE annual_report_narratives n SET approved_by_name = x."approvedBy", approved_at = x."approvedAt"
       FROM jsonb_to_recordset($1::jsonb) AS x(partnership text, "financialYear" text, section text, version int, "approvedBy" text, "approvedAt" timestamptz),
         partnerships p
       WHERE p.ref = x.partnership AND n.partnership_id = p.id AND n.financial_year = x."financialYear" AND n.section = x.section AND n.version = x.version`,
      [JSON.stringify(approvals)],
    );
  }
  return { created, updated, unchanged: records.length - created - updated };
}

/** Every version of every narrative of the partnerships (`$1` refs, or null for all), one record per section and year. */
export const NARRATIVES_EXPORT_SQL = `
  SELECT p.ref AS partnership, n.financial_year AS "financialYear", n.section,
    json_agg(json_strip_nulls(json_build_object(
      'version', n.version, 'text', n.text, 'savedAt', ${instant('n.saved_at')}, 'savedBy', n.saved_by_name,
      'approvedAt', CASE WHEN n.approved_at IS NULL THEN NULL ELSE ${instant('n.approved_at')} END, 'approvedBy', n.approved_by_name
    )) ORDER BY n.version) AS versions
  FROM annual_report_narratives n JOIN partnerships p ON p.id = n.partnership_id
  WHERE ($1::text[] IS NULL OR p.ref = ANY($1::text[]))
  GROUP BY p.ref, n.financial_year, n.section
  ORDER BY p.ref COLLATE "C", n.financial_year, array_position(ARRAY['priorities', 'learning-from-reviews', 'voice', 'scrutiny', 'next-year'], n.section)`;
