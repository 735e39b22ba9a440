import { Inject, Injectable } from '@nestjs/common';
import { and, eq, lt } from 'drizzle-orm';
import { DB, Db } from 'src/platform/database/db';
import { idempotencyKeys, IdempotencyRow } from './idempotency.schema';

export interface IdempotencyClaim {
  owner: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  expiresAt: Date;
}

/** Idempotency records are per caller: `owner` is the scope here, and every statement filters by it. */
@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  /** Insert-if-absent: true when this request now owns the key. */
  async claim(c: IdempotencyClaim): Promise<boolean> {
    const rows = await this.db
      .insert(idempotencyKeys)
      .values({ ...c, state: 'in_progress' })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    return rows.length === 1;
  }

  async find(owner: string, key: string): Promise<IdempotencyRow | undefined> {
    const [row] = await this.db.select().from(idempotencyKeys).where(this.byKey(owner, key));
    return row;
  }

  async complete(owner: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db
      .update(idempotencyKeys)
      .set({ state: 'completed', responseStatus: status, responseBody: body ?? null })
      .where(this.byKey(owner, key));
  }

  async release(owner: string, key: string): Promise<void> {
    await this.db.delete(idempotencyKeys).where(and(this.byKey(owner, key), eq(idempotencyKeys.state, 'in_progress')));
  }

  async deleteIfExpired(owner: string, key: string, now: Date): Promise<void> {
    await this.db.delete(idempotencyKeys).where(and(this.byKey(owner, key), lt(idempotencyKeys.expiresAt, now)));
  }

  /** Housekeeping across all callers (the one unscoped statement, run by the maintenance worker). */
  async purgeExpired(now: Date): Promise<number> {
    const rows = await this.db
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.expiresAt, now))
      .returning({ key: idempotencyKeys.key });
    return rows.length;
  }

  private byKey(owner: string, key: string) {
    return and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key));
  }
}
