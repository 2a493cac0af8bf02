import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * A bundle as JSON text, piece by piece, one record per line: a national export is far larger
 * than one JavaScript string may be, and a line per record diffs well. `JSON.parse` of the
 * joined pieces gives the bundle back.
 */
export function* bundleJson(bundle: object): Generator<string> {
  const entries = Object.entries(bundle).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value)) {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    for (const [j, record] of value.entries()) yield `\n    ${JSON.stringify(record)}${j < value.length - 1 ? ',' : ''}`;
    yield `${value.length > 0 ? '\n  ' : ''}]${comma}`;
  }
  yield '\n}\n';
}

/** Writes the pieces, waiting whenever the stream's buffer is full; resolves when it is closed. */
export async function writePieces(out: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
