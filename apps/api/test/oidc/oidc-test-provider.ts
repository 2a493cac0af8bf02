import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

/** A running oidc-provider (provider.mjs, in a child process) and the accounts it knows. */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces an account (subject → claims); read by the provider at every sign-in. */
  setAccount(subject: string, claims: TestAccount): void;
  stop(): Promise<void>;
}

export async function startTestProvider(clientId: string, clientSecret: string): Promise<TestProvider> {
  const dir = mkdtempSync(join(tmpdir(), 'sli-oidc-'));
  const accountsFile = join(dir, 'accounts.json');
  const accounts: Record<string, TestAccount> = {};
  const save = () => writeFileSync(accountsFile, JSON.stringify(accounts));
  save();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OIDC_TEST_CLIENT_ID: clientId,
    OIDC_TEST_CLIENT_SECRET: clientSecret,
    OIDC_TEST_ACCOUNTS_FILE: accountsFile,
  };
  delete env['NODE_OPTIONS'];
  const child = spawn(process.execPath, [join(__dirname, 'provider.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error('timed out')), 20_000);
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The test OpenID provider did not start (${error.message}): ${stderr}`));
    }
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    setAccount(subject, claims) {
      accounts[subject] = claims;
      save();
    },
    stop: () => stopChild(child).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Cookies by hand, the way a browser keeps them for one site (paths ignored: every test path is on one host). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expires = attributes.map((a) => /^\s*expires=(.*)$/i.exec(a)?.[1]).find(Boolean);
      const gone = value === '' || (expires !== undefined && new Date(expires).getTime() <= Date.now()) || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
