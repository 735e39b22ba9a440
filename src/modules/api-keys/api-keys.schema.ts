import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { objectIdPk, objectIdRef, timestamps, tstz } from '../../platform/database/columns';
import { organizations } from '../organizations/organizations.schema';

/**
 * Organization keys (organization_id set) and system keys (kind = 'system', no organization)
 * share one table so authentication is one primary-key lookup.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: objectIdPk(),
    kind: text('kind', { enum: ['organization', 'system'] }).notNull(),
    organizationId: objectIdRef('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    livemode: boolean('livemode').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['Viewer', 'Editor', 'Admin', 'System'] }).notNull(),
    scopes: text('scopes').array().notNull(),
    allowedIps: text('allowed_ips').array(),
    /** HMAC-SHA-256(pepper, secret), hex. The secret itself is never stored. */
    secretHash: text('secret_hash').notNull(),
    /** Kept valid until previous_secret_expires_at after a rotation with a grace period. */
    previousSecretHash: text('previous_secret_hash'),
    previousSecretExpiresAt: tstz('previous_secret_expires_at'),
    expiresAt: tstz('expires_at'),
    lastUsedAt: tstz('last_used_at'),
    revokedAt: tstz('revoked_at'),
    createdBy: text('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('api_keys_tenant_idx').on(t.organizationId, t.livemode, t.createdAt, t.id),
    index('api_keys_system_idx').on(t.kind, t.livemode, t.createdAt, t.id),
    check(
      'api_keys_kind_org_ck',
      sql`(${t.kind} = 'system' and ${t.organizationId} is null) or (${t.kind} = 'organization' and ${t.organizationId} is not null)`,
    ),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
