import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { describeDatabase, loadConfig } from '@sli/shared/api-core';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp();
  await app.listen(config.PORT);
  Logger.log(`GraphQL on http://localhost:${config.PORT}/graphql — ${describeDatabase(config)}`, 'Main');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
