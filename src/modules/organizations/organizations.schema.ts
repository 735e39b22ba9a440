import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { objectIdPk, timestamps } from '../../platform/database/columns';

/** The tenant itself; not mode-scoped: one organization owns both its live and its test data. */
export const organizations = pgTable(
  'organizations',
  {
    id: objectIdPk(),
    name: text('name').notNull(),
    email: text('email'),
    country: text('country'),
    ...timestamps(),
  },
  (t) => [index('organizations_created_at_idx').on(t.createdAt, t.id)],
);

export type OrganizationRow = typeof organizations.$inferSelect;
