import type { Download } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * A downloaded CSV in the dashboard's layout: a byte-order mark, the "About this file" block (label,value
 * lines), an empty line, the column headings, then the rows. Fields are split on commas outside quotes.
 */
export interface CsvDownload {
  bom: boolean;
  about: Map<string, string>;
  header: string;
  lines: string[];
}

export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

export async function readCsvDownload(download: Download): Promise<CsvDownload> {
  const text = await readFile(await download.path(), 'utf8');
  const bom = text.startsWith('\uFEFF');
  const all = (bom ? text.slice(1) : text).split('\r\n');
  const blank = all.indexOf('');
  const about = new Map(all.slice(1, blank).map((l) => splitCsvLine(l) as [string, string]));
  return { bom, about, header: all[blank + 1] ?? '', lines: all.slice(blank + 2).filter((l) => l !== '') };
}
