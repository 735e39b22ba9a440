import { ObjectId } from 'bson';
import { boolean, char, timestamp } from 'drizzle-orm/pg-core';

export const newObjectId = (): string => new ObjectId().toHexString();

/** 24-char lowercase hex ObjectId primary key, generated in the application. */
export const objectIdPk = (name = 'id') => char(name, { length: 24 }).primaryKey().$defaultFn(newObjectId);

export const objectIdRef = (name: string) => char(name, { length: 24 });

/** Columns every tenant-owned row carries; indexes lead with them. */
export const tenantColumns = () => ({
  organizationId: char('organization_id', { length: 24 }).notNull(),
  livemode: boolean('livemode').notNull(),
});

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
