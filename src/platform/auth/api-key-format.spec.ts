import { formatApiKey, generateSecret, hashSecret, parseApiKey, secretMatches } from './api-key-format';

describe('API key format', () => {
  it('generates 43-character base62 secrets without repeats', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generateSecret()));
    expect(secrets.size).toBe(200);
    for (const s of secrets) expect(s).toMatch(/^[0-9A-Za-z]{43}$/);
  });

  it('round-trips through format and parse', () => {
    const secret = generateSecret();
    const key = formatApiKey(false, '507f1f77bcf86cd799439011', secret);
    expect(key).toBe(`sk_test_507f1f77bcf86cd799439011.${secret}`);
    expect(parseApiKey(key)).toEqual({ livemode: false, keyId: '507f1f77bcf86cd799439011', secret });
  });

  it.each([
    'sk_live_507f1f77bcf86cd799439011',
    'sk_prod_507f1f77bcf86cd799439011.' + 'a'.repeat(43),
    'sk_live_507F1F77BCF86CD799439011.' + 'a'.repeat(43),
    'sk_live_507f1f77bcf86cd79943901.' + 'a'.repeat(43),
    'sk_live_507f1f77bcf86cd799439011.' + 'a'.repeat(42),
    'sk_live_507f1f77bcf86cd799439011.' + 'a'.repeat(42) + '!',
    'Bearer sk_live_507f1f77bcf86cd799439011.' + 'a'.repeat(43),
  ])('rejects %s', (token) => expect(parseApiKey(token)).toBeNull());

  it('matches only the secret that was hashed with the same pepper', () => {
    const hash = hashSecret('pepper-1', 'secret');
    expect(secretMatches('pepper-1', 'secret', hash)).toBe(true);
    expect(secretMatches('pepper-2', 'secret', hash)).toBe(false);
    expect(secretMatches('pepper-1', 'Secret', hash)).toBe(false);
    expect(secretMatches('pepper-1', 'secret', null)).toBe(false);
    expect(secretMatches('pepper-1', 'secret', 'abcd')).toBe(false);
  });
});
