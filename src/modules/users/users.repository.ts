import { Inject, Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { DB, Db, DbOrTx } from 'src/platform/database/db';
import { memberships, MembershipRow, users, UserRow } from './users.schema';

@Injectable()
export class UsersRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async findById(id: string, db: DbOrTx = this.db): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async membershipsOf(userId: string, db: DbOrTx = this.db): Promise<MembershipRow[]> {
    return db.select().from(memberships).where(eq(memberships.userId, userId));
  }
}
