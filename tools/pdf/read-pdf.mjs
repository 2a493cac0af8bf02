#!/usr/bin/env node
// Reads a PDF the way a checker (or a screen reader) does and prints it as JSON: document info, whether
// it is marked as tagged, and for each page its text with positions and its structure tree, each
// element with the text of its marked content. A separate process because pdfjs-dist is an ES module
// that Jest (CommonJS here) and Playwright's loader cannot import in place.
// Usage: node tools/pdf/read-pdf.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node tools/pdf/read-pdf.mjs FILE.pdf');
  process.exit(2);
}

/** The structure tree with each element's text (its marked content, joined), children kept. */
function withText(node, textOf) {
  if (node.type === 'content') return { text: textOf.get(node.id) ?? '' };
  if (node.type) return { text: '' };
  const children = (node.children ?? []).map((c) => withText(c, textOf));
  const text = children.map((c) => c.text).filter(Boolean).join(' ');
  const out = { role: node.role, text: text.replace(/\s+/g, ' ').trim(), children: children.filter((c) => c.role) };
  if (node.alt) out.alt = node.alt;
  return out;
}

const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
const { info } = await doc.getMetadata();
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const items = [];
  const textOf = new Map();
  const open = [];
  for (const i of content.items) {
    if (i.type === 'beginMarkedContentProps' || i.type === 'beginMarkedContent') open.push(i.id ?? null);
    else if (i.type === 'endMarkedContent') open.pop();
    else if ('str' in i) {
      const id = open.findLast((x) => x != null);
      if (id) textOf.set(id, `${textOf.get(id) ?? ''}${i.str}`);
      if (i.str.trim() !== '') items.push({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width });
    }
  }
  const tree = await page.getStructTree();
  pages.push({ number: n, items, structTree: tree ? withText(tree, textOf) : null });
}
process.stdout.write(JSON.stringify({ info, markInfo: await doc.getMarkInfo(), numPages: doc.numPages, pages }));
