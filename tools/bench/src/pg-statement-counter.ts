import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** Startup-phase request codes after which the client sends another startup message (SSL and GSS negotiation). */
const NEGOTIATION_CODES = new Set([80877103, 80877104]);
/** Frontend messages that run a statement: Q (simple query) and E (Execute, extended protocol). */
const RUNS_A_STATEMENT = new Set([0x51, 0x45]);

/**
 * A PostgreSQL wire-protocol proxy on loopback that counts the statements its clients send: every
 * simple Query and every Execute (a prepared statement run again counts again; BEGIN and COMMIT count).
 * pg_stat_statements needs a server restart to load; this needs nothing of the server. Point a
 * server's DATABASE_URL at `port` instead of PostgreSQL's; clients must not ask for SSL.
 */
export class StatementCounter {
  count = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      const parse = frontendParser(() => (this.count += 1));
      client.on('data', (chunk: Buffer) => {
        parse(chunk);
        upstream.write(chunk);
      });
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    return (this.server.address() as { port: number }).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** Reads a client's byte stream message by message (length-prefixed) and calls `onStatement` per Q or E. */
export function frontendParser(onStatement: () => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let startup = true;
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (startup) {
        // Startup, SSLRequest, GSSENCRequest: int32 length (itself included), int32 code; no type byte.
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        if (!NEGOTIATION_CODES.has(pending.readInt32BE(4))) startup = false;
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < length + 1) return;
      if (RUNS_A_STATEMENT.has(pending[0] as number)) onStatement();
      pending = pending.subarray(length + 1);
    }
  };
}
