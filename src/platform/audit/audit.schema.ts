import { boolean, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { objectIdPk, objectIdRef, tstz } from '../database/columns';

/** Who did what to which object, with the field-level change; written in the change's transaction. */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: objectIdPk(),
    organizationId: objectIdRef('organization_id'),
    livemode: boolean('livemode').notNull(),
    actorType: text('actor_type', { enum: ['api_key', 'user', 'system'] }).notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    diff: jsonb('diff'),
    requestId: text('request_id'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('audit_logs_tenant_target_idx').on(t.organizationId, t.livemode, t.targetType, t.targetId, t.createdAt),
  ],
);

export type AuditLogRow = typeof auditLogs.$inferSelect;
