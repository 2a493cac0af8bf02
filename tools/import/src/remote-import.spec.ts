import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseImportArgs } from './args';
import { postBundle } from './remote-import';

describe('parseImportArgs', () => {
  it('reads a file alone, or with --server and --token in either spelling', () => {
    expect(parseImportArgs(['b.json'], {})).toEqual({ file: 'b.json', server: null, token: null });
    expect(parseImportArgs(['b.json', '--server', 'http://127.0.0.1:3000', '--token=t1'], {})).toEqual({
      file: 'b.json',
      server: 'http://127.0.0.1:3000',
      token: 't1',
    });
  });

  it('takes the token from SLI_TOKEN when --token is absent', () => {
    expect(parseImportArgs(['--server=https://sli.example', 'b.json'], { SLI_TOKEN: 'env-token' })?.token).toBe('env-token');
  });

  it('refuses a missing file, a value-less option, a server that is not a URL and unknown options', () => {
    expect(parseImportArgs([], {})).toBeNull();
    expect(parseImportArgs(['b.json', '--server'], {})).toBeNull();
    expect(parseImportArgs(['b.json', '--server', 'localhost:3000'], {})).toBeNull();
    expect(parseImportArgs(['b.json', '--force'], {})).toBeNull();
  });
});

describe('postBundle', () => {
  let server: Server;
  let base: string;
  let reply: (req: IncomingMessage, body: string) => { status: number; json: unknown };
  const seen: { auth?: string; body: string; path?: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body, path: req.url });
        const { status, json } = reply(req, body);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('posts the bundle with the bearer token to /api/import and returns the result', async () => {
    const result = { sections: [{ section: 'partnerships', created: 1, updated: 0, unchanged: 0 }], records: 1, created: 1, updated: 0, unchanged: 0, durationMs: 12 };
    reply = () => ({ status: 200, json: result });
    const outcome = await postBundle(`${base}/`, 'tok', '{"format":"x"}');
    expect(outcome).toEqual({ ok: true, result });
    expect(seen.at(-1)).toEqual({ auth: 'Bearer tok', body: '{"format":"x"}', path: '/api/import' });
  });

  it('returns the problems the server names, field by field', async () => {
    reply = () => ({ status: 400, json: { errors: [{ field: 'reviews[0].type', message: 'must be one of …' }, { message: 'Invalid input', extensions: { fields: [{ field: 'actions[2].dueOn', message: 'is not a date' }] } }] } });
    const outcome = await postBundle(base, null, '{}');
    expect(outcome).toEqual({
      ok: false,
      status: 400,
      problems: [
        { field: 'reviews[0].type', message: 'must be one of …' },
        { field: 'actions[2].dueOn', message: 'is not a date' },
      ],
    });
    expect(seen.at(-1)?.auth).toBeUndefined();
  });

  it('says so when the server cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const outcome = await postBundle(`http://127.0.0.1:${port}`, 'tok', '{}');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]?.message).toBe(`cannot reach http://127.0.0.1:${port}/api/import (ECONNREFUSED); is the API running there?`);
  });
});
