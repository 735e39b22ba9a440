/**
 * The scope list of the API document ("API Key Scopes Reference"), each with the least
 * membership role that implies it. A request needs its endpoint's role AND its scope.
 */
export const SCOPE_MIN_ROLE = {
  'checkout:read': 'Viewer',
  'checkout:create': 'Editor',
  'checkout:update': 'Editor',
  'transaction:read': 'Viewer',
  'transaction:create': 'Editor',
  'transaction:update': 'Editor',
  'transaction:delete': 'Admin',
  'transaction:execute': 'Editor',
  'invoice:read': 'Viewer',
  'invoice:create': 'Editor',
  'invoice:update': 'Editor',
  'invoice:execute': 'Editor',
  'invoice:delete': 'Editor',
  'credit_note:read': 'Viewer',
  'credit_note:execute': 'Editor',
  'client:read': 'Viewer',
  'client:create': 'Editor',
  'client:update': 'Editor',
  'client:delete': 'Editor',
  'client:execute': 'Editor',
  'site:read': 'Viewer',
  'site:create': 'Editor',
  'site:delete': 'Admin',
  'site:update': 'Editor',
  'provider:read': 'Viewer',
  'provider:create': 'Admin',
  'provider:update': 'Admin',
  'provider:delete': 'Admin',
  'domain:read': 'Viewer',
  'domain:create': 'Admin',
  'domain:delete': 'Admin',
  'domain:execute': 'Editor',
  'api_key:read': 'Viewer',
  'api_key:create': 'Admin',
  'api_key:update': 'Admin',
  'api_key:delete': 'Admin',
  'api_key:execute': 'Admin',
  'organization:read': 'Viewer',
  'organization:update': 'Editor',
  'organization:execute': 'Editor',
  'tax_rule:read': 'Viewer',
  'tax_rule:create': 'Admin',
  'tax_rule:update': 'Admin',
  'tax_rule:delete': 'Admin',
  'tax_rate:read': 'Viewer',
  'tax_rate:create': 'Admin',
  'tax_rate:update': 'Admin',
  'tax_rate:delete': 'Admin',
  'tax_rate:execute': 'Admin',
  'tax_report:read': 'Viewer',
  'tax_report:execute': 'Editor',
  'tax_record:read': 'Viewer',
  'data_io:read': 'Viewer',
  'data_io:execute': 'Editor',
  'export:execute': 'Editor',
  'portal:create': 'Editor',
  'vies:read': 'Viewer',
  'vies:execute': 'Editor',
  'userprofile:read': 'Viewer',
  'userprofile:update': 'Viewer',
  'userprofile:execute': 'Viewer',
} as const satisfies Record<string, MemberRole>;

export type Scope = keyof typeof SCOPE_MIN_ROLE;
export const ALL_SCOPES = Object.keys(SCOPE_MIN_ROLE) as Scope[];

export const MEMBER_ROLES = ['Viewer', 'Editor', 'Admin'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** `System` is held only by system API keys and platform administrators. */
export type Role = MemberRole | 'System';

const RANK: Record<Role, number> = { Viewer: 1, Editor: 2, Admin: 3, System: 4 };

export const roleAtLeast = (have: Role, need: Role): boolean => RANK[have] >= RANK[need];

export const isScope = (value: unknown): value is Scope =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCOPE_MIN_ROLE, value);

/** The scopes a membership role implies (a user's scopes are never stored). */
export const ROLE_SCOPES: Record<Role, ReadonlySet<Scope>> = {
  Viewer: new Set(ALL_SCOPES.filter((s) => roleAtLeast('Viewer', SCOPE_MIN_ROLE[s]))),
  Editor: new Set(ALL_SCOPES.filter((s) => roleAtLeast('Editor', SCOPE_MIN_ROLE[s]))),
  Admin: new Set(ALL_SCOPES),
  System: new Set(ALL_SCOPES),
};

/** The least membership role whose scopes cover every scope given. */
export function minimumRoleFor(scopes: readonly Scope[]): MemberRole {
  return MEMBER_ROLES.find((role) => scopes.every((s) => ROLE_SCOPES[role].has(s))) ?? 'Admin';
}
