import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Bundle, BUNDLE_LISTS } from '@sli/exchange-domain';

/**
 * Writes a bundle as JSON with one record per line: readable and diff-friendly, and streamed in
 * chunks, because a national bundle is too large for one JSON.stringify string.
 */
export function formatBundle(bundle: Bundle, emit: (chunk: string) => void): void {
  emit('{\n');
  emit(`  "format": ${JSON.stringify(bundle.format)},\n  "version": ${JSON.stringify(bundle.version)}`);
  if (bundle.generatedAt !== undefined) emit(`,\n  "generatedAt": ${JSON.stringify(bundle.generatedAt)}`);
  for (const name of BUNDLE_LISTS) {
    const records: readonly unknown[] | undefined = bundle[name];
    if (records === undefined) continue;
    emit(`,\n  ${JSON.stringify(name)}: [`);
    records.forEach((record, i) => emit(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(record)}`));
    emit(records.length > 0 ? '\n  ]' : ']');
  }
  emit('\n}\n');
}

/** Writes the bundle to `path` (creating its folder); returns the bytes written. */
export function writeBundleFile(bundle: Bundle, path: string): number {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  let bytes = 0;
  const flush = () => {
    const buffer = Buffer.from(pending.join(''), 'utf8');
    for (let offset = 0; offset < buffer.length; ) offset += writeSync(fd, buffer, offset);
    bytes += buffer.length;
    pending = [];
    pendingLength = 0;
  };
  try {
    formatBundle(bundle, (chunk) => {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= 1 << 20) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
