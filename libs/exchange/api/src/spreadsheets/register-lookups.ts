import { normaliseHeader, type HeaderMatch } from '@sli/exchange-domain';
import { didYouMean } from './closest';
import type { Conversion } from './conversion';
import type { RowReader } from './sheet-reader';

/*
 * What the notification and review registers share: names of the partnership's records read as
 * their refs or codes (an unknown one answered with the closest names), each row's ref checked once
 * in the sheet, and the importer's problems placed on the column of the field they name.
 */

/** Finds a record by its ref (or code) or its name, compared as headers are. */
export class NameLookup {
  private readonly by = new Map<string, string>();
  readonly names: string[];

  constructor(items: readonly { key: string; name: string }[]) {
    for (const item of items) {
      this.by.set(item.key.toLowerCase(), item.key);
      this.by.set(normaliseHeader(item.key), item.key);
      this.by.set(normaliseHeader(item.name), item.key);
    }
    this.names = items.map((i) => i.name);
  }

  find(text: string): string | undefined {
    return this.by.get(text.trim().toLowerCase()) ?? this.by.get(normaliseHeader(text));
  }

  /**
   * The keys a list cell names, sorted as the export sorts them, without repeats; each unknown
   * name is a problem on the cell (`what`: "an agency"), then undefined.
   */
  readList(r: RowReader, field: string, what: string, partnership: string): string[] | undefined {
    const parts = r.list(field, (p) => this.find(p) !== undefined);
    const keys = new Set<string>();
    let ok = true;
    for (const part of parts) {
      const key = this.find(part);
      if (key === undefined) {
        r.fail(field, `"${part}" is not ${what} of partnership ${partnership}.${didYouMean(part, this.names)}`);
        ok = false;
      } else keys.add(key);
    }
    return ok ? [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : undefined;
  }
}

/** A ref seen on an earlier row is a problem on this one: the sheet would state the record twice. */
export function checkOnce(r: RowReader, ref: string | null, seen: Map<string, number>, noun: string): void {
  if (ref === null) return;
  const earlier = seen.get(ref);
  if (earlier !== undefined) r.fail('ref', `is also on row ${earlier}: give each ${noun} one row`);
  else seen.set(ref, r.row.number);
}

/** Places the importer's problem `section[i].field…` on the record's row and the field's column. */
export function locateByField(match: HeaderMatch, rowOf: readonly number[]): Conversion['locate'] {
  return (index, field) => {
    const name = field.split(/[.[]/)[0] ?? '';
    const i = match.columns[name];
    return { row: rowOf[index] ?? null, column: i === undefined ? null : match.headers[i] || null };
  };
}
