import { and, eq, SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Organization + mode: every tenant-owned query is filtered by both. */
export interface TenantScope {
  readonly organizationId: string;
  readonly livemode: boolean;
}

interface TenantTable {
  organizationId: PgColumn;
  livemode: PgColumn;
}

/** `organization_id = ? AND livemode = ?`, plus any further conditions. */
export function whereTenant(table: TenantTable, scope: TenantScope, ...more: (SQL | undefined)[]): SQL {
  return and(eq(table.organizationId, scope.organizationId), eq(table.livemode, scope.livemode), ...more)!;
}

/** Stamps the scope onto values to insert; the body can never choose them. */
export function withTenant<T extends object>(scope: TenantScope, values: T): T & TenantScope {
  return { ...values, organizationId: scope.organizationId, livemode: scope.livemode };
}
