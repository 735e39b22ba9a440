import { keyPrefix } from 'src/platform/auth/api-key-format';
import type { Role, Scope } from 'src/platform/auth/scopes';
import type { ApiKeyRecord } from './api-keys.repository';
import type { ApiKeyResponseDto } from './dto/api-key.response.dto';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function keyStatus(k: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAt'>, now = new Date()): ApiKeyResponseDto['status'] {
  if (k.revokedAt) return 'revoked';
  if (k.expiresAt && k.expiresAt <= now) return 'expired';
  return 'active';
}

/** `pendingLastUsed` is the in-memory timestamp not yet flushed to the database. */
export function mapApiKey(k: ApiKeyRecord, pendingLastUsed?: Date): ApiKeyResponseDto {
  const lastUsed = pendingLastUsed && (!k.lastUsedAt || pendingLastUsed > k.lastUsedAt) ? pendingLastUsed : k.lastUsedAt;
  return {
    id: k.id,
    kind: k.kind,
    organizationId: k.organizationId,
    mode: k.livemode ? 'live' : 'test',
    livemode: k.livemode,
    name: k.name,
    prefix: keyPrefix(k.livemode, k.id),
    role: k.role as Role,
    scopes: k.scopes as Scope[],
    allowedIps: k.allowedIps ?? null,
    status: keyStatus(k),
    expiresAt: iso(k.expiresAt),
    lastUsedAt: iso(lastUsed),
    revokedAt: iso(k.revokedAt),
    previousSecretExpiresAt: iso(k.previousSecretExpiresAt),
    createdAt: k.createdAt.toISOString(),
    updatedAt: k.updatedAt.toISOString(),
  };
}
