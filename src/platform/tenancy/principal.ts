import { ApiError, ErrorCode } from 'src/platform/errors/api-error';
import type { Role, Scope } from 'src/platform/auth/scopes';
import type { TenantScope } from './tenant-scope';

export type PrincipalKind = 'api_key' | 'system_key' | 'user';

export interface PrincipalInit {
  kind: PrincipalKind;
  organizationId: string | null;
  livemode: boolean;
  role: Role;
  scopes: ReadonlySet<Scope>;
  actorId: string;
  apiKeyId: string | null;
  requestId: string;
}

/** Who is calling, for which organization and mode. Built only by the access guard. */
export class Principal implements PrincipalInit {
  readonly kind!: PrincipalKind;
  readonly organizationId!: string | null;
  readonly livemode!: boolean;
  readonly role!: Role;
  readonly scopes!: ReadonlySet<Scope>;
  readonly actorId!: string;
  readonly apiKeyId!: string | null;
  readonly requestId!: string;

  constructor(init: PrincipalInit) {
    Object.assign(this, init);
  }

  /** The tenant scope; a system call that named no organization cannot reach tenant data. */
  get scope(): TenantScope {
    if (!this.organizationId) {
      throw new ApiError(400, ErrorCode.organizationRequired, 'Send X-Organization-ID to act on an organization');
    }
    return { organizationId: this.organizationId, livemode: this.livemode };
  }

  get actorType(): 'api_key' | 'user' {
    return this.kind === 'user' ? 'user' : 'api_key';
  }

  /** Idempotency keys are remembered per caller and per organization/mode. */
  get idempotencyOwner(): string {
    return `${this.kind}:${this.actorId}:${this.organizationId ?? '-'}:${this.livemode ? 'live' : 'test'}`;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
