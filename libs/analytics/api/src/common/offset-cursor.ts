import { InputError } from '@sli/shared/api-core';

/**
 * Cursors of lists paged by offset (sorted on aggregates or expressions a keyset cannot seek on):
 * the cursor is the offset of the next page, so a client pages with `after` like any other list.
 */
const PREFIX = 'offset:';

export const encodeOffset = (offset: number) => Buffer.from(`${PREFIX}${offset}`).toString('base64url');

/** The offset an `after` cursor stands for; `list` names the list in the error of a foreign cursor. */
export function decodeOffset(cursor: string, list: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new InputError([{ field: 'after', message: `is not a cursor returned by ${list}` }]);
  return n;
}
