// Barrel of every module's tables: drizzle-kit reads it to generate migrations, and the
// drizzle client gets it for typed queries. Relative imports: drizzle-kit does not map `src/*`.
export * from '../../modules/organizations/organizations.schema';
export * from '../../modules/users/users.schema';
export * from '../../modules/api-keys/api-keys.schema';
export * from '../idempotency/idempotency.schema';
export * from '../audit/audit.schema';
