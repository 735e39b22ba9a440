import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { Pool } from 'pg';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export const DB = Symbol('DB');

type Schema = typeof schema;
/** A drizzle database on node-postgres or PGlite: both implement this, so code is identical on both. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;

/** Closes the underlying pool / PGlite instance. */
export interface DbHandle {
  db: Db;
  driver: 'postgres' | 'pglite';
  pool?: Pool;
  close(): Promise<void>;
}
export const DB_HANDLE = Symbol('DB_HANDLE');
