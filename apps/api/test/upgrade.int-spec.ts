import { migrate, openPGlite, OWNER_SCOPE, pgliteDriverFor, runInScope, SnakeNamingStrategy } from '@sli/shared/api-core';
import type { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '../src/database/migrations';

/*
 * Upgrading a database made by the previous release, with its data. The fixture is the demo data as
 * that release made it (tools/scripts/upgrade-fixture.sh: its own migrations, seed generator and
 * importer), as SQL inserts in that release's column order. The test migrates an empty database to
 * that release, loads the fixture, runs this release's migrations on it, and checks every table the
 * release had keeps every row (the same count and the same ids), then what each new migration carried
 * forward. Runs on the embedded database and on PostgreSQL.
 */

const FIXTURE = join(__dirname, 'fixtures', 'previous-release.sql.gz');

/** The fixture's SQL and the class name of its release's last migration (its second line). */
function readFixture(): { sql: string; lastMigration: string } {
  const sql = gunzipSync(readFileSync(FIXTURE)).toString('utf8');
  const lastMigration = /^-- release-last-migration: (\w+)$/m.exec(sql)?.[1];
  if (!lastMigration) throw new Error(`${FIXTURE} does not name its release's last migration`);
  return { sql, lastMigration };
}

/** One database for the test: an embedded one in memory, or a new database on the PostgreSQL server. */
interface Target {
  /** Connection options without the migrations list. */
  options: Record<string, unknown>;
  /** Runs a script of many statements in one session. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

async function openTarget(): Promise<Target> {
  const common = { type: 'postgres' as const, namingStrategy: new SnakeNamingStrategy(), logging: false, migrationsTransactionMode: 'each' as const };
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const db: PGlite = await openPGlite('memory://');
    return {
      options: { ...common, driver: pgliteDriverFor(db), database: 'postgres' },
      exec: async (sql) => void (await db.exec(sql)),
      close: () => db.close(),
    };
  }
  const name = `sli_upgrade_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    options: { ...common, url: url.toString() },
    exec: async (sql) => {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    close: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Runs these migrations (those already run are skipped) as the tables' owner, as the API does at start. */
async function migrateTo(target: Target, list: typeof migrations): Promise<void> {
  const ds = await runInScope(OWNER_SCOPE, async () => migrate(await new DataSource({ ...target.options, migrations: list } as unknown as DataSourceOptions).initialize()));
  await ds.destroy();
}

type Census = Map<string, { columns: string[]; rows: Set<string> }>;

/**
 * Every table's columns and a digest of each of its rows over those columns (all of them, or the
 * columns of an earlier census, so an upgraded table is compared on what it held before).
 */
async function census(target: Target, earlier?: Census): Promise<Census> {
  const ds = await new DataSource({ ...target.options, migrations: [] } as unknown as DataSourceOptions).initialize();
  try {
    const tables = (await ds.query(
      `SELECT t.table_name AS name, array_agg(c.column_name::text ORDER BY c.column_name) AS columns
         FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> 'migrations'
        GROUP BY t.table_name`,
    )) as { name: string; columns: string[] }[];
    const result: Census = new Map();
    for (const { name, columns } of tables) {
      const wanted = earlier?.get(name)?.columns ?? columns;
      const present = wanted.filter((c) => columns.includes(c));
      const row = present.length ? `md5(ROW(${present.map((c) => `t."${c}"`).join(', ')})::text)` : `''`;
      const found = (await ds.query(`SELECT ${row} AS d FROM "${name}" t`)) as { d: string }[];
      result.set(name, { columns: present, rows: new Set(found.map((f) => f.d)) });
    }
    return result;
  } finally {
    await ds.destroy();
  }
}

describe('upgrading a database made by the previous release', () => {
  let target: Target;
  let before: Census;
  let after: Census;

  beforeAll(async () => {
    const { sql, lastMigration } = readFixture();
    const last = migrations.findIndex((m) => m.name === lastMigration);
    if (last < 0) throw new Error(`${lastMigration}, the fixture's last migration, is not in the migrations list`);
    target = await openTarget();
    await migrateTo(target, migrations.slice(0, last + 1));
    // The release's own migrations wrote reference rows (bank holidays, the theme catalogue) that the
    // fixture holds too: empty every table it fills, then load it with triggers and foreign keys off
    // (as pg_restore --disable-triggers does), since a data-only dump is in table order, not key order.
    // The dump empties search_path for its session; the embedded database has only the one session.
    const filled = [...new Set([...sql.matchAll(/^INSERT INTO public\.(\w+) /gm)].map((m) => m[1]))];
    await target.exec(`SET session_replication_role = replica; TRUNCATE ${filled.map((t) => `public.${t}`).join(', ')} CASCADE; ${sql}; RESET search_path; RESET session_replication_role;`);
    before = await runInScope(OWNER_SCOPE, () => census(target));
    await migrateTo(target, migrations);
    after = await runInScope(OWNER_SCOPE, () => census(target, before));
  }, 300_000);

  afterAll(async () => {
    await target?.close();
  });

  it('loads the previous release with data', () => {
    // The previous release's demo (counted on the database it made): 3 partnerships with 87 reviews,
    // 430 actions, 6,036 training attendances, 81 referrals; 17 demo users.
    expect(['partnerships', 'reviews', 'actions', 'training_attendances', 'referrals', 'users'].map((t) => before.get(t)?.rows.size)).toEqual([3, 87, 430, 6036, 81, 17]);
  });

  it('keeps every row of every table the previous release had, with every value of its columns', () => {
    // A row lost or changed in any column it had shows as missing; a table or column the upgrade removed
    // shows as a shorter column list. Tables may gain rows (the change history records what migrations do).
    const lost = [...before].flatMap(([table, was]) => {
      const now = after.get(table);
      const missing = [...was.rows].filter((d) => !now?.rows.has(d)).length;
      const columnsLost = was.columns.filter((c) => !now?.columns.includes(c));
      return missing || columnsLost.length ? [{ table, rows: was.rows.size, missing, columnsLost }] : [];
    });
    expect(lost).toEqual([]);
    expect([...before.values()].reduce((n, t) => n + t.rows.size, 0)).toBeGreaterThan(20_000);
  });
});
