import type { AuthenticatedKey } from 'src/modules/api-keys/api-keys.service';
import type { SessionUser } from 'src/modules/users/users.service';

/** What a strategy proves; the access guard turns it into a Principal for one organization. */
export type Identity = { type: 'api_key'; key: AuthenticatedKey } | { type: 'user'; user: SessionUser };

export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return m ? m[1]! : null;
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
