import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TokensService, UsersService } from '@sli/auth-api';
import { ImportService } from '@sli/exchange-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { generateBundle, type GenerateOptions } from '@sli/seed';
import { DataSource } from 'typeorm';
// The benchmark loads through the API's own module (migrations, importer); an app has no alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../../apps/api/src/app.module';

/** What loading the bundle took and left behind. */
export interface LoadResult {
  bundle: GenerateOptions;
  generateMs: number;
  /** Connecting and running every migration on the empty database. */
  migrateMs: number;
  importMs: number;
  analyzeMs: number;
  /** Bundle records (partnerships, reviews, actions, attendances…). */
  records: number;
  /** Rows per table after the import (exact counts), largest first. */
  tables: { table: string; rows: number }[];
  totalRows: number;
  /** Every partnership, by ref; the first is the one-partnership scope. */
  partnershipIds: string[];
  /** A personal access token of an admin of every partnership: sees what "all partnerships" shows. */
  token: string;
}

/**
 * Migrates the (empty) database at `url`, imports a generated bundle through the API's importer,
 * runs ANALYZE and makes the benchmark's user. The API's module reads DATABASE_URL, so it is set here.
 */
export async function loadBundle(url: string, bundleOptions: GenerateOptions, log: (line: string) => void = () => undefined): Promise<LoadResult> {
  process.env['DATABASE_URL'] = url;
  let t = performance.now();
  const bundle = generateBundle(bundleOptions);
  const generateMs = performance.now() - t;
  log(`generated ${bundleOptions.partnerships} × ${bundleOptions.years} in ${(generateMs / 1000).toFixed(1)} s`);

  t = performance.now();
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  const migrateMs = performance.now() - t;
  try {
    return await runInScope(cliScope('bench'), async () => {
      t = performance.now();
      const imported = await app.get(ImportService).importBundle(bundle);
      const importMs = performance.now() - t;
      log(`imported ${imported.records.toLocaleString('en-GB')} records in ${(importMs / 1000).toFixed(1)} s`);
      const db = app.get(DataSource);
      t = performance.now();
      await db.query('ANALYZE');
      const analyzeMs = performance.now() - t;
      const tables = await countRows(db);
      const partnerships: { id: string }[] = await db.query('SELECT id FROM partnerships ORDER BY ref');
      const partnershipIds = partnerships.map((p) => p.id);
      const token = await benchToken(app, partnershipIds);
      return {
        bundle: bundleOptions,
        generateMs,
        migrateMs,
        importMs,
        analyzeMs,
        records: imported.records,
        tables,
        totalRows: tables.reduce((n, t) => n + t.rows, 0),
        partnershipIds,
        token,
      };
    });
  } finally {
    await app.close();
  }
}

async function countRows(db: DataSource): Promise<{ table: string; rows: number }[]> {
  const names: { name: string }[] = await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations' ORDER BY c.relname`,
  );
  const counts: { table: string; rows: number }[] = [];
  for (const { name } of names) {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM "${name}"`)) as { n: number }[];
    if (row && row.n > 0) counts.push({ table: name, rows: row.n });
  }
  return counts.sort((a, b) => b.rows - a.rows);
}

/** An admin of every partnership and a one-day token for them, made as the users command line makes them. */
async function benchToken(app: INestApplicationContext, partnershipIds: string[]): Promise<string> {
  const user = await app.get(UsersService).create(
    { email: `bench-${Date.now()}@bench.example.org`, name: 'Query benchmark', role: 'admin', partnershipIds },
    'cli',
  );
  return (await app.get(TokensService).create(user.id, 'query benchmark', 1)).token;
}
