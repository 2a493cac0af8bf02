import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Vite's build manifest (`build.manifest`): each source module's output file and its static imports. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The overview page's lazy chunk is built from this module (the router imports it on `/`). */
export const OVERVIEW_SOURCE = 'libs/overview/feature/src/index.ts';

/** Reads `<dir>/.vite/manifest.json`, or says to build the dashboard first. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`--dir: ${path} not found; build the dashboard first (npm run build)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The manifest keys of the entry chunk and of the overview page chunk. */
export function entryAndOverviewKeys(manifest: Manifest): { entryKey: string; overviewKey: string } {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const overviewKey = Object.keys(manifest).find((k) => k.endsWith(OVERVIEW_SOURCE));
  if (!entryKey) throw new Error('manifest: no entry chunk (isEntry) — was the dashboard built with build.manifest?');
  if (!overviewKey) throw new Error(`manifest: no chunk for ${OVERVIEW_SOURCE} — is the overview still a lazy route?`);
  return { entryKey, overviewKey };
}
