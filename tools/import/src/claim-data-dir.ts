import { DataDirLockedError, loadConfig, lockDataDir } from '@sli/shared/api-core';

/**
 * Takes the embedded database's folder lock before Nest boots, so a folder held by another process
 * (the API, another import) stops this command at once with the holder's details and what to do
 * instead, rather than in the middle of start-up. No-op on PostgreSQL and `memory://`.
 * Returns false (after printing why) when the folder is taken.
 */
export async function claimDataDir(prefix = ''): Promise<boolean> {
  const config = loadConfig();
  if (config.DATABASE_URL) return true;
  try {
    await lockDataDir(config.DATA_DIR);
    return true;
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    process.stderr.write(`${prefix}${error.message}\n`);
    return false;
  }
}
