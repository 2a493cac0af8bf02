import 'reflect-metadata';
import { DataDirLockedError, describeDatabase, loadConfig, lockDataDir, markDraining, rootLogger } from '@sli/shared/api-core';
import type { Server } from 'node:http';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  // Claim the embedded database's folder first: a second process stops here, naming the holder.
  if (!config.DATABASE_URL) await lockDataDir(config.DATA_DIR);
  const app = await createApp();
  await app.listen(config.PORT, config.HOST);
  rootLogger.info(`GraphQL on http://${config.HOST}:${config.PORT}/graphql — ${describeDatabase(config)}`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    rootLogger.info({ signal }, `stopping: finishing in-flight requests (at most ${config.SHUTDOWN_GRACE_MS} ms)`);
    markDraining();
    const server = app.getHttpServer() as Server;
    // Stop accepting; idle keep-alive connections go now, busy ones after their response.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), config.SHUTDOWN_GRACE_MS).unref());
    if ((await Promise.race([closed, grace])) === 'timeout') {
      rootLogger.warn('grace period over: closing the remaining connections');
      server.closeAllConnections();
    }
    // Closes the database and releases the data-folder lock (DatabaseModule's shutdown hook).
    await app.close();
    rootLogger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      stop(signal).catch((error: unknown) => {
        rootLogger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(3);
  }
  rootLogger.fatal({ err: error instanceof Error ? error : undefined }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
