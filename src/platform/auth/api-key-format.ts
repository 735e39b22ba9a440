import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 43 base62 characters carry > 256 bits. */
export const SECRET_LENGTH = 43;
const KEY_RE = /^sk_(live|test)_([0-9a-f]{24})\.([0-9A-Za-z]{43,128})$/;

export interface ParsedApiKey {
  livemode: boolean;
  keyId: string;
  secret: string;
}

export function parseApiKey(token: string): ParsedApiKey | null {
  const m = KEY_RE.exec(token);
  return m ? { livemode: m[1] === 'live', keyId: m[2]!, secret: m[3]! } : null;
}

export const looksLikeApiKey = (token: string): boolean => token.startsWith('sk_');

/** Uniform base62 secret by rejection sampling (no modulo bias). */
export function generateSecret(length = SECRET_LENGTH): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

export const formatApiKey = (livemode: boolean, keyId: string, secret: string): string =>
  `sk_${livemode ? 'live' : 'test'}_${keyId}.${secret}`;

export const keyPrefix = (livemode: boolean, keyId: string): string => `sk_${livemode ? 'live' : 'test'}_${keyId}`;

export const hashSecret = (pepper: string, secret: string): string =>
  createHmac('sha256', pepper).update(secret).digest('hex');

export function secretMatches(pepper: string, secret: string, storedHex: string | null): boolean {
  if (!storedHex) return false;
  const a = Buffer.from(hashSecret(pepper, secret), 'hex');
  const b = Buffer.from(storedHex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
