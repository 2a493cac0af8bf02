import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
// The benchmarks boot the API's own HTTP stack (bootstrap.ts), as the tests do; an app has no alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../../apps/api/src/bootstrap';

/**
 * Boots the API in this process serving the dashboard build in `dir`: on DATABASE_URL when set,
 * else on PGlite in memory; rate limits off (a benchmark signs in and asks many times).
 */
export async function startApi(dir: string): Promise<{ origin: string; app: INestApplication }> {
  process.env['DASHBOARD_DIR'] = dir;
  if (!process.env['DATABASE_URL']) process.env['DATA_DIR'] ??= 'memory://';
  process.env['RATE_LIMIT_PER_MINUTE'] ??= '0';
  const app = await createApp({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, app };
}
