import { MEASURE_VALUES_SHEET, normaliseHeader, readPeriod, type HeaderMatch, type MeasureRecord } from '@sli/exchange-domain';
import { didYouMean } from './closest';
import type { Conversion, ImportStamp } from './conversion';
import { RowReader } from './sheet-reader';
import type { SheetProblem, SheetRow } from './spreadsheet.types';

/*
 * Measure-value rows → bundle `measures`, each measure whole: its values and notes as held, with
 * each row's value set for its period (added, or replacing the value held) and its note added unless
 * the measure already has that note for that period. A measure is matched by ref or name and must
 * exist: a register of values does not define measures.
 */

export interface MeasureData {
  partnership: string;
  /** The partnership's measures as the bundle holds them, with values and notes. */
  measures: ReadonlyMap<string, MeasureRecord>;
}

const GRAIN_WORDS = { month: 'a month', quarter: 'a quarter', year: 'a year' } as const;

export function convertMeasureValues(rows: readonly SheetRow[], match: HeaderMatch, data: MeasureData, stamp: ImportStamp): Conversion {
  const byName = new Map<string, string>();
  for (const m of data.measures.values()) {
    byName.set(m.ref.toLowerCase(), m.ref);
    byName.set(normaliseHeader(m.name), m.ref);
  }
  const names = [...data.measures.values()].map((m) => m.name);

  const readers: RowReader[] = [];
  const sample: Conversion['sample'] = [];
  const changes = new Map<string, { measure: MeasureRecord; rows: { row: number; periodStart: string; value: number; note: string | null }[] }>();
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of rows) {
    const r = new RowReader(MEASURE_VALUES_SHEET, match, row);
    readers.push(r);
    const given = r.required('measure');
    const ref = given === null ? undefined : (byName.get(given.toLowerCase()) ?? byName.get(normaliseHeader(given)));
    const measure = ref ? data.measures.get(ref) : undefined;
    if (given !== null && !measure) r.fail('measure', `is not a measure of partnership ${data.partnership}.${didYouMean(given, names)}`);
    if (measure?.source === 'computed') {
      r.fail('measure', `"${measure.name}" is computed from the partnership's own records: its values are not imported`);
    }
    const periodStart = readPeriodCell(r, measure);
    const value = readValue(r);
    const note = r.text('note');
    if (!r.ok || !measure || periodStart === undefined || value === undefined) continue;

    const held = measure.values?.find((v) => v.periodStart === periodStart);
    const noteHeld = note === null || (measure.notes ?? []).some((n) => n.periodStart === periodStart && n.text === note);
    if (!held) counts.create++;
    else if (Number(held.value) !== value || !noteHeld) counts.update++;
    else counts.unchanged++;
    const change = changes.get(measure.ref) ?? { measure, rows: [] };
    change.rows.push({ row: row.number, periodStart, value, note: noteHeld ? null : note });
    changes.set(measure.ref, change);
    if (sample.length < 20) sample.push({ row: row.number, values: { measure: measure.ref, period: periodStart, value, note } });
  }

  const records: MeasureRecord[] = [];
  const rowOf: number[] = [];
  const valueRows: (number | null)[][] = [];
  const noteRows: (number | null)[][] = [];
  for (const { measure, rows: list } of changes.values()) {
    const replaced = new Set(list.map((c) => c.periodStart));
    const kept = (measure.values ?? []).filter((v) => !replaced.has(v.periodStart));
    const notes = measure.notes ?? [];
    const added = list.flatMap((c) => (c.note === null ? [] : [{ ...c, note: c.note }]));
    records.push({
      ...measure,
      values: [...kept, ...list.map((c) => ({ periodStart: c.periodStart, value: c.value }))],
      notes: [...notes, ...added.map((c) => ({ periodStart: c.periodStart, writtenOn: stamp.today, author: stamp.by, text: c.note }))],
    });
    rowOf.push(list[0]?.row ?? 0);
    valueRows.push([...kept.map(() => null), ...list.map((c) => c.row)]);
    noteRows.push([...notes.map(() => null), ...added.map((c) => c.row)]);
  }

  const problems: SheetProblem[] = readers.flatMap((r) => r.problems);
  const header = (field: string) => {
    const i = match.columns[field];
    return i === undefined ? null : match.headers[i] || null;
  };
  return {
    section: 'measures',
    records,
    rowOf,
    locate: (index, field) => {
      const nested = /^(values|notes)\[(\d+)\]\.?(\w*)/.exec(field);
      if (!nested) return { row: rowOf[index] ?? null, column: header('measure') };
      const rowsOf = nested[1] === 'values' ? valueRows : noteRows;
      const column = nested[1] === 'notes' ? 'note' : nested[3] === 'value' ? 'value' : 'period';
      return { row: rowsOf[index]?.[Number(nested[2])] ?? rowOf[index] ?? null, column: header(column) };
    },
    problems,
    counts,
    sample,
  };
}

function readPeriodCell(r: RowReader, measure: MeasureRecord | undefined): string | undefined {
  const cell = r.cell('period');
  if (cell === null) {
    r.fail('period', 'is required');
    return undefined;
  }
  const reading = readPeriod(cell);
  if ('problem' in reading) {
    r.fail('period', reading.problem);
    return undefined;
  }
  if (measure && reading.grain !== null && reading.grain !== measure.periodicity) {
    r.fail('period', `is ${GRAIN_WORDS[reading.grain]}, but "${measure.name}" is reported by ${measure.periodicity}`);
    return undefined;
  }
  return reading.start;
}

/** A number: a numeric cell, or text such as `1,204`, `61.9%` or `-3`. */
function readValue(r: RowReader): number | undefined {
  const cell = r.cell('value');
  if (typeof cell === 'number') return cell;
  const text = r.required('value');
  if (text === null) return undefined;
  const n = Number(text.replace(/[,\s£]/g, '').replace(/%$/, ''));
  if (text.trim() !== '' && Number.isFinite(n)) return n;
  r.fail('value', `"${text}" is not a number`);
  return undefined;
}
