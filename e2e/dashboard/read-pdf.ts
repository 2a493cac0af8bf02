import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A structure element with the text of its marked content (see tools/pdf/read-pdf.mjs). */
export interface StructNode {
  role: string;
  text: string;
  alt?: string;
  children: StructNode[];
}

export interface ReadPdf {
  info: { Title?: string; Language?: string };
  markInfo: { Marked?: boolean } | null;
  numPages: number;
  pages: { number: number; items: { str: string; x: number; y: number; width: number }[]; structTree: StructNode | null }[];
  /** Every structure element of every page, depth first. */
  elements: StructNode[];
}

/** Reads a downloaded PDF as a checker would: text with positions and the structure tree (pdfjs-dist, in its own process). */
export async function readPdf(file: string): Promise<ReadPdf> {
  const reader = join(__dirname, '../../tools/pdf/read-pdf.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [reader, file], { maxBuffer: 64 * 1024 * 1024 });
  const pdf = JSON.parse(stdout) as Omit<ReadPdf, 'elements'>;
  const elements: StructNode[] = [];
  const walk = (n: StructNode) => {
    elements.push(n);
    n.children.forEach(walk);
  };
  pdf.pages.forEach((p) => p.structTree && walk(p.structTree));
  return { ...pdf, elements };
}
