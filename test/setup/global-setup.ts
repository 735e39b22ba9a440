import { Client } from 'pg';
import { join } from 'node:path';
import { connectDatabase, runMigrations } from '../../src/platform/database/connect';
import { assertRedisReachable } from '../../src/platform/redis/redis-check';
import { databaseUrl, TEMPLATE_DB, TEST_DATABASE_URL, TEST_REDIS_URL } from './test-env';

/** Migrates a template database once; every jest worker clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  await assertRedisReachable(TEST_REDIS_URL);
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${(err as Error).message}); set TEST_DATABASE_URL`);
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const handle = await connectDatabase({ url: databaseUrl(TEMPLATE_DB), pgliteDir: '', poolSize: 1, migrateOnStart: false });
  try {
    await runMigrations(handle, join(__dirname, '..', '..', 'drizzle'));
  } finally {
    await handle.close();
  }
}
