import { openLockedPGlite, releaseDataDir } from '@sli/shared/api-core';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two processes on one embedded data folder corrupt it. The built API holds the folder; the import
 * command line then stops at once naming the holder and `--server`; once the API stops (SIGTERM,
 * exit 0) or dies (SIGKILL), the folder opens again. PGlite only: PostgreSQL needs no folder lock.
 */
const root = join(__dirname, '..', '..', '..');
const main = join(root, 'dist/api/apps/api/src/main.js');
const importCli = join(root, 'dist/api/tools/import/src/import-cli.js');
const describePGlite = process.env['DATABASE_URL'] ? describe.skip : describe;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitReady(base: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${log()}`);
    try {
      if ((await fetch(`${base}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not become ready: ${log()}`);
}

describePGlite('data folder lock (built API in a child process)', () => {
  let dir: string;
  const dataDir = () => join(dir, 'data');
  const env = () => ({ ...process.env, DATA_DIR: dataDir(), DATABASE_URL: '', NODE_ENV: 'production', LOG_LEVEL: 'warn', NODE_OPTIONS: '' });

  beforeAll(() => {
    // Compile the API and tools once (tsc + path aliases), as `npm run build` does for the API.
    execFileSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json'], { cwd: root, stdio: 'pipe' });
    execFileSync('npx', ['tsc-alias', '-p', 'apps/api/tsconfig.app.json'], { cwd: root, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'sli-lock-'));
    writeFileSync(join(dir, 'bundle.json'), '{}');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function startApi(): Promise<{ child: ChildProcess; base: string; log: () => string }> {
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, [main], { cwd: root, env: { ...env(), PORT: String(port), HOST: '127.0.0.1' } });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const base = `http://127.0.0.1:${port}`;
    await waitReady(base, child, () => output);
    return { child, base, log: () => output };
  }

  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

  it('refuses the import command while the API holds the folder, and frees it when the API stops', async () => {
    expect(existsSync(main)).toBe(true);
    const api = await startApi();
    const holder = JSON.parse(readFileSync(`${dataDir()}.lock-holder.json`, 'utf8')) as { pid: number; command: string };
    expect(holder.pid).toBe(api.child.pid);

    const started = Date.now();
    const refused = spawnSync(process.execPath, [importCli, join(dir, 'bundle.json')], { cwd: root, env: env(), encoding: 'utf8' });
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain(`in use by process ${api.child.pid}`);
    expect(refused.stderr).toContain('main.js');
    expect(refused.stderr).toMatch(/since \d{4}-\d\d-\d\dT/);
    expect(refused.stderr).toContain('npm run import -- FILE --server');
    expect(Date.now() - started).toBeLessThan(15_000);
    // The API is unharmed.
    expect((await fetch(`${api.base}/health/ready`)).status).toBe(200);

    api.child.kill('SIGTERM');
    expect(await exited(api.child)).toBe(0);
    expect(existsSync(`${dataDir()}.lock`)).toBe(false);

    // The folder opens again, with the API's migrations in it.
    const db = await openLockedPGlite({ DATA_DIR: dataDir(), DB_STATEMENT_TIMEOUT_MS: 30_000 });
    try {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM partnerships');
      expect(rows[0]?.n).toBe(0);
    } finally {
      await releaseDataDir(dataDir());
    }
  }, 150_000);

  it('takes the folder over at once after its holder crashed (SIGKILL)', async () => {
    const api = await startApi();
    api.child.kill('SIGKILL');
    await exited(api.child);
    expect(existsSync(`${dataDir()}.lock`)).toBe(true);
    const db = await openLockedPGlite({ DATA_DIR: dataDir(), DB_STATEMENT_TIMEOUT_MS: 30_000 });
    try {
      expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await releaseDataDir(dataDir());
    }
    expect(existsSync(`${dataDir()}.lock`)).toBe(false);
  }, 150_000);
});
