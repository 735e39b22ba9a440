import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SCOPES, isScope, minimumRoleFor, ROLE_SCOPES, roleAtLeast, Role, Scope } from './scopes';

const endpoints = readFileSync(join(__dirname, '../../../test/fixtures/endpoints.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter(([, , scope, role]) => scope !== '-' && scope !== 'system' && role !== '-')
  .map(([method, path, scope, role]) => ({ method, path, scope: scope as Scope, role: role as Role }));

describe('roleAtLeast', () => {
  it.each<[Role, Role, boolean]>([
    ['Viewer', 'Viewer', true],
    ['Viewer', 'Editor', false],
    ['Editor', 'Viewer', true],
    ['Editor', 'Admin', false],
    ['Admin', 'Editor', true],
    ['Admin', 'System', false],
    ['System', 'Admin', true],
  ])('%s ≥ %s is %s', (have, need, expected) => expect(roleAtLeast(have, need)).toBe(expected));
});

describe('ROLE_SCOPES', () => {
  it('lists every scope of the API document exactly once', () => {
    expect(new Set(ALL_SCOPES).size).toBe(ALL_SCOPES.length);
    expect(ALL_SCOPES).toHaveLength(61);
  });

  it('grows monotonically Viewer ⊂ Editor ⊂ Admin', () => {
    for (const s of ROLE_SCOPES.Viewer) expect(ROLE_SCOPES.Editor.has(s)).toBe(true);
    for (const s of ROLE_SCOPES.Editor) expect(ROLE_SCOPES.Admin.has(s)).toBe(true);
    expect(ROLE_SCOPES.Viewer.has('invoice:create')).toBe(false);
    expect(ROLE_SCOPES.Editor.has('provider:create')).toBe(false);
  });

  it.each(endpoints)('a $role user passes both checks for $method $path ($scope)', ({ scope, role }) => {
    expect(isScope(scope)).toBe(true);
    expect(ROLE_SCOPES[role].has(scope)).toBe(true);
  });

  it.each(endpoints.filter((e) => e.role !== 'Viewer'))(
    'a role below $role does not get $scope through $method $path',
    ({ scope, role }) => {
      const below: Role = role === 'Admin' ? 'Editor' : 'Viewer';
      // The role check still refuses; the scope may be implied by a lower role for another endpoint.
      expect(roleAtLeast(below, role)).toBe(false);
      if (!ROLE_SCOPES[below].has(scope)) expect(ROLE_SCOPES[role].has(scope)).toBe(true);
    },
  );
});

describe('minimumRoleFor', () => {
  it.each<[Scope[], Role]>([
    [['invoice:read'], 'Viewer'],
    [['invoice:read', 'invoice:create'], 'Editor'],
    [['checkout:create', 'provider:create'], 'Admin'],
    [[], 'Viewer'],
  ])('%j → %s', (scopes, role) => expect(minimumRoleFor(scopes)).toBe(role));
});
