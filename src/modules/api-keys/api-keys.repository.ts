import { Inject, Injectable } from '@nestjs/common';
import { and, count, desc, eq, sql, SQL } from 'drizzle-orm';
import { DB, Db, DbOrTx } from 'src/platform/database/db';
import { whereTenant } from 'src/platform/tenancy/tenant-scope';
import { apiKeys, ApiKeyRow } from './api-keys.schema';

/** Whose keys: an organization in one mode, or the platform's system keys. */
export type KeyOwner = { kind: 'organization'; organizationId: string; livemode: boolean } | { kind: 'system' };

/** Everything but the secret hashes: what may leave this repository for display. */
const publicColumns = {
  id: apiKeys.id,
  kind: apiKeys.kind,
  organizationId: apiKeys.organizationId,
  livemode: apiKeys.livemode,
  name: apiKeys.name,
  role: apiKeys.role,
  scopes: apiKeys.scopes,
  allowedIps: apiKeys.allowedIps,
  previousSecretExpiresAt: apiKeys.previousSecretExpiresAt,
  expiresAt: apiKeys.expiresAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  createdBy: apiKeys.createdBy,
  createdAt: apiKeys.createdAt,
  updatedAt: apiKeys.updatedAt,
};
export type ApiKeyRecord = Omit<ApiKeyRow, 'secretHash' | 'previousSecretHash'>;

const authColumns = {
  ...publicColumns,
  secretHash: apiKeys.secretHash,
  previousSecretHash: apiKeys.previousSecretHash,
};
export type ApiKeyAuthRecord = ApiKeyRow;

export type NewApiKey = typeof apiKeys.$inferInsert;
export type ApiKeyPatch = Partial<
  Pick<
    NewApiKey,
    | 'name'
    | 'role'
    | 'scopes'
    | 'allowedIps'
    | 'expiresAt'
    | 'revokedAt'
    | 'secretHash'
    | 'previousSecretHash'
    | 'previousSecretExpiresAt'
  >
>;

function ownerWhere(owner: KeyOwner, ...more: (SQL | undefined)[]): SQL {
  if (owner.kind === 'system') return and(eq(apiKeys.kind, 'system'), ...more)!;
  return whereTenant(apiKeys, owner, eq(apiKeys.kind, 'organization'), ...more);
}

@Injectable()
export class ApiKeysRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async list(owner: KeyOwner, limit: number, offset: number, db: DbOrTx = this.db): Promise<ApiKeyRecord[]> {
    return db
      .select(publicColumns)
      .from(apiKeys)
      .where(ownerWhere(owner))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(limit)
      .offset(offset);
  }

  async count(owner: KeyOwner, db: DbOrTx = this.db): Promise<number> {
    const [row] = await db.select({ n: count() }).from(apiKeys).where(ownerWhere(owner));
    return row?.n ?? 0;
  }

  async findOne(owner: KeyOwner, id: string, db: DbOrTx = this.db): Promise<ApiKeyRecord | undefined> {
    const [row] = await db.select(publicColumns).from(apiKeys).where(ownerWhere(owner, eq(apiKeys.id, id)));
    return row;
  }

  /** Row lock for read-modify-write inside a transaction. */
  async lockOne(owner: KeyOwner, id: string, tx: DbOrTx): Promise<ApiKeyRecord | undefined> {
    const [row] = await tx
      .select(publicColumns)
      .from(apiKeys)
      .where(ownerWhere(owner, eq(apiKeys.id, id)))
      .for('update');
    return row;
  }

  async insert(values: NewApiKey, db: DbOrTx = this.db): Promise<ApiKeyRecord> {
    const [row] = await db.insert(apiKeys).values(values).returning(publicColumns);
    return row!;
  }

  async update(owner: KeyOwner, id: string, patch: ApiKeyPatch, db: DbOrTx = this.db): Promise<ApiKeyRecord> {
    const [row] = await db
      .update(apiKeys)
      .set({ ...patch, updatedAt: new Date() })
      .where(ownerWhere(owner, eq(apiKeys.id, id)))
      .returning(publicColumns);
    return row!;
  }

  async delete(owner: KeyOwner, id: string, db: DbOrTx = this.db): Promise<boolean> {
    const rows = await db.delete(apiKeys).where(ownerWhere(owner, eq(apiKeys.id, id))).returning({ id: apiKeys.id });
    return rows.length > 0;
  }

  /** Authentication looks a key up by its public id alone: the id in the token is the only input. */
  async findForAuthentication(id: string, db: DbOrTx = this.db): Promise<ApiKeyAuthRecord | undefined> {
    const [row] = await db.select(authColumns).from(apiKeys).where(eq(apiKeys.id, id));
    return row;
  }

  async anySystemKey(db: DbOrTx = this.db): Promise<boolean> {
    const [row] = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.kind, 'system')).limit(1);
    return row !== undefined;
  }

  /** One statement for a batch of last-used timestamps; never moves a timestamp backwards. */
  async recordLastUsed(entries: ReadonlyArray<readonly [string, Date]>, db: DbOrTx = this.db): Promise<void> {
    if (entries.length === 0) return;
    const batch = JSON.stringify(entries.map(([id, at]) => ({ id, at: at.toISOString() })));
    await db.execute(sql`
      update ${apiKeys} set last_used_at = greatest(${apiKeys.lastUsedAt}, v.at)
      from jsonb_to_recordset(${batch}::jsonb) as v(id text, at timestamptz)
      where ${apiKeys.id} = v.id`);
  }
}
