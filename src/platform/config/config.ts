import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EnvVars, validateEnv } from './env';

export interface AppConfig {
  env: EnvVars['NODE_ENV'];
  port: number;
  host: string;
  database: { url: string | null; pgliteDir: string; poolSize: number; migrateOnStart: boolean };
  dataDir: string;
  redis: { url: string; prefix: string };
  secrets: { apiKeyPepper: string; jwtSecret: string };
  bootstrapSystemApiKey: string | null;
  workersInProcess: boolean;
  queueConcurrency: number;
  logLevel: EnvVars['LOG_LEVEL'];
  http: { bodyLimitBytes: number; bodyMaxDepth: number; trustProxy: boolean };
  apiKeys: { lastUsedFlushMs: number };
  migrationsDir: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The project root (where package.json lives), found from this file in src/ or dist/src/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/**
 * Development secrets persist under DATA_DIR so keys stay valid across restarts of `npm start`.
 * Production refuses to start without them (see validateEnv).
 */
function devSecrets(dataDir: string): { apiKeyPepper: string; jwtSecret: string } {
  const file = join(dataDir, 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { apiKeyPepper: string; jwtSecret: string };
  const secrets = { apiKeyPepper: randomBytes(32).toString('hex'), jwtSecret: randomBytes(32).toString('hex') };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

export function loadConfig(raw: Record<string, string | undefined> = process.env): AppConfig {
  const env = validateEnv(raw);
  const dataDir = resolve(env.DATA_DIR);
  const needDev = !env.API_KEY_PEPPER || !env.JWT_SECRET;
  const dev = needDev ? devSecrets(dataDir) : undefined;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database: {
      url: env.DATABASE_URL ?? null,
      pgliteDir: join(dataDir, 'pg'),
      poolSize: env.DATABASE_POOL_SIZE,
      migrateOnStart: env.MIGRATE_ON_START,
    },
    dataDir,
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    secrets: {
      apiKeyPepper: env.API_KEY_PEPPER ?? dev!.apiKeyPepper,
      jwtSecret: env.JWT_SECRET ?? dev!.jwtSecret,
    },
    bootstrapSystemApiKey: env.BOOTSTRAP_SYSTEM_API_KEY ?? null,
    workersInProcess: env.WORKERS_IN_PROCESS,
    queueConcurrency: env.QUEUE_CONCURRENCY,
    logLevel: env.LOG_LEVEL,
    http: { bodyLimitBytes: env.BODY_LIMIT_BYTES, bodyMaxDepth: env.BODY_MAX_DEPTH, trustProxy: env.TRUST_PROXY },
    apiKeys: { lastUsedFlushMs: env.API_KEY_LAST_USED_FLUSH_MS },
    migrationsDir: join(projectRoot(), 'drizzle'),
  };
}
