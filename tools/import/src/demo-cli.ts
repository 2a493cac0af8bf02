import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { ImportService } from '@sli/exchange-api';
import { DEFAULT_OPTIONS, generateBundle } from '@sli/seed';
import { DataSource } from 'typeorm';
// The CLI boots the API's own module (same database, same config); an app has no alias to import it by.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';
import { createDemoGroups } from './demo-groups';
import { createDemoUsers, demoPassword } from './demo-users';
import { claimDataDir } from './claim-data-dir';
import { ProgressLine } from './progress';

/**
 * First-start step of `npm start`: when the database holds no partnership yet, generates the demo
 * bundle (3 fictional partnerships × 5 years) and imports it through the same importer users use.
 * Set DEMO_DATA=off to start empty.
 */
async function main(): Promise<void> {
  if (process.env['DEMO_DATA'] === 'off') return;
  if (!(await claimDataDir('demo data: '))) process.exit(3);
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    const [{ count }] = (await app.get(DataSource).query('SELECT count(*)::int AS count FROM partnerships')) as [{ count: number }];
    if (count > 0) {
      process.stderr.write(`demo data: skipped, the database already holds ${count} partnership(s)\n`);
      return;
    }
    const started = Date.now();
    const bundle = generateBundle(DEFAULT_OPTIONS);
    process.stderr.write(`demo data: generated in ${Date.now() - started} ms; importing\n`);
    const progress = new ProgressLine(process.stderr);
    let last = { done: 0, total: 0 };
    const result = await app.get(ImportService).importBundle(bundle, (done, total) => {
      last = { done, total };
      progress.update(done, total);
    });
    progress.finish(last.done, last.total);
    process.stderr.write(`demo data: ${result.records} records imported in ${(result.durationMs / 1000).toFixed(1)} s\n`);
    const { password, generated } = demoPassword();
    const users = await createDemoUsers(app, password);
    const groups = await createDemoGroups(app);
    process.stderr.write(`demo groups: ${groups} groups with their members, meetings and decisions\n`);
    process.stderr.write(
      `demo users: ${users.length} created (README lists them), e.g. ${users[0]?.email ?? 'none'}; password ` +
        (generated ? `generated for this data folder: ${password}\n  (set DEMO_PASSWORD before the first start to choose it)\n` : 'from DEMO_PASSWORD\n'),
    );
  } finally {
    await app.close();
  }
}

// A command line works as a system task: every partnership, recorded in the change history as cli:demo-data.
runInScope(cliScope('demo-data'), () => main()).catch((error: unknown) => {
  process.stderr.write(`demo data failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
