import { humanise } from '@sli/shared/ui';

/** One field of a record as it was and as it became (null: not there). */
export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

/** Bookkeeping columns that change with every write and tell a reader nothing. */
const NOISE = new Set(['updated_at', 'updatedAt', 'created_at', 'createdAt', 'partnership_id', 'partnershipId', 'id', 'password_hash', 'token_hash']);
const MAX_VALUE = 80;

function asObject(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Stored codes such as not_started or IMPACT_EVIDENCED read as words. */
const CODE = /^([a-z]+([_-][a-z]+)*|[A-Z]+(_[A-Z]+)+)$/;

function show(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && CODE.test(value)) return humanise(value);
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

/** A link to another record (`owner_agency_id`): an id that tells a reader little on screen. */
const isReference = (field: string) => /(_id|Id)$/.test(field);

/**
 * The fields that differ between the row before and after the change: every field set on a record
 * created, every field of one deleted, and for events (sign-in, export) what they recorded. On screen
 * (`references: false`) links to other records are left out; downloads keep them.
 */
export function changesOf(before: unknown, after: unknown, { references = true }: { references?: boolean } = {}): Change[] {
  const b = asObject(before) ?? {};
  const a = asObject(after) ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f) && (references || !isReference(f)));
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ field: humanise(f), before: show(b[f]), after: show(a[f]) }))
    .sort((x, y) => x.field.localeCompare(y.field, 'en-GB'));
}

/** The changes as one line of text, for downloads: "Status: In progress → Completed; Note: (empty) → Closed". */
export function changesText(changes: Change[]): string {
  return changes.map((c) => `${c.field}: ${c.before ?? '(empty)'} → ${c.after ?? '(empty)'}`).join('; ');
}

/** What happened, in words. */
export function actionWords(action: string): string {
  switch (action) {
    case 'insert':
      return 'Created';
    case 'update':
      return 'Changed';
    case 'delete':
      return 'Deleted';
    default:
      return ACTIONS.find(([a]) => a === action)?.[1] ?? humanise(action);
  }
}

/** What can happen, as the API records it, in words: for the "What happened" filter. */
export const ACTIONS: [string, string][] = [
  ['insert', 'Created'],
  ['update', 'Changed'],
  ['delete', 'Deleted'],
  ['sign-in', 'Signed in'],
  ['sign-in-failed', 'Failed sign-in'],
  ['sign-out', 'Signed out'],
  ['export', 'Exported'],
  ['exact-report', 'Exact annual report'],
];

/** The kinds of record the history can be filtered by (table names, as the API records them). */
export const ENTITIES: [string, string][] = [
  ['actions', 'Actions'],
  ['action_updates', 'Action status updates'],
  ['reviews', 'Reviews'],
  ['referrals', 'Referrals'],
  ['notifications', 'Notifications'],
  ['information_requests', 'Information requests'],
  ['information_request_answers', "Agencies' answers to information requests"],
  ['chronology_entries', 'Chronology rows of answers'],
  ['findings', 'Findings'],
  ['recommendations', 'Recommendations'],
  ['learning_products', 'Learning products'],
  ['audits', 'Audits'],
  ['audit_cases', 'Case audits'],
  ['section11_assessments', 'Section 11 assessments'],
  ['training_courses', 'Training courses'],
  ['training_sessions', 'Training sessions'],
  ['training_attendances', 'Training attendance'],
  ['measures', 'OBA measures'],
  ['measure_values', 'OBA measure values'],
  ['themes', 'Themes'],
  ['agencies', 'Agencies'],
  ['partnerships', 'Partnership settings'],
  ['users', 'Users and sign-ins'],
  ['api_tokens', 'Access tokens'],
  ['list', 'Downloaded lists'],
  ['table', 'Downloaded tables'],
];

export function entityWords(entity: string): string {
  return ENTITIES.find(([e]) => e === entity)?.[1] ?? humanise(entity);
}
