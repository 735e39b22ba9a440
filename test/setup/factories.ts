import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { memberships, users } from 'src/modules/users/users.schema';
import { ALL_SCOPES, MemberRole, Scope } from 'src/platform/auth/scopes';
import type { TestApp } from './test-app';

export type Mode = 'live' | 'test';

export interface KeyOptions {
  scopes?: Scope[];
  role?: MemberRole;
  mode?: Mode;
  allowedIps?: string[];
  expiresAt?: string;
  name?: string;
}

export interface CreatedKey {
  id: string;
  key: string;
  body: Record<string, any>;
}

/** Organizations, keys and users through the public API (users directly: sign-up comes later). */
export class Factory {
  private readonly systemKeys = new Map<Mode, string>();

  constructor(private readonly t: TestApp) {
    this.systemKeys.set('live', t.systemKey);
  }

  async systemKey(mode: Mode = 'live'): Promise<string> {
    const cached = this.systemKeys.get(mode);
    if (cached) return cached;
    const res = await this.t.http.post('/api/v1/system/api-keys', {
      token: this.t.systemKey,
      body: { name: `system ${mode}`, mode },
    });
    if (res.status !== 201) throw new Error(`system key: ${res.status} ${res.text}`);
    this.systemKeys.set(mode, res.body.key);
    return res.body.key;
  }

  async org(name = `Org ${randomUUID().slice(0, 8)}`): Promise<{ id: string; name: string }> {
    const res = await this.t.http.post('/api/v1/system/organizations', { token: this.t.systemKey, body: { name } });
    if (res.status !== 201) throw new Error(`org: ${res.status} ${res.text}`);
    return res.body;
  }

  async key(orgId: string, o: KeyOptions = {}): Promise<CreatedKey> {
    const res = await this.t.http.post(`/api/v1/organizations/${orgId}/api-keys`, {
      token: await this.systemKey(o.mode ?? 'live'),
      body: {
        name: o.name ?? 'test key',
        scopes: o.scopes ?? [...ALL_SCOPES],
        ...(o.role && { role: o.role }),
        ...(o.allowedIps && { allowedIps: o.allowedIps }),
        ...(o.expiresAt && { expiresAt: o.expiresAt }),
      },
    });
    if (res.status !== 201) throw new Error(`key: ${res.status} ${res.text}`);
    return { id: res.body.id, key: res.body.key, body: res.body };
  }

  /** An Admin key with every scope, in the given mode. */
  adminKey(orgId: string, mode: Mode = 'live'): Promise<CreatedKey> {
    return this.key(orgId, { mode, role: 'Admin' });
  }

  /** A user with a membership and a signed access token (as the sign-in flow will issue). */
  async user(
    orgId: string | null,
    role: MemberRole = 'Admin',
    o: { platformAdmin?: boolean; expiresIn?: string } = {},
  ): Promise<{ id: string; token: string }> {
    const [user] = await this.t.db
      .insert(users)
      .values({ email: `${randomUUID()}@example.com`, isPlatformAdmin: o.platformAdmin ?? false })
      .returning();
    if (orgId) await this.t.db.insert(memberships).values({ organizationId: orgId, userId: user!.id, role });
    return { id: user!.id, token: await this.token(user!.id, o.expiresIn) };
  }

  token(userId: string, expiresIn = '15m'): Promise<string> {
    return this.t.app
      .get(JwtService)
      .signAsync({ sub: userId, typ: 'access' }, { expiresIn: expiresIn as unknown as number });
  }
}
