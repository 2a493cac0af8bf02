import type { PGlite } from '@electric-sql/pglite';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import * as lockfile from 'proper-lockfile';
import { openPGlite, readPGliteTemplate } from './pglite-driver';
import { rootLogger } from '../logging/logger';

/** Who holds a data folder: written beside the lock so a refused process can say whom to stop. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

/** Another process has the embedded database's data folder open. */
export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.host} (${holder.command}) since ${holder.since}`
      : 'another process (no holder details were written)';
    super(
      `The embedded database in ${dataDir} is in use by ${who}. Two processes writing one PGlite folder corrupt it, so this one stops.\n` +
        `To import into a running API, send the bundle to it instead: npm run import -- FILE --server http://HOST:PORT (token in SLI_TOKEN or --token).\n` +
        `Otherwise stop that process first; if it has crashed, the lock is taken over once it is found stale.`,
    );
    this.name = 'DataDirLockedError';
  }
}

const STALE_MS = 30_000;
const held = new Map<string, { release: () => Promise<void>; holderFile: string; db?: PGlite }>();

const isMemory = (dataDir: string) => /^[a-z0-9]+:\/\//.test(dataDir);
const lockPaths = (dir: string) => ({ lock: `${dir}.lock`, holder: `${dir}.lock-holder.json` });

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Locks a PGlite data folder for this process (a `<dir>.lock` directory kept fresh by
 * proper-lockfile, plus `<dir>.lock-holder.json` naming the holder). Released by
 * `releaseDataDir`, and on any exit by proper-lockfile's exit hook. After a crash the lock is
 * taken over once it is stale (not refreshed for 30 s) or at once when its holder's pid is gone
 * on this host. `memory://` folders need no lock. Throws DataDirLockedError when held.
 */
export async function lockDataDir(dataDir: string): Promise<void> {
  if (isMemory(dataDir)) return;
  const dir = resolve(dataDir);
  if (held.has(dir)) return;
  mkdirSync(dirname(dir), { recursive: true });
  const paths = lockPaths(dir);
  const options = {
    realpath: false,
    lockfilePath: paths.lock,
    stale: STALE_MS,
    update: STALE_MS / 6,
    // A long synchronous stretch (a big import) can delay the refresh; say so instead of crashing.
    onCompromised: (error: Error) => rootLogger.error({ dataDir: dir, err: error }, 'data folder lock compromised'),
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = readHolder(paths.holder);
    const crashed = holder && holder.host === hostname() && holder.pid !== process.pid && !isAlive(holder.pid);
    if (!crashed) throw new DataDirLockedError(dir, holder);
    rootLogger.warn({ dataDir: dir, holderPid: holder.pid }, 'taking over the lock of a process that no longer runs');
    rmSync(paths.lock, { recursive: true, force: true });
    release = await lockfile.lock(dir, options);
  }
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: process.argv.slice(1).join(' ').slice(0, 300) || process.argv0,
    since: new Date().toISOString(),
  };
  writeFileSync(paths.holder, `${JSON.stringify(holder, null, 2)}\n`);
  held.set(dir, { release, holderFile: paths.holder });
}

/** Remembers the PGlite instance opened on a locked folder, so releaseDataDir can close it first. */
export function attachDatabase(dataDir: string, db: PGlite): void {
  const entry = isMemory(dataDir) ? undefined : held.get(resolve(dataDir));
  if (entry) entry.db = db;
}

/** Closes the database opened on the folder (flushing it) and releases the lock. Safe to call twice. */
export async function releaseDataDir(dataDir: string): Promise<void> {
  if (isMemory(dataDir)) return;
  const dir = resolve(dataDir);
  const entry = held.get(dir);
  if (!entry) return;
  held.delete(dir);
  try {
    if (entry.db && !entry.db.closed) await entry.db.close();
  } finally {
    rmSync(entry.holderFile, { force: true });
    await entry.release().catch(() => undefined);
  }
}

/** Whether this process holds the folder's lock (for tests and diagnostics). */
export function holdsDataDir(dataDir: string): boolean {
  return held.has(resolve(dataDir));
}

/**
 * Opens the embedded database for this process: locks the folder, opens PGlite, and sets the
 * session's statement timeout. On failure the lock is released again.
 */
export async function openLockedPGlite(config: { DATA_DIR: string; DB_STATEMENT_TIMEOUT_MS: number; PGLITE_TEMPLATE?: string }): Promise<PGlite> {
  await lockDataDir(config.DATA_DIR);
  try {
    const db = await openPGlite(config.DATA_DIR, readPGliteTemplate(config.PGLITE_TEMPLATE));
    attachDatabase(config.DATA_DIR, db);
    await db.exec(`SET statement_timeout = ${Math.trunc(config.DB_STATEMENT_TIMEOUT_MS)}`);
    return db;
  } catch (error) {
    await releaseDataDir(config.DATA_DIR);
    throw error;
  }
}
