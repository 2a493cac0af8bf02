import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

let compiler: NodeCompiler | null = null;

/**
 * Typst source to a tagged PDF (Typst 0.14 writes the structure tree: headings, tables with header
 * cells, figures with alternative text, document language). One compiler for the process: it holds the
 * embedded fonts. Compiling is synchronous and takes tens of milliseconds for a report.
 */
export function compileTypstPdf(source: string): Buffer {
  compiler ??= NodeCompiler.create({});
  try {
    return compiler.pdf({ mainFileContent: source });
  } catch (error) {
    // The compiler throws a bare Error whose `code` holds Typst's diagnostics.
    const detail = (error as { code?: unknown }).code;
    throw new Error(`The annual report PDF could not be typeset: ${typeof detail === 'string' ? detail : String(error)}`);
  } finally {
    compiler.evictCache(10);
  }
}
