import { Injectable } from '@nestjs/common';
import type { DbOrTx } from 'src/platform/database/db';
import type { Principal } from 'src/platform/tenancy/principal';
import { auditLogs } from './audit.schema';
import { diffObjects } from './diff';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  /** Snapshots as the API shows them (mapped DTOs): never secrets. */
  before: object | null;
  after: object | null;
  /** Defaults to the principal's organization; null for platform-level objects. */
  organizationId?: string | null;
  livemode?: boolean;
}

interface Actor {
  actorType: 'api_key' | 'user' | 'system';
  actorId: string;
  requestId: string | null;
}

/** Writes audit rows inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(tx: DbOrTx, p: Principal, e: AuditEntry): Promise<void> {
    await this.insert(tx, { actorType: p.actorType, actorId: p.actorId, requestId: p.requestId }, {
      ...e,
      organizationId: e.organizationId === undefined ? p.organizationId : e.organizationId,
      livemode: e.livemode ?? p.livemode,
    });
  }

  /** For start-up tasks that act without a request. */
  async recordSystem(tx: DbOrTx, e: AuditEntry & { livemode: boolean }): Promise<void> {
    await this.insert(tx, { actorType: 'system', actorId: 'bootstrap', requestId: null }, e);
  }

  private async insert(tx: DbOrTx, actor: Actor, e: AuditEntry & { livemode: boolean }): Promise<void> {
    const before = e.before as Record<string, unknown> | null;
    const after = e.after as Record<string, unknown> | null;
    await tx.insert(auditLogs).values({
      ...actor,
      organizationId: e.organizationId ?? null,
      livemode: e.livemode,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before,
      after,
      diff: diffObjects(before, after),
    });
  }
}
