import {
  AGE_BAND_WORDS,
  ageBandOf,
  DECISION_WORDS,
  HARM_WORDS,
  NOTIFICATIONS_SHEET,
  readWord,
  type AgeBand,
  type HeaderMatch,
  type NotificationRecord,
} from '@sli/exchange-domain';
import type { Conversion } from './conversion';
import { checkOnce, locateByField, NameLookup } from './register-lookups';
import { RowReader } from './sheet-reader';
import type { SheetRow } from './spreadsheet.types';

/*
 * Notification-register rows → bundle `notifications`, one row per notification matched by its ref.
 * Columns the sheet lacks keep the notification's current values; a blank decision is pending. The
 * rules (dates in order and not in the future, notified no later than its rapid review was sent to
 * the Panel) are the bundle importer's, so they read as they do in the form.
 */

export interface NotificationData {
  partnership: string;
  themes: readonly { code: string; name: string }[];
  /** The partnership's notifications as the bundle holds them. */
  notifications: ReadonlyMap<string, NotificationRecord>;
}

export function convertNotifications(rows: readonly SheetRow[], match: HeaderMatch, data: NotificationData): Conversion {
  const themes = new NameLookup(data.themes.map((t) => ({ key: t.code, name: t.name })));
  const seen = new Map<string, number>();
  const readers: RowReader[] = [];
  const records: NotificationRecord[] = [];
  const rowOf: number[] = [];
  const sample: Conversion['sample'] = [];
  for (const row of rows) {
    const r = new RowReader(NOTIFICATIONS_SHEET, match, row);
    readers.push(r);
    const ref = r.required('ref');
    checkOnce(r, ref, seen, 'notification');
    const existing = ref === null ? undefined : data.notifications.get(ref);
    const dateAware = r.date('dateAware');
    if (dateAware === null) r.fail('dateAware', 'is required');
    const dateNotified = r.has('dateNotified') ? r.date('dateNotified') : (existing?.dateNotified ?? null);
    const harm = r.word('harm', HARM_WORDS);
    if (harm === null) r.fail('harm', 'is required');
    const ageBand = readAgeBand(r);
    const decision = r.has('decision') ? (r.word('decision', DECISION_WORDS) ?? (r.text('decision') === null ? 'pending' : undefined)) : (existing?.decision ?? 'pending');
    const summary = r.has('summary') ? r.text('summary') : (existing?.summary ?? null);
    const codes = r.has('themes') ? themes.readList(r, 'themes', 'a theme', data.partnership) : (existing?.themes ?? []);

    if (!r.ok || !ref || !dateAware || dateNotified === undefined || !harm || !ageBand || !decision || !codes) continue;
    const record: NotificationRecord = { partnership: data.partnership, ref, dateAware, dateNotified, harm, ageBand, decision, summary, themes: codes };
    records.push(record);
    rowOf.push(row.number);
    if (sample.length < 20) {
      sample.push({ row: row.number, values: { ref, dateAware, dateNotified, harm, ageBand, decision, themes: codes.join('; ') || null } });
    }
  }
  return {
    section: 'notifications',
    records,
    rowOf,
    locate: locateByField(match, rowOf),
    problems: readers.flatMap((r) => r.problems),
    counts: null,
    sample,
  };
}

/** A band in words (`Under 1`, `1–5`) or the child's age in whole years. */
function readAgeBand(r: RowReader): AgeBand | undefined {
  const cell = r.cell('ageBand');
  const text = r.text('ageBand');
  if (text === null) {
    r.fail('ageBand', 'is required');
    return undefined;
  }
  const years = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : undefined;
  const band = years === undefined ? readWord(text, AGE_BAND_WORDS) : ageBandOf(years);
  if (band === undefined) r.fail('ageBand', `"${text}" is not an age band: write ${AGE_BAND_WORDS.choices}`);
  return band;
}
