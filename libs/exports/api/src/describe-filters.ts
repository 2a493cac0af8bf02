import { ukDate, type ExportPartnership } from '@sli/exports-domain';
import type { Caller } from '@sli/shared/api-core';
import type { DataSource } from 'typeorm';
import { humanise, reviewTypeWords } from './export-lists';

export interface Described {
  partnerships: ExportPartnership[];
  /** The partnerships' ids, to file the download in each one's change history. */
  partnershipIds: string[];
  filters: { label: string; value: string }[];
}

type Vars = Record<string, unknown>;

/** How a list words its filters: "Due dates" and "Owner agency" for actions, "Period" and "Agency" elsewhere. */
export interface FilterWords {
  dates?: string;
  /** What no date range means, if it means something (overdue: any due date before the as-of date). */
  noDates?: string;
  agency?: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string): boolean => UUID.test(v);

/** `2025-04-01` to `2026-03-31` is the financial year 2025/26: say so. */
function rangeWords(from: string | null, to: string | null): string | null {
  if (!from && !to) return null;
  if (from && to && from.endsWith('-04-01') && to.endsWith('-03-31') && Number(to.slice(0, 4)) === Number(from.slice(0, 4)) + 1) {
    return `${from.slice(0, 4)}/${to.slice(2, 4)} (${ukDate(from)} to ${ukDate(to)})`;
  }
  if (from && to) return `${ukDate(from)} to ${ukDate(to)}`;
  return from ? `From ${ukDate(from)}` : `Up to ${ukDate(to as string)}`;
}

/**
 * Every filter in force, in words a reader of the file understands (names, not ids), and the
 * partnerships the rows come from. Looked up as the caller, so a name the caller may not read stays unknown.
 */
export async function describeFilters(db: DataSource, caller: Caller, vars: Vars, words: FilterWords = {}): Promise<Described> {
  const filter = (vars['filter'] ?? {}) as Vars;
  const named = [...strs(filter['partnershipIds']), ...(str(filter['partnershipId']) ? [str(filter['partnershipId']) as string] : [])];
  const ids = (named.length > 0 ? named : [...caller.partnershipIds]).filter(isUuid);
  const found: (ExportPartnership & { id: string })[] = ids.length
    ? await db.query('SELECT id, name, ref FROM partnerships WHERE id = ANY($1::uuid[]) ORDER BY name', [ids])
    : [];
  const partnerships = found.map(({ name, ref }) => ({ name, ref }));
  const nameOf = async (table: 'agencies' | 'themes', id: string | null) => {
    if (!id) return null;
    if (!isUuid(id)) return `Unknown (${id})`;
    const [row] = (await db.query(`SELECT name FROM ${table} WHERE id = $1::uuid`, [id])) as { name: string }[];
    return row?.name ?? `Unknown (${id})`;
  };
  const filters: { label: string; value: string }[] = [];
  const add = (label: string, value: string | null) => {
    if (value) filters.push({ label, value });
  };
  add(words.dates ?? 'Period', rangeWords(str(filter['from']), str(filter['to'])) ?? words.noDates ?? null);
  add('Initiated', rangeWords(str(filter['initiatedFrom']), str(filter['initiatedTo'])));
  add('Date aware', rangeWords(str(filter['dateAwareFrom']), str(filter['dateAwareTo'])));
  add('Referred', rangeWords(str(filter['referredFrom']), str(filter['referredTo'])));
  add('Session dates', rangeWords(str(filter['dateFrom']), str(filter['dateTo'])));
  add('Session', await sessionWords(db, str(filter['sessionId'])));
  add('Course', await courseWords(db, str(filter['courseId'])));
  add(words.agency ?? 'Agency', await nameOf('agencies', str(filter['agencyId'])));
  add('Referred by', await nameOf('agencies', str(filter['referringAgencyId'])));
  add('Review types', [...strs(filter['reviewTypes']), ...strs(filter['types'])].map(reviewTypeWords).join('; ') || null);
  add('Theme', await nameOf('themes', str(filter['themeId'])));
  add('Statuses', strs(filter['statuses']).map(humanise).join('; ') || null);
  add('Search', str(filter['search']));
  const cell = str(vars['cell']);
  if (cell && cell !== 'ALL') add('Figure', humanise(cell));
  add('Status', str(vars['status']) ? humanise(str(vars['status']) as string) : null);
  add('BRAG', str(vars['brag']) ? humanise(str(vars['brag']) as string) : null);
  add('Statuses', strs(vars['statuses']).map(humanise).join('; ') || null);
  add('BRAG ratings', strs(vars['brags']).map(humanise).join('; ') || null);
  const reviewId = str(vars['reviewId']);
  if (reviewId) add('Review', await groupKeyWords(db, 'REVIEW', reviewId));
  const descending = vars['descending'] === true || vars['direction'] === 'desc';
  if (str(vars['sort'])) add('Sorted by', `${humanise(str(vars['sort']) as string)}${descending ? ', descending' : ''}`);
  const group = (vars['group'] ?? null) as { by?: string; key?: string } | null;
  if (group?.by) add(humanise(group.by), await groupKeyWords(db, group.by, group.key ?? null));
  add('Themes', strs(vars['themeCodes']).map(humanise).join(' and ') || null);
  add('Records', str(vars['source']) && vars['source'] !== 'BOTH' ? humanise(str(vars['source']) as string) : null);
  add('Period starting', str(vars['periodStart']) ? ukDate(str(vars['periodStart']) as string) : null);
  return { partnerships, partnershipIds: found.map((p) => p.id), filters };
}

async function groupKeyWords(db: DataSource, by: string, key: string | null): Promise<string> {
  if (!key) return 'None';
  const uuid = isUuid(key);
  if (by === 'REVIEW' && uuid) {
    const [row] = (await db.query(
      `SELECT ref || ' ' || title AS name FROM reviews WHERE id = $1::uuid UNION ALL SELECT ref || ' ' || title FROM audits WHERE id = $1::uuid`,
      [key],
    )) as { name: string }[];
    return row?.name ?? key;
  }
  if ((by === 'OWNER_AGENCY' || by === 'PARTNERSHIP') && uuid) {
    const [row] = (await db.query(`SELECT name FROM ${by === 'OWNER_AGENCY' ? 'agencies' : 'partnerships'} WHERE id = $1::uuid`, [key])) as { name: string }[];
    return row?.name ?? key;
  }
  return humanise(key);
}

/** A training session as its page names it: "TS-12, Neglect: recognising and responding, 06/05/2025". */
async function sessionWords(db: DataSource, id: string | null): Promise<string | null> {
  if (!id) return null;
  if (!isUuid(id)) return `Unknown (${id})`;
  const [row] = (await db.query(
    `SELECT s.ref, c.title, s.session_date::text AS day FROM training_sessions s JOIN training_courses c ON c.id = s.course_id WHERE s.id = $1::uuid`,
    [id],
  )) as { ref: string; title: string; day: string }[];
  return row ? `${row.ref}, ${row.title}, ${ukDate(row.day)}` : `Unknown (${id})`;
}

async function courseWords(db: DataSource, id: string | null): Promise<string | null> {
  if (!id) return null;
  if (!isUuid(id)) return `Unknown (${id})`;
  const [row] = (await db.query(`SELECT ref, title FROM training_courses WHERE id = $1::uuid`, [id])) as { ref: string; title: string }[];
  return row ? `${row.title} (${row.ref})` : `Unknown (${id})`;
}
