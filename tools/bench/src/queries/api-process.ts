import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** An API serving GraphQL for the benchmark: a child process, or (in the integration test) in-process. */
export interface RunningApi {
  origin: string;
  /** The process whose memory is sampled. */
  pid: number;
  stop(): Promise<void>;
}

/** The built API (`npm run build`). */
export const API_MAIN = 'dist/api/apps/api/src/main.js';

/**
 * Starts the built API as a child process on `databaseUrl` and `port`, as production runs it but
 * with no rate limits (the benchmark is one address) and no reminder rounds (no background work).
 */
export async function spawnApi(databaseUrl: string, port: number, log: (line: string) => void): Promise<RunningApi> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run npm run build first`);
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_READ_URLS: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      AUTH_RATE_LIMIT_PER_MINUTE: '0',
      REMINDERS_EVERY_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become ready in 120 s:\n${output}`);
    }
    const ready = await fetch(`${origin}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`API pid ${child.pid} ready on ${origin}`);
  return {
    origin,
    pid: child.pid as number,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
