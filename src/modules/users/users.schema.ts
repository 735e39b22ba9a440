import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { objectIdPk, objectIdRef, timestamps } from '../../platform/database/columns';
import { organizations } from '../organizations/organizations.schema';

export const users = pgTable(
  'users',
  {
    id: objectIdPk(),
    email: text('email').notNull(),
    name: text('name'),
    /** Platform operators: may call /system routes with a session. */
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: objectIdPk(),
    organizationId: objectIdRef('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: objectIdRef('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['Viewer', 'Editor', 'Admin'] }).notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('memberships_org_user_uq').on(t.organizationId, t.userId)],
);

export type UserRow = typeof users.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
