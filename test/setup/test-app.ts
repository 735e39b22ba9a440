import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { AddressInfo } from 'node:net';
import { createApp } from 'src/app.factory';
import { formatApiKey, generateSecret } from 'src/platform/auth/api-key-format';
import { AppConfig, loadConfig } from 'src/platform/config/config';
import { newObjectId } from 'src/platform/database/columns';
import { DB, Db } from 'src/platform/database/db';
import { createLogger } from 'src/platform/logging/logger';
import { Http } from './http';
import { createTestDatabase } from './test-db';
import { RUN_PREFIX, TEST_REDIS_URL, workerId } from './test-env';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  http: Http;
  baseUrl: string;
  db: Db;
  /** The live system key provisioned through BOOTSTRAP_SYSTEM_API_KEY. */
  systemKey: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment variables (e.g. API_KEY_LAST_USED_FLUSH_MS). */
  env?: Record<string, string>;
  /** Omit DATABASE_URL: run on PGlite under this DATA_DIR. */
  pgliteDir?: string;
}

/** Boots the real Fastify app on this worker's own database and a random port. */
export async function startTestApp(o: TestAppOptions = {}): Promise<TestApp> {
  const systemKey = formatApiKey(true, newObjectId(), generateSecret());
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `${RUN_PREFIX}_w${workerId()}_${process.pid}`,
    API_KEY_PEPPER: randomBytes(32).toString('hex'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    BOOTSTRAP_SYSTEM_API_KEY: systemKey,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WORKERS_IN_PROCESS: 'true',
    ...(o.pgliteDir ? { DATA_DIR: o.pgliteDir } : { DATABASE_URL: await createTestDatabase(), DATABASE_POOL_SIZE: '5' }),
    ...(o.env ?? {}),
  };
  const config = loadConfig(env);
  const { app } = await createApp(config, createLogger(config));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    http: new Http(baseUrl),
    baseUrl,
    db: app.get<Db>(DB),
    systemKey,
    close: async () => {
      await app.close();
      await dropRedisKeys(config.redis.url, config.redis.prefix);
    },
  };
}

/** Queue keys are per test app (prefix); remove them so repeated runs leave nothing behind in Redis. */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
