import { and, eq } from 'drizzle-orm';
import { auditLogs } from 'src/platform/audit/audit.schema';
import { Factory } from '../setup/factories';
import { expectErrorShape } from '../setup/http';
import { startTestApp, TestApp } from '../setup/test-app';

describe('Organization API keys', () => {
  let t: TestApp;
  let f: Factory;
  let orgId: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    orgId = (await f.org()).id;
    admin = (await f.adminKey(orgId)).key;
  });
  afterAll(() => t.close());

  const base = () => `/api/v1/organizations/${orgId}/api-keys`;

  describe('POST /api/v1/organizations/:orgId/api-keys', () => {
    it('creates a key, returns the full secret once, and the key works', async () => {
      const res = await t.http.post(base(), { token: admin, body: { name: 'reader', scopes: ['api_key:read'] } });
      expect(res.status).toBe(201);
      expect(res.body.key).toMatch(new RegExp(`^sk_live_${res.body.id}\\.[0-9A-Za-z]{43}$`));
      expect(res.body).toMatchObject({ name: 'reader', role: 'Viewer', scopes: ['api_key:read'], status: 'active', mode: 'live' });
      const got = await t.http.get(`${base()}/${res.body.id}`, { token: admin });
      expect(got.status).toBe(200);
      expect(got.body.key).toBeUndefined();
      expect(JSON.stringify(got.body)).not.toContain(res.body.key.split('.')[1]);
      const used = await t.http.get(base(), { token: res.body.key });
      expect(used.status).toBe(200);
    });

    it('defaults the role to the least role covering the scopes', async () => {
      const res = await t.http.post(base(), { token: admin, body: { name: 'w', scopes: ['invoice:create', 'invoice:read'] } });
      expect(res.body.role).toBe('Editor');
    });

    it('returns 422 role_scope_mismatch when the explicit role cannot use the scopes', async () => {
      const res = await t.http.post(base(), { token: admin, body: { name: 'w', scopes: ['provider:create'], role: 'Editor' } });
      expectErrorShape(res, 422, 'role_scope_mismatch');
    });

    it('returns 403 grant_exceeds_caller when granting scopes the caller lacks', async () => {
      const limited = await f.key(orgId, { scopes: ['api_key:create', 'api_key:read'], role: 'Admin' });
      const res = await t.http.post(base(), { token: limited.key, body: { name: 'x', scopes: ['invoice:read'] } });
      expectErrorShape(res, 403, 'grant_exceeds_caller');
    });

    it('returns 400 with field paths for a bad body', async () => {
      const res = await t.http.post(base(), { token: admin, body: { name: '', scopes: ['nope'], allowedIps: ['300.1.1.1'], extra: 1 } });
      expectErrorShape(res, 400, 'validation_failed');
      const fields = res.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'scopes', 'allowedIps', 'extra']));
    });

    it('returns 422 for an expiry in the past', async () => {
      const res = await t.http.post(base(), {
        token: admin,
        body: { name: 'x', scopes: ['api_key:read'], expiresAt: '2020-01-01T00:00:00Z' },
      });
      expectErrorShape(res, 422);
      expect(res.body.details[0].field).toBe('expiresAt');
    });
  });

  describe('GET /api/v1/organizations/:orgId/api-keys', () => {
    it('paginates with totals', async () => {
      const res = await t.http.get(`${base()}?page=1&limit=2`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.body.data).toHaveLength(2);
      expect(res.body.pagination).toMatchObject({ page: 1, limit: 2 });
      expect(res.body.pagination.total).toBeGreaterThanOrEqual(3);
      expect(res.body.pagination.totalPages).toBe(Math.ceil(res.body.pagination.total / 2));
    });

    it.each(['limit=101', 'limit=0', 'page=0', 'page=abc', 'limit=1.5'])('returns 400 for %s', async (q) => {
      expectErrorShape(await t.http.get(`${base()}?${q}`, { token: admin }), 400, 'validation_failed');
    });
  });

  describe('PUT /api/v1/organizations/:orgId/api-keys/:id', () => {
    it('updates only the fields sent and records an audit diff', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'], name: 'before', allowedIps: ['10.0.0.0/8'] });
      const res = await t.http.put(`${base()}/${k.id}`, { token: admin, body: { name: 'after' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'after', scopes: ['api_key:read'], allowedIps: ['10.0.0.0/8'] });
      const cleared = await t.http.put(`${base()}/${k.id}`, { token: admin, body: { allowedIps: null } });
      expect(cleared.body.allowedIps).toBeNull();
      const audit = await t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.targetId, k.id), eq(auditLogs.action, 'api_key.update')))
        .orderBy(auditLogs.createdAt);
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ organizationId: orgId, livemode: true, actorType: 'api_key', targetType: 'api_key' });
      expect(audit[0]!.diff).toEqual({ name: { from: 'before', to: 'after' }, updatedAt: expect.any(Object) });
      expect(audit[0]!.requestId).toEqual(expect.any(String));
      expect(JSON.stringify(audit)).not.toMatch(/secretHash|\.[0-9A-Za-z]{43}/);
    });

    it('returns 400 when a non-nullable field is null', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      expectErrorShape(await t.http.put(`${base()}/${k.id}`, { token: admin, body: { name: null } }), 400, 'validation_failed');
    });
  });

  describe('POST /api/v1/organizations/:orgId/api-keys/:id/revoke', () => {
    it('takes effect on the very next request', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      expect((await t.http.get(base(), { token: k.key })).status).toBe(200);
      const res = await t.http.post(`${base()}/${k.id}/revoke`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('revoked');
      expectErrorShape(await t.http.get(base(), { token: k.key }), 401, 'api_key_revoked');
    });
  });

  describe('POST /api/v1/organizations/:orgId/api-keys/:id/rotate', () => {
    it('issues a new secret and stops the old one at once by default', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      const res = await t.http.post(`${base()}/${k.id}/rotate`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.body.key).not.toBe(k.key);
      expect(res.body.key.startsWith(`sk_live_${k.id}.`)).toBe(true);
      expectErrorShape(await t.http.get(base(), { token: k.key }), 401, 'invalid_api_key');
      expect((await t.http.get(base(), { token: res.body.key })).status).toBe(200);
    });

    it('keeps the old secret valid during the grace period', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      const res = await t.http.post(`${base()}/${k.id}/rotate`, { token: admin, body: { gracePeriodSeconds: 3600 } });
      expect(res.status).toBe(200);
      expect(new Date(res.body.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now() + 3500_000);
      expect((await t.http.get(base(), { token: k.key })).status).toBe(200);
      expect((await t.http.get(base(), { token: res.body.key })).status).toBe(200);
    });

    it('returns 409 for a revoked key', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      await t.http.post(`${base()}/${k.id}/revoke`, { token: admin });
      expectErrorShape(await t.http.post(`${base()}/${k.id}/rotate`, { token: admin }), 409, 'api_key_not_active');
    });
  });

  describe('DELETE /api/v1/organizations/:orgId/api-keys/:id', () => {
    it('deletes the key; it stops working and is then 404', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      const res = await t.http.delete(`${base()}/${k.id}`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: k.id, deleted: true });
      expectErrorShape(await t.http.get(`${base()}/${k.id}`, { token: admin }), 404, 'not_found');
      expectErrorShape(await t.http.get(base(), { token: k.key }), 401, 'invalid_api_key');
    });
  });

  describe('tenancy', () => {
    it('another organization and the other mode get 404 for a key', async () => {
      const k = await f.key(orgId, { scopes: ['api_key:read'] });
      const other = await f.org();
      const otherAdmin = (await f.adminKey(other.id)).key;
      const testAdmin = (await f.adminKey(orgId, 'test')).key;
      expectErrorShape(await t.http.get(`/api/v1/organizations/${other.id}/api-keys/${k.id}`, { token: otherAdmin }), 404);
      expectErrorShape(await t.http.get(`${base()}/${k.id}`, { token: otherAdmin }), 404);
      expectErrorShape(await t.http.get(`${base()}/${k.id}`, { token: testAdmin }), 404);
      expectErrorShape(await t.http.post(`${base()}/${k.id}/revoke`, { token: testAdmin }), 404);
      const list = await t.http.get(base(), { token: testAdmin });
      expect(list.body.data.every((x: { mode: string }) => x.mode === 'test')).toBe(true);
    });
  });
});
