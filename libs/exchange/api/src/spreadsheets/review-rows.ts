import {
  FAMILY_PARTICIPATION_WORDS,
  RAPID_REVIEW_OUTCOME_WORDS,
  REVIEW_STATUS_SHEET_WORDS,
  REVIEW_TYPE_WORDS,
  REVIEWS_SHEET,
  type HeaderMatch,
  type ReviewRecord,
} from '@sli/exchange-domain';
import { didYouMean } from './closest';
import type { Conversion } from './conversion';
import { checkOnce, locateByField, NameLookup } from './register-lookups';
import { RowReader } from './sheet-reader';
import type { SheetRow } from './spreadsheet.types';

/*
 * Review-register rows → bundle `reviews`, one row per review matched by its ref. Columns the sheet
 * lacks keep the review's current values. The status history is the database's: a review new to the
 * partnership gets the history its dates imply, a changed status adds a change (migration
 * 1730000001200), so a row sends none. Every rule (dates in order, the fields a status needs, rapid
 * review milestones on rapid reviews only and not sent to the Panel before the notification) is the
 * bundle importer's, placed back on the row and column.
 */

export interface ReviewData {
  partnership: string;
  agencies: readonly { ref: string; name: string }[];
  themes: readonly { code: string; name: string }[];
  notifications: readonly string[];
  /** The partnership's reviews as the bundle holds them, without their status history. */
  reviews: ReadonlyMap<string, ReviewRecord>;
}

/** A date column of a review: blank clears it, a missing column keeps what is held. */
const DATE_FIELDS = ['termsAgreedOn', 'completedOn', 'publishedOn', 'infoRequestedOn', 'meetingOn', 'sentToPanelOn'] as const;

export function convertReviews(rows: readonly SheetRow[], match: HeaderMatch, data: ReviewData): Conversion {
  const agencies = new NameLookup(data.agencies.map((a) => ({ key: a.ref, name: a.name })));
  const themes = new NameLookup(data.themes.map((t) => ({ key: t.code, name: t.name })));
  const notifications = new Set(data.notifications);
  // A review may arise from another review of the sheet or one held.
  const reviewRefs = new Set([...data.reviews.keys()]);
  const refColumn = match.columns['ref'];
  if (refColumn !== undefined) for (const row of rows) if (row.cells[refColumn] !== null) reviewRefs.add(String(row.cells[refColumn]).trim());

  const seen = new Map<string, number>();
  const readers: RowReader[] = [];
  const records: ReviewRecord[] = [];
  const rowOf: number[] = [];
  const sample: Conversion['sample'] = [];
  for (const row of rows) {
    const r = new RowReader(REVIEWS_SHEET, match, row);
    readers.push(r);
    const ref = r.required('ref');
    checkOnce(r, ref, seen, 'review');
    const existing = ref === null ? undefined : data.reviews.get(ref);
    const type = r.word('type', REVIEW_TYPE_WORDS);
    if (type === null) r.fail('type', 'is required');
    const title = r.required('title');
    const status = r.word('status', REVIEW_STATUS_SHEET_WORDS);
    if (status === null) r.fail('status', 'is required');
    const initiatedOn = r.date('initiatedOn');
    if (initiatedOn === null) r.fail('initiatedOn', 'is required');

    const notification = r.has('notification') ? r.text('notification') : (existing?.notification ?? null);
    if (r.has('notification') && notification !== null && !notifications.has(notification)) {
      r.fail('notification', `is not a notification of partnership ${data.partnership}.${didYouMean(notification, data.notifications)}`);
    }
    const sourceReview = r.has('sourceReview') ? r.text('sourceReview') : (existing?.sourceReview ?? null);
    if (r.has('sourceReview') && sourceReview !== null) {
      if (sourceReview === ref) r.fail('sourceReview', 'is the review itself');
      else if (!reviewRefs.has(sourceReview)) r.fail('sourceReview', `is not a review of partnership ${data.partnership}.${didYouMean(sourceReview, [...reviewRefs])}`);
    }
    const dates: Partial<Record<(typeof DATE_FIELDS)[number], string | null | undefined>> = {};
    for (const field of DATE_FIELDS) dates[field] = r.has(field) ? r.date(field) : (existing?.[field] ?? null);

    const outcome = r.has('rapidReviewOutcome') ? r.word('rapidReviewOutcome', RAPID_REVIEW_OUTCOME_WORDS) : (existing?.rapidReviewOutcome ?? null);
    const national = r.has('nationalReviewRecommended') ? r.yesNo('nationalReviewRecommended') : (existing?.nationalReviewRecommended ?? null);
    const independent = r.has('independentReviewer') ? r.yesNo('independentReviewer') : (existing?.independentReviewer ?? false);
    const family = r.has('familyParticipation') ? r.word('familyParticipation', FAMILY_PARTICIPATION_WORDS) : (existing?.familyParticipation ?? 'not-yet-offered');
    const practitioners = r.has('practitionersInvolved') ? readCount(r, 'practitionersInvolved') : (existing?.practitionersInvolved ?? null);
    const agencyRefs = r.has('agencies') ? agencies.readList(r, 'agencies', 'an agency', data.partnership) : (existing?.agencies ?? []);
    const themeCodes = r.has('themes') ? themes.readList(r, 'themes', 'a theme', data.partnership) : (existing?.themes ?? []);

    if (!r.ok || !ref || !type || !title || !status || !initiatedOn || !agencyRefs || !themeCodes) continue;
    if (outcome === undefined || national === undefined || independent === undefined || family === undefined || practitioners === undefined) continue;
    const record: ReviewRecord = {
      partnership: data.partnership,
      ref,
      type,
      title,
      status,
      notification,
      sourceReview,
      initiatedOn,
      termsAgreedOn: dates.termsAgreedOn ?? null,
      completedOn: dates.completedOn ?? null,
      publishedOn: dates.publishedOn ?? null,
      unpublishedReason: r.has('unpublishedReason') ? r.text('unpublishedReason') : (existing?.unpublishedReason ?? null),
      independentReviewer: independent ?? false,
      familyParticipation: family ?? 'not-yet-offered',
      practitionersInvolved: practitioners,
      agencies: agencyRefs,
      themes: themeCodes,
      infoRequestedOn: dates.infoRequestedOn ?? null,
      meetingOn: dates.meetingOn ?? null,
      sentToPanelOn: dates.sentToPanelOn ?? null,
      rapidReviewOutcome: outcome,
      nationalReviewRecommended: national,
    };
    records.push(record);
    rowOf.push(row.number);
    if (sample.length < 20) {
      sample.push({ row: row.number, values: { ref, type, title, status, initiatedOn, notification, completedOn: record.completedOn ?? null, publishedOn: record.publishedOn ?? null } });
    }
  }
  return {
    section: 'reviews',
    records,
    rowOf,
    locate: locateByField(match, rowOf),
    problems: readers.flatMap((r) => r.problems),
    counts: null,
    sample,
  };
}

/** A whole number of people, null when blank. */
function readCount(r: RowReader, field: string): number | null | undefined {
  const cell = r.cell(field);
  const text = r.text(field);
  if (text === null) return null;
  const n = typeof cell === 'number' ? cell : Number(text);
  if (Number.isInteger(n) && n >= 0) return n;
  r.fail(field, `"${text}" is not a whole number`);
  return undefined;
}
