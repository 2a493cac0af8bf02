import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A structure element with the text of its marked content (see tools/pdf/read-pdf.mjs). */
export interface StructNode {
  role: string;
  text: string;
  alt?: string;
  children: StructNode[];
}

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface ReadPdf {
  info: { Title?: string; Language?: string; Creator?: string };
  markInfo: { Marked?: boolean } | null;
  numPages: number;
  pages: { number: number; items: PdfTextItem[]; structTree: StructNode | null }[];
}

const READER = join(__dirname, '../../../../tools/pdf/read-pdf.mjs');

/** Reads a PDF with pdfjs-dist in a child process (an ES module Jest cannot load in place). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'sli-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [READER, file], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as ReadPdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every structure element of every page, depth first. */
export function structElements(pdf: ReadPdf): StructNode[] {
  const out: StructNode[] = [];
  const walk = (n: StructNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  for (const p of pdf.pages) if (p.structTree) walk(p.structTree);
  return out;
}

/**
 * A page's text as lines (items sharing a baseline), each line's items sorted left to right and joined
 * where they touch (a word split in two runs), so a line of a table is its cells.
 */
export function textLines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const lines = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    const key = [...lines.keys()].find((y) => Math.abs(y - item.y) < 0.5) ?? item.y;
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .reduce<PdfTextItem[]>((merged, item) => {
          const last = merged[merged.length - 1];
          if (last && item.x - (last.x + last.width) < 3.5) {
            merged[merged.length - 1] = { ...last, str: `${last.str}${item.x - (last.x + last.width) > 1 ? ' ' : ''}${item.str}`.replace(/\s+/g, ' '), width: item.x + item.width - last.x };
          } else merged.push({ ...item, str: item.str.trim() });
          return merged;
        }, []),
    );
}
