import { ConfigError, validateEnv } from './env';
import { loadConfig } from './config';

describe('validateEnv', () => {
  it('applies documented defaults', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      REDIS_URL: 'redis://127.0.0.1:6379',
      WORKERS_IN_PROCESS: true,
      BODY_LIMIT_BYTES: 1048576,
      LOG_LEVEL: 'info',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('lists every bad variable in one message', () => {
    let message = '';
    try {
      validateEnv({ PORT: 'eighty', REDIS_URL: 'http://x', LOG_LEVEL: 'loud', BOOTSTRAP_SYSTEM_API_KEY: 'sk_live_nope' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    for (const name of ['PORT', 'REDIS_URL', 'LOG_LEVEL', 'BOOTSTRAP_SYSTEM_API_KEY']) expect(message).toContain(`- ${name}:`);
  });

  it('requires secrets and DATABASE_URL in production', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/API_KEY_PEPPER[\s\S]*JWT_SECRET[\s\S]*DATABASE_URL/);
  });

  it('parses booleans and integers from strings', () => {
    expect(validateEnv({ WORKERS_IN_PROCESS: 'false', PORT: '8080', TRUST_PROXY: '1' })).toMatchObject({
      WORKERS_IN_PROCESS: false,
      PORT: 8080,
      TRUST_PROXY: true,
    });
  });
});

describe('loadConfig', () => {
  it('uses given secrets and never touches DATA_DIR for them', () => {
    const config = loadConfig({ API_KEY_PEPPER: 'p'.repeat(32), JWT_SECRET: 'j'.repeat(32), DATA_DIR: '/nonexistent/dir' });
    expect(config.secrets).toEqual({ apiKeyPepper: 'p'.repeat(32), jwtSecret: 'j'.repeat(32) });
    expect(config.database.url).toBeNull();
    expect(config.database.pgliteDir).toBe('/nonexistent/dir/pg');
  });
});
