import { ACTION_PLAN_SHEET, normaliseHeader, type ActionRecord, type ActionStatus, type HeaderMatch } from '@sli/exchange-domain';
import { didYouMean } from './closest';
import { RowReader } from './sheet-reader';
import type { Conversion, ImportStamp } from './conversion';
import type { SheetProblem, SheetRow } from './spreadsheet.types';

/*
 * Action-plan rows → bundle `actions`. Each row is one action, matched by its ref: the "Action ref"
 * column, or, when the sheet has none, `<review ref>/A<action no.>` (the demo data's own pattern),
 * so importing the sheet again finds the same actions. Columns the sheet lacks keep the action's
 * current values; a changed status is recorded as a status update, as the dashboard records one.
 */

export interface ActionPlanData {
  partnership: string;
  agencies: readonly { ref: string; name: string }[];
  reviews: ReadonlySet<string>;
  audits: ReadonlySet<string>;
  recommendations: readonly { ref: string; review: string | null; audit: string | null; text: string }[];
  /** The partnership's actions as the bundle holds them, without their status updates. */
  actions: ReadonlyMap<string, ActionRecord>;
}

const STATUS_WORDS: Record<string, ActionStatus> = {
  'not started': 'not-started',
  'not yet started': 'not-started',
  'in progress': 'in-progress',
  ongoing: 'in-progress',
  started: 'in-progress',
  completed: 'completed',
  complete: 'completed',
  'impact evidenced': 'impact-evidenced',
  'completed impact evidenced': 'impact-evidenced',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};
const STATUS_CHOICES = 'Not started, In progress, Completed, Impact evidenced or Cancelled';

/** Which column a field of an action record comes from, to place the importer's problems. */
const FIELD_COLUMNS: Record<string, string> = {
  review: 'source',
  audit: 'source',
  cancelledOn: 'status',
  updates: 'status',
};

export function convertActionPlan(rows: readonly SheetRow[], match: HeaderMatch, data: ActionPlanData, stamp: ImportStamp): Conversion {
  const problems: SheetProblem[] = [];
  if (match.columns['ref'] === undefined && match.columns['number'] === undefined) {
    problems.push({
      row: null,
      column: null,
      message: 'An action plan needs an "Action ref" column (or an "Action no." column, numbering the actions of each review) so that importing it again updates the same actions',
    });
    return { section: 'actions', records: [], rowOf: [], locate: () => ({ row: null, column: null }), problems, counts: null, sample: [] };
  }
  const agencyNames = data.agencies.map((a) => a.name);
  const agencyBy = new Map<string, string>();
  for (const a of data.agencies) {
    agencyBy.set(normaliseHeader(a.name), a.ref);
    agencyBy.set(a.ref.toLowerCase(), a.ref);
  }
  const sources = [...data.reviews, ...data.audits];

  const records: ActionRecord[] = [];
  const rowOf: number[] = [];
  const readers: RowReader[] = [];
  const sample: Conversion['sample'] = [];
  for (const row of rows) {
    const r = new RowReader(ACTION_PLAN_SHEET, match, row);
    const source = r.required('source');
    const isReview = source !== null && data.reviews.has(source);
    if (source !== null && !isReview && !data.audits.has(source)) {
      r.fail('source', `is not a review or audit of partnership ${data.partnership}.${didYouMean(source, sources)}`);
    }
    const ref = r.has('ref') ? r.required('ref') : actionRefFrom(r, source);
    const existing = ref ? data.actions.get(ref) : undefined;
    const title = r.required('title');
    const agency = r.required('ownerAgency');
    const ownerAgency = agency === null ? null : (agencyBy.get(agency.toLowerCase()) ?? agencyBy.get(normaliseHeader(agency)) ?? null);
    if (agency !== null && ownerAgency === null) {
      r.fail('ownerAgency', `is not an agency of partnership ${data.partnership}.${didYouMean(agency, agencyNames)}`);
    }
    const dueOn = r.has('dueOn') ? r.date('dueOn') : existing?.dueOn;
    if (dueOn === null) r.fail('dueOn', 'is required');
    const statusText = r.required('status');
    const status = statusText === null ? null : (STATUS_WORDS[normaliseHeader(statusText)] ?? null);
    if (statusText !== null && status === null) r.fail('status', `"${statusText}" is not a status: use ${STATUS_CHOICES}`);
    // Without a completion date column, a completed action keeps its date and one reopened loses it, as in the dashboard.
    const complete = status === 'completed' || status === 'impact-evidenced';
    const completedOn = r.has('completedOn') ? r.date('completedOn') : complete ? existing?.completedOn : null;
    const recommendation = r.has('recommendation') ? recommendationRef(r, data, source, isReview) : existing?.recommendation;

    readers.push(r);
    if (!r.ok || ref === null || source === null || ownerAgency === null || status === null) continue;
    const record: ActionRecord = {
      ...existing,
      partnership: data.partnership,
      ref,
      review: isReview ? source : null,
      audit: isReview ? null : source,
      recommendation: recommendation ?? null,
      ownerAgency,
      title: title ?? existing?.title ?? '',
      dueOn: dueOn ?? '',
      status,
      completedOn: completedOn ?? null,
      impactEvidence: r.has('impactEvidence') ? r.text('impactEvidence') : (existing?.impactEvidence ?? null),
      monitoringCommittee: r.has('monitoringCommittee') ? r.text('monitoringCommittee') : (existing?.monitoringCommittee ?? null),
    };
    if (!existing || existing.status !== status) {
      record.updates = [
        { changedAt: stamp.at, changedBy: stamp.by, fromStatus: existing?.status ?? null, toStatus: status, note: `Imported from ${stamp.fileName} (row ${row.number})` },
      ];
    }
    records.push(record);
    rowOf.push(row.number);
    if (sample.length < 20) {
      sample.push({ row: row.number, values: { ref, source, title, ownerAgency, dueOn: record.dueOn, status, completedOn: record.completedOn ?? null } });
    }
  }
  for (const r of readers) problems.push(...r.problems);

  const headerOf = (field: string) => {
    const column = FIELD_COLUMNS[field] ?? field;
    const i = match.columns[column] ?? (column === 'ref' ? match.columns['number'] : undefined);
    return i === undefined ? null : match.headers[i] || null;
  };
  return {
    section: 'actions',
    records,
    rowOf,
    locate: (index, field) => ({ row: rowOf[index] ?? null, column: headerOf(field.split(/[.[]/)[0] ?? '') }),
    problems,
    counts: null,
    sample,
  };
}

/** `<source>/A<n>` from the "Action no." column: 3, "3", "A3" and 3.0 all give A3. */
function actionRefFrom(r: RowReader, source: string | null): string | null {
  const n = r.required('number');
  if (n === null || source === null) return null;
  const number = n.replace(/^a\s*/i, '').replace(/\.0+$/, '');
  if (!/^\d+(\.\d+)?[a-z]?$/i.test(number)) {
    r.fail('number', 'must be a number such as 3 or 2.1: with the review ref it makes the action\'s ref');
    return null;
  }
  return `${source}/A${number}`;
}

/** The recommendation named by ref, or by its exact text among the source's recommendations; null when blank. */
function recommendationRef(r: RowReader, data: ActionPlanData, source: string | null, isReview: boolean): string | null | undefined {
  const given = r.text('recommendation');
  if (given === null) return null;
  const ofSource = data.recommendations.filter((rc) => source !== null && (isReview ? rc.review : rc.audit) === source);
  const byRef = data.recommendations.find((rc) => rc.ref === given);
  if (byRef) {
    if (source !== null && (isReview ? byRef.review : byRef.audit) !== source) r.fail('recommendation', `is a recommendation of ${byRef.review ?? byRef.audit}, not of ${source}`);
    return byRef.ref;
  }
  const wanted = normaliseHeader(given);
  const byText = ofSource.find((rc) => normaliseHeader(rc.text) === wanted);
  if (byText) return byText.ref;
  r.fail('recommendation', `is neither the ref nor the text of a recommendation of ${source ?? 'the review'}.${didYouMean(given, ofSource.map((rc) => rc.ref))}`);
  return undefined;
}
