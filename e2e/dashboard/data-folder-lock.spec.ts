import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two processes on one embedded data folder corrupt it. The built API (npm run e2e builds it) holds a
 * folder; the import command line then stops at once naming the holder and `--server`; once the API
 * stops (SIGTERM, exit 0) or dies (SIGKILL), the folder opens again for the next API. No browser here.
 */
const root = join(__dirname, '..', '..');
const main = join(root, 'dist/api/apps/api/src/main.js');
const importCli = join(root, 'dist/api/tools/import/src/import-cli.js');

test.describe('data folder lock', () => {
  let dir: string;
  const dataDir = () => join(dir, 'data');
  const env = () => ({ ...process.env, DATA_DIR: dataDir(), DATABASE_URL: '', NODE_ENV: 'production', LOG_LEVEL: 'warn', NODE_OPTIONS: '' });

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sli-lock-'));
    writeFileSync(join(dir, 'bundle.json'), '{}');
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function startApi(): Promise<{ child: ChildProcess; base: string }> {
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, [main], { cwd: root, env: { ...env(), PORT: String(port), HOST: '127.0.0.1' } });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${output}`);
      const ready = await fetch(`${base}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) return { child, base };
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the API did not become ready: ${output}`);
  }

  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

  test('the import command is refused while the API holds the folder, which opens again after the API stops', async () => {
    test.setTimeout(120_000);
    expect(existsSync(main)).toBe(true);
    const api = await startApi();
    const holder = JSON.parse(readFileSync(`${dataDir()}.lock-holder.json`, 'utf8')) as { pid: number };
    expect(holder.pid).toBe(api.child.pid);

    const started = Date.now();
    const refused = spawnSync(process.execPath, [importCli, join(dir, 'bundle.json')], { cwd: root, env: env(), encoding: 'utf8' });
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain(`in use by process ${api.child.pid}`);
    expect(refused.stderr).toMatch(/since \d{4}-\d\d-\d\dT/);
    expect(refused.stderr).toContain('npm run import -- FILE --server');
    expect(Date.now() - started).toBeLessThan(15_000);
    // The API is unharmed.
    expect((await fetch(`${api.base}/health/ready`)).status).toBe(200);

    api.child.kill('SIGTERM');
    expect(await exited(api.child)).toBe(0);
    expect(existsSync(`${dataDir()}.lock`)).toBe(false);

    // The folder opens again: a new API starts on it and answers.
    const again = await startApi();
    const res = await fetch(`${again.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ signInOptions { local } }' }),
    });
    expect(await res.json()).toEqual({ data: { signInOptions: { local: true } } });

    // And after a crash (SIGKILL) the next process takes the folder over at once.
    again.child.kill('SIGKILL');
    await exited(again.child);
    expect(existsSync(`${dataDir()}.lock`)).toBe(true);
    const third = await startApi();
    expect((await fetch(`${third.base}/health/ready`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
