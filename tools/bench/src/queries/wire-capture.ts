import net from 'node:net';

/** One statement as the API sent it: its connection (socket), SQL text and bound parameter values. */
export interface CapturedStatement {
  connection: number;
  text: string;
  /** Text-format values as strings, binary-format ones as bytes, NULL as null. */
  values: (string | Buffer | null)[];
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/**
 * A loopback TCP relay in front of PostgreSQL that reads the frontend side of the wire protocol and
 * records every statement (simple `Query`, extended `Parse` + `Bind` with its values) while a capture
 * is open. Bytes pass through unchanged; the API connects to it as it would to the server.
 */
export class WireCapture {
  private server: net.Server | null = null;
  private capturing: CapturedStatement[] | null = null;
  private nextConnection = 1;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly target: { host: string; port: number }) {}

  /** Starts listening on a free loopback port and returns it. */
  async listen(): Promise<number> {
    const server = net.createServer((client) => this.relay(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as net.AddressInfo).port;
  }

  /** Runs `work` and returns it with every statement sent meanwhile, in the order the server got them. */
  async capture<T>(work: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
    if (this.capturing) throw new Error('a capture is already open');
    const statements: CapturedStatement[] = [];
    this.capturing = statements;
    try {
      const result = await work();
      return { result, statements };
    } finally {
      this.capturing = null;
    }
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(client: net.Socket): void {
    const connection = this.nextConnection++;
    const upstream = net.connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    const reader = new FrontendReader((s) => this.capturing?.push({ connection, ...s }));
    client.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }
}

/** Splits the client-to-server byte stream into messages and reports the statements in it. */
class FrontendReader {
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;
  /** Prepared statement texts by name ('' is the unnamed one). */
  private readonly prepared = new Map<string, string>();

  constructor(private readonly emit: (s: Omit<CapturedStatement, 'connection'>) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.startup) {
        // Startup, SSL and GSS requests carry a length but no type byte.
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startup = false;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.buffer[0] as number);
      const body = this.buffer.subarray(5, 1 + length);
      this.buffer = this.buffer.subarray(1 + length);
      this.message(type, body);
    }
  }

  private message(type: string, body: Buffer): void {
    if (type === 'Q') {
      this.emit({ text: cString(body, 0).value, values: [] });
    } else if (type === 'P') {
      const name = cString(body, 0);
      this.prepared.set(name.value, cString(body, name.next).value);
    } else if (type === 'B') {
      const portal = cString(body, 0);
      const statement = cString(body, portal.next);
      let at = statement.next;
      const formatCount = body.readInt16BE(at);
      at += 2;
      const formats: number[] = [];
      for (let i = 0; i < formatCount; i++, at += 2) formats.push(body.readInt16BE(at));
      const valueCount = body.readInt16BE(at);
      at += 2;
      const values: (string | Buffer | null)[] = [];
      for (let i = 0; i < valueCount; i++) {
        const size = body.readInt32BE(at);
        at += 4;
        if (size < 0) {
          values.push(null);
          continue;
        }
        const bytes = Buffer.from(body.subarray(at, at + size));
        at += size;
        const format = formatCount === 0 ? 0 : formatCount === 1 ? formats[0] : formats[i];
        values.push(format === 1 ? bytes : bytes.toString('utf8'));
      }
      this.emit({ text: this.prepared.get(statement.value) ?? '', values });
    }
  }
}

function cString(buffer: Buffer, start: number): { value: string; next: number } {
  const end = buffer.indexOf(0, start);
  return { value: buffer.toString('utf8', start, end), next: end + 1 };
}
