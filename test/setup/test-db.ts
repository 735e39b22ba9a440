import { Client } from 'pg';
import { databaseUrl, RUN_PREFIX, TEMPLATE_DB, TEST_DATABASE_URL, workerId } from './test-env';

/** A fresh database for this test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const name = `${RUN_PREFIX}_w${workerId()}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(name);
}
