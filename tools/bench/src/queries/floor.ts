import pg from 'pg';
import type { CapturedStatement } from './wire-capture';

/**
 * The floor of a request: the statements the API ran for it, replayed by bare `pg` clients with the
 * same values. Each API connection's statements run in their order on a client of their own, and the
 * connections side by side, as the API ran them; no ORM, no GraphQL, no JSON beyond what pg parses.
 */
export class FloorReplayer {
  private readonly clients: pg.Client[] = [];

  constructor(private readonly url: string) {}

  /** Replays the statements and returns the time taken in milliseconds. */
  async replay(statements: readonly CapturedStatement[]): Promise<number> {
    const groups = byConnection(statements);
    await this.connect(groups.length);
    const start = performance.now();
    await Promise.all(groups.map((group, i) => runInOrder(this.clients[i] as pg.Client, group)));
    return performance.now() - start;
  }

  /** Runs one hand-written statement and returns the time taken in milliseconds. */
  async single(sql: { text: string; values: unknown[] }): Promise<number> {
    await this.connect(1);
    const start = performance.now();
    await (this.clients[0] as pg.Client).query(sql.text, sql.values);
    return performance.now() - start;
  }

  private async connect(count: number): Promise<void> {
    while (this.clients.length < count) {
      const client = new pg.Client({ connectionString: this.url });
      await client.connect();
      this.clients.push(client);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.splice(0).map((c) => c.end()));
  }
}

function byConnection(statements: readonly CapturedStatement[]): CapturedStatement[][] {
  const groups = new Map<number, CapturedStatement[]>();
  for (const s of statements) {
    const group = groups.get(s.connection) ?? [];
    group.push(s);
    groups.set(s.connection, group);
  }
  return [...groups.values()];
}

async function runInOrder(client: pg.Client, statements: readonly CapturedStatement[]): Promise<void> {
  for (const s of statements) {
    try {
      await (s.values.length ? client.query(s.text, s.values) : client.query(s.text));
    } catch (error) {
      throw new Error(`replaying "${s.text.slice(0, 120)}": ${(error as Error).message}`);
    }
  }
}

/** Statements that do the request's work: not the scope settings, transaction control or the sign-in's token look-up. */
export function isWorkStatement(s: CapturedStatement): boolean {
  return !/^\s*(SELECT set_config\('role'|START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(s.text) && !/api_tokens|user_partnerships/.test(s.text);
}
