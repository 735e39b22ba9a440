import { Inject, Injectable } from '@nestjs/common';
import { count, desc, eq } from 'drizzle-orm';
import { DB, Db, DbOrTx } from 'src/platform/database/db';
import { organizations, OrganizationRow } from './organizations.schema';

/** Organizations are the tenants themselves: the "scope" is the organization id. */
@Injectable()
export class OrganizationsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async findById(id: string, db: DbOrTx = this.db): Promise<OrganizationRow | undefined> {
    const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
    return row;
  }

  async list(limit: number, offset: number, db: DbOrTx = this.db): Promise<OrganizationRow[]> {
    return db.select().from(organizations).orderBy(desc(organizations.createdAt), desc(organizations.id)).limit(limit).offset(offset);
  }

  async count(db: DbOrTx = this.db): Promise<number> {
    const [row] = await db.select({ n: count() }).from(organizations);
    return row?.n ?? 0;
  }

  async insert(values: typeof organizations.$inferInsert, db: DbOrTx = this.db): Promise<OrganizationRow> {
    const [row] = await db.insert(organizations).values(values).returning();
    return row!;
  }
}
