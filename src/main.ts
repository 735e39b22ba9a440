import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError } from './platform/config/env';
import { loadConfig } from './platform/config/config';
import { assertRedisReachable } from './platform/redis/redis-check';

async function main(): Promise<void> {
  const config = loadConfig();
  await assertRedisReachable(config.redis.url);
  const { app, logger, generatedSystemKey } = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  if (generatedSystemKey) {
    // Printed once, to stdout only: it is not stored anywhere in clear.
    process.stdout.write(
      `\n  No system API key existed, so one was created. It is shown only now; store it safely:\n\n` +
        `    ${generatedSystemKey}\n\n`,
    );
  }
  logger.info(
    { port: config.port, database: config.database.url ? 'postgres' : `pglite:${config.database.pgliteDir}`, workers: config.workersInProcess },
    `Admin Backend listening on http://${config.host}:${config.port}/api/v1 (docs: /api/v1/docs/index.html)`,
  );
}

main().catch((err: Error) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err.stack ?? err.message)}\n`);
  process.exit(1);
});
