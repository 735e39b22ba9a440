import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from './platform/audit/audit.module';
import { loadConfig } from './platform/config/config';
import { ConfigError } from './platform/config/env';
import { createLogger, PinoNestLogger } from './platform/logging/logger';
import { assertRedisReachable } from './platform/redis/redis-check';
import { coreModules } from './app.module';
import { WorkerModule } from './worker.module';

/** Queue workers only: no HTTP. Production runs this beside `node dist/main.js`. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, MIGRATE_ON_START: 'false' });
  if (!config.database.url) {
    throw new ConfigError(
      'Invalid configuration:\n  - DATABASE_URL: the standalone worker needs PostgreSQL (PGlite serves one process: use `npm start`, which runs workers in-process)',
    );
  }
  await assertRedisReachable(config.redis.url);
  const logger = createLogger(config);

  @Module({ imports: [...coreModules(config), AuditModule, WorkerModule] })
  class WorkerRootModule {}

  const app = await NestFactory.createApplicationContext(WorkerRootModule, { logger: new PinoNestLogger(logger) });
  app.enableShutdownHooks();
  await app.init();
  logger.info({ concurrency: config.queueConcurrency }, 'Admin Backend worker started');
}

main().catch((err: Error) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err.stack ?? err.message)}\n`);
  process.exit(1);
});
