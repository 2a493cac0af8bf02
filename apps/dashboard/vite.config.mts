import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { earlyViewer } from './early-viewer.mjs';
import { precompress } from './precompress.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The web path aliases live in tsconfig.web.json; Vite gets the same map.
const paths: Record<string, string[]> = JSON.parse(readFileSync(resolve(root, 'tsconfig.web.json'), 'utf8')).compilerOptions.paths;

export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  plugins: [react(), earlyViewer(resolve(root, 'libs/shared/data-access/src/gql/graphql.ts')), precompress()],
  resolve: {
    alias: Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, resolve(root, target as string)])),
  },
  server: { port: 4200, proxy: { '/graphql': 'http://localhost:3000', '/api': 'http://localhost:3000' } },
  // The manifest (.vite/manifest.json, never served: dot folders are ignored) lets tools/bench/src/web-bench.ts
  // follow the overview's module graph.
  build: { outDir: resolve(root, 'dist/dashboard'), emptyOutDir: true, chunkSizeWarningLimit: 1500, manifest: true },
});
