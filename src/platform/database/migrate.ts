import { loadConfig } from 'src/platform/config/config';
import { ConfigError } from 'src/platform/config/env';
import { connectDatabase, runMigrations } from './connect';

/** `npm run db:migrate`: applies committed migrations to DATABASE_URL (or the PGlite data dir). */
async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await connectDatabase(config.database);
  try {
    await runMigrations(handle, config.migrationsDir);
    process.stdout.write(`migrations applied (${handle.driver})\n`);
  } finally {
    await handle.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err.stack ?? err.message)}\n`);
  process.exit(1);
});
