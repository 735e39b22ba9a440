import { mkdirSync } from 'node:fs';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import type { AppConfig } from 'src/platform/config/config';
import type { Db, DbHandle } from './db';
import * as schema from './schema';

const MIGRATION_LOCK = 72_707_001;

export async function connectDatabase(config: AppConfig['database']): Promise<DbHandle> {
  if (config.url) {
    const pool = new Pool({ connectionString: config.url, max: config.poolSize, application_name: 'admin-backend' });
    pool.on('error', () => undefined); // idle-client errors are surfaced by the next query
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, driver: 'postgres', pool, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(config.pgliteDir, { recursive: true });
  const client = await PGlite.create(config.pgliteDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, driver: 'pglite', close: () => client.close() };
}

/** Applies the committed migrations; an advisory lock serialises concurrent replicas. */
export async function runMigrations(handle: DbHandle, migrationsFolder: string): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder });
    return;
  }
  // A session-level lock needs one dedicated connection, not the pool.
  const client = await handle.pool!.connect();
  try {
    const db = drizzlePg(client);
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePg(db, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    client.release();
  }
}
