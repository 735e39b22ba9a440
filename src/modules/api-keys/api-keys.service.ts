import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { AuditService } from 'src/platform/audit/audit.service';
import {
  formatApiKey,
  generateSecret,
  hashSecret,
  parseApiKey,
  secretMatches,
} from 'src/platform/auth/api-key-format';
import { ipAllowed } from 'src/platform/auth/ip-allow-list';
import { isScope, MemberRole, minimumRoleFor, Role, roleAtLeast, Scope, ALL_SCOPES } from 'src/platform/auth/scopes';
import { APP_CONFIG, AppConfig } from 'src/platform/config/config';
import { newObjectId } from 'src/platform/database/columns';
import { DB, Db } from 'src/platform/database/db';
import { ApiError, conflict, ErrorCode, forbidden, notFound, unauthorized, unprocessable } from 'src/platform/errors/api-error';
import { Page, PaginationQuery, toPage } from 'src/platform/http/pagination';
import type { Principal } from 'src/platform/tenancy/principal';
import { ApiKeyPatch, ApiKeyRecord, ApiKeysRepository, KeyOwner } from './api-keys.repository';
import { keyStatus, mapApiKey } from './api-keys.mapper';
import type { CreateApiKeyDto } from './dto/create-api-key.dto';
import type { CreateSystemApiKeyDto } from './dto/create-system-api-key.dto';
import type { ApiKeyResponseDto, ApiKeyWithSecretResponseDto, DeletedResponseDto } from './dto/api-key.response.dto';
import type { RotateApiKeyDto } from './dto/rotate-api-key.dto';
import type { UpdateApiKeyDto } from './dto/update-api-key.dto';
import { LastUsedTracker } from './last-used.tracker';

/** What authentication proves about a key. */
export interface AuthenticatedKey {
  id: string;
  kind: 'organization' | 'system';
  organizationId: string | null;
  livemode: boolean;
  role: Role;
  scopes: ReadonlySet<Scope>;
}

const TARGET = 'api_key';

@Injectable()
export class ApiKeysService {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ApiKeysRepository,
    private readonly audit: AuditService,
    private readonly lastUsed: LastUsedTracker,
  ) {}

  /** The organization's keys in the caller's mode. */
  static organizationOwner(p: Principal): KeyOwner {
    return { kind: 'organization', ...p.scope };
  }

  static readonly systemOwner: KeyOwner = { kind: 'system' };

  async list(p: Principal, owner: KeyOwner, q: PaginationQuery): Promise<Page<ApiKeyResponseDto>> {
    const [rows, total] = await Promise.all([this.repo.list(owner, q.limit, q.offset), this.repo.count(owner)]);
    return toPage(rows.map((r) => this.toDto(r)), total, q);
  }

  async get(p: Principal, owner: KeyOwner, id: string): Promise<ApiKeyResponseDto> {
    const row = await this.repo.findOne(owner, id);
    if (!row) throw notFound('API key');
    return this.toDto(row);
  }

  async createOrganizationKey(p: Principal, owner: KeyOwner, dto: CreateApiKeyDto): Promise<ApiKeyWithSecretResponseDto> {
    if (owner.kind !== 'organization') throw new Error('organization owner expected');
    const role = this.resolveRole(dto.scopes, dto.role);
    this.assertGrantable(p, dto.scopes, role);
    return this.insertKey(p, {
      kind: 'organization',
      organizationId: owner.organizationId,
      livemode: owner.livemode,
      name: dto.name,
      role,
      scopes: dto.scopes,
      allowedIps: dto.allowedIps ?? null,
      expiresAt: this.futureDate(dto.expiresAt),
    });
  }

  async createSystemKey(p: Principal, dto: CreateSystemApiKeyDto): Promise<ApiKeyWithSecretResponseDto> {
    const scopes = dto.scopes ?? [...p.scopes];
    this.assertGrantable(p, scopes, 'System');
    return this.insertKey(p, {
      kind: 'system',
      organizationId: null,
      livemode: dto.mode ? dto.mode === 'live' : p.livemode,
      name: dto.name,
      role: 'System',
      scopes,
      allowedIps: dto.allowedIps ?? null,
      expiresAt: this.futureDate(dto.expiresAt),
    });
  }

  async update(p: Principal, owner: KeyOwner, id: string, dto: UpdateApiKeyDto): Promise<ApiKeyResponseDto> {
    if (owner.kind === 'system' && dto.role !== undefined) {
      throw unprocessable(ErrorCode.validationFailed, 'System keys always act with the System role', [
        { field: 'role', message: 'not allowed for system keys' },
      ]);
    }
    return this.db.transaction(async (tx) => {
      const current = await this.lockActive(owner, id, tx);
      const scopes = dto.scopes ?? (current.scopes as Scope[]);
      const role: Role =
        owner.kind === 'system' ? 'System' : this.resolveRole(scopes, dto.role ?? (current.role as MemberRole));
      if (dto.scopes || dto.role) this.assertGrantable(p, scopes, role);
      const patch: ApiKeyPatch = {
        ...(dto.name !== undefined && { name: dto.name }),
        ...((dto.scopes !== undefined || dto.role !== undefined) && { scopes, role }),
        ...(dto.allowedIps !== undefined && { allowedIps: dto.allowedIps }),
        ...(dto.expiresAt !== undefined && { expiresAt: this.futureDate(dto.expiresAt) }),
      };
      const updated = await this.repo.update(owner, id, patch, tx);
      await this.audit.record(tx, p, this.auditEntry('api_key.update', current, updated));
      return this.toDto(updated);
    });
  }

  async remove(p: Principal, owner: KeyOwner, id: string): Promise<DeletedResponseDto> {
    return this.db.transaction(async (tx) => {
      const current = await this.repo.lockOne(owner, id, tx);
      if (!current) throw notFound('API key');
      await this.repo.delete(owner, id, tx);
      await this.audit.record(tx, p, this.auditEntry('api_key.delete', current, null));
      return { id, deleted: true };
    });
  }

  /** Idempotent: revoking a revoked key returns it unchanged. Effective on the next request. */
  async revoke(p: Principal, owner: KeyOwner, id: string): Promise<ApiKeyResponseDto> {
    return this.db.transaction(async (tx) => {
      const current = await this.repo.lockOne(owner, id, tx);
      if (!current) throw notFound('API key');
      if (current.revokedAt) return this.toDto(current);
      const updated = await this.repo.update(
        owner,
        id,
        { revokedAt: new Date(), previousSecretHash: null, previousSecretExpiresAt: null },
        tx,
      );
      await this.audit.record(tx, p, this.auditEntry('api_key.revoke', current, updated));
      return this.toDto(updated);
    });
  }

  async rotate(p: Principal, owner: KeyOwner, id: string, dto: RotateApiKeyDto): Promise<ApiKeyWithSecretResponseDto> {
    const grace = dto.gracePeriodSeconds ?? 0;
    const secret = generateSecret();
    return this.db.transaction(async (tx) => {
      const current = await this.lockActive(owner, id, tx);
      const auth = await this.repo.findForAuthentication(id, tx);
      const updated = await this.repo.update(
        owner,
        id,
        {
          secretHash: hashSecret(this.config.secrets.apiKeyPepper, secret),
          previousSecretHash: grace > 0 ? auth!.secretHash : null,
          previousSecretExpiresAt: grace > 0 ? new Date(Date.now() + grace * 1000) : null,
        },
        tx,
      );
      await this.audit.record(tx, p, this.auditEntry('api_key.rotate', current, updated));
      return { ...this.toDto(updated), key: formatApiKey(updated.livemode, updated.id, secret) };
    });
  }

  /**
   * Verifies a bearer token: format, existence, mode, secret (current, or previous within its
   * grace period), revocation, expiry, then the IP allow-list.
   */
  async authenticate(token: string, ip: string): Promise<AuthenticatedKey> {
    const parsed = parseApiKey(token);
    if (!parsed) throw unauthorized(ErrorCode.invalidApiKey, 'The API key is malformed');
    const key = await this.repo.findForAuthentication(parsed.keyId);
    const pepper = this.config.secrets.apiKeyPepper;
    const now = new Date();
    const secretOk =
      key !== undefined &&
      key.livemode === parsed.livemode &&
      (secretMatches(pepper, parsed.secret, key.secretHash) ||
        (key.previousSecretExpiresAt !== null &&
          key.previousSecretExpiresAt > now &&
          secretMatches(pepper, parsed.secret, key.previousSecretHash)));
    if (!key || !secretOk) throw unauthorized(ErrorCode.invalidApiKey, 'The API key is not valid');
    const status = keyStatus(key, now);
    if (status === 'revoked') throw unauthorized(ErrorCode.apiKeyRevoked, 'The API key has been revoked');
    if (status === 'expired') throw unauthorized(ErrorCode.apiKeyExpired, 'The API key has expired');
    if (!ipAllowed(ip, key.allowedIps)) {
      throw forbidden(ErrorCode.ipNotAllowed, `Requests from ${ip} are not allowed for this API key`);
    }
    this.lastUsed.touch(key.id, now);
    return {
      id: key.id,
      kind: key.kind,
      organizationId: key.organizationId,
      livemode: key.livemode,
      role: key.role as Role,
      scopes: new Set((key.scopes as string[]).filter(isScope)),
    };
  }

  /**
   * BOOTSTRAP_SYSTEM_API_KEY provisions that exact key; without it, the first start creates one
   * and returns it so the caller can print it once. Serialised across replicas by an advisory lock.
   */
  async ensureBootstrapKey(configured: string | null): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(72707002)`);
      const parsed = configured ? parseApiKey(configured) : null;
      if (parsed) {
        const existing = await this.repo.findForAuthentication(parsed.keyId, tx);
        const secretHash = hashSecret(this.config.secrets.apiKeyPepper, parsed.secret);
        if (existing && existing.kind !== 'system') {
          throw new Error('BOOTSTRAP_SYSTEM_API_KEY collides with an organization key id');
        }
        if (existing && existing.secretHash === secretHash && existing.livemode === parsed.livemode) return null;
        const owner = ApiKeysService.systemOwner;
        const row = existing
          ? await this.repo.update(owner, parsed.keyId, { secretHash, previousSecretHash: null }, tx)
          : await this.repo.insert(this.bootstrapValues(parsed.keyId, parsed.livemode, secretHash), tx);
        await this.audit.recordSystem(tx, {
          ...this.auditEntry(existing ? 'api_key.bootstrap_update' : 'api_key.bootstrap', existing ?? null, row),
          livemode: row.livemode,
        });
        return null;
      }
      if (await this.repo.anySystemKey(tx)) return null;
      const id = newObjectId();
      const secret = generateSecret();
      const row = await this.repo.insert(
        this.bootstrapValues(id, true, hashSecret(this.config.secrets.apiKeyPepper, secret)),
        tx,
      );
      await this.audit.recordSystem(tx, { ...this.auditEntry('api_key.bootstrap', null, row), livemode: true });
      return formatApiKey(true, id, secret);
    });
  }

  private bootstrapValues(id: string, livemode: boolean, secretHash: string) {
    return {
      id,
      kind: 'system' as const,
      organizationId: null,
      livemode,
      name: 'Bootstrap system key',
      role: 'System' as const,
      scopes: [...ALL_SCOPES],
      secretHash,
      createdBy: 'bootstrap',
    };
  }

  private async insertKey(
    p: Principal,
    values: Omit<Parameters<ApiKeysRepository['insert']>[0], 'id' | 'secretHash'>,
  ): Promise<ApiKeyWithSecretResponseDto> {
    const id = newObjectId();
    const secret = generateSecret();
    return this.db.transaction(async (tx) => {
      const row = await this.repo.insert(
        {
          ...values,
          id,
          secretHash: hashSecret(this.config.secrets.apiKeyPepper, secret),
          createdBy: `${p.actorType}:${p.actorId}`,
        },
        tx,
      );
      await this.audit.record(tx, p, {
        ...this.auditEntry('api_key.create', null, row),
        organizationId: row.organizationId,
        livemode: row.livemode,
      });
      return { ...this.toDto(row), key: formatApiKey(row.livemode, id, secret) };
    });
  }

  private async lockActive(owner: KeyOwner, id: string, tx: Parameters<ApiKeysRepository['lockOne']>[2]) {
    const current = await this.repo.lockOne(owner, id, tx);
    if (!current) throw notFound('API key');
    const status = keyStatus(current);
    if (status !== 'active') throw conflict(ErrorCode.apiKeyNotActive, `The API key is ${status}`);
    return current;
  }

  /** Explicit role must cover the scopes, else the key could never use them. */
  private resolveRole(scopes: Scope[], role: MemberRole | undefined): MemberRole {
    const needed = minimumRoleFor(scopes);
    if (role === undefined) return needed;
    if (!roleAtLeast(role, needed)) {
      throw unprocessable(ErrorCode.roleScopeMismatch, `Role ${role} cannot use every scope requested; it needs ${needed}`, [
        { field: 'role', message: `must be at least ${needed} for the scopes requested` },
      ]);
    }
    return role;
  }

  /** A caller can hand out only what it holds itself. */
  private assertGrantable(p: Principal, scopes: Scope[], role: Role): void {
    const missing = scopes.filter((s) => !p.scopes.has(s));
    if (missing.length > 0 || !roleAtLeast(p.role, role)) {
      throw forbidden(
        ErrorCode.grantExceedsCaller,
        missing.length > 0
          ? `You cannot grant scopes you do not hold: ${missing.join(', ')}`
          : `You cannot grant a role above your own (${p.role})`,
      );
    }
  }

  private futureDate(value: string | null | undefined): Date | null {
    if (value === undefined || value === null) return null;
    const date = new Date(value);
    if (Number.isNaN(date.getTime()) || date <= new Date()) {
      throw new ApiError(422, ErrorCode.validationFailed, 'expiresAt must be in the future', [
        { field: 'expiresAt', message: 'must be in the future' },
      ]);
    }
    return date;
  }

  private auditEntry(action: string, before: ApiKeyRecord | null, after: ApiKeyRecord | null) {
    const target = (after ?? before)!;
    return {
      action,
      targetType: TARGET,
      targetId: target.id,
      before: before && mapApiKey(before),
      after: after && mapApiKey(after),
      organizationId: target.organizationId,
      livemode: target.livemode,
    };
  }

  private toDto(row: ApiKeyRecord): ApiKeyResponseDto {
    return mapApiKey(row, this.lastUsed.pendingFor(row.id));
  }
}
