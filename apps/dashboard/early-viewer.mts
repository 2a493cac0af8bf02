import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { earlyViewerScript, viewerQueryText } from './src/early-viewer-script';

/**
 * Emits `assets/early-viewer-<hash>.js` (see src/early-viewer-script.ts) and loads it `async` first
 * thing in index.html's head. Content-hashed like Vite's own assets, so the API caches it as immutable.
 */
export function earlyViewer(generatedDocuments: string): Plugin {
  let fileName = '';
  let source = '';
  let base = '/';
  return {
    name: 'sli-early-viewer',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      source = earlyViewerScript(viewerQueryText(readFileSync(generatedDocuments, 'utf8')));
      fileName = `assets/early-viewer-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `${base}${fileName}`, async: true }, injectTo: 'head-prepend' }],
    },
  };
}
