import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { ApiKeysService } from 'src/modules/api-keys/api-keys.service';
import type { AppConfig } from 'src/platform/config/config';
import { registerJsonParser } from 'src/platform/http/body-parser';
import { setupSwagger } from 'src/platform/http/swagger';
import { createLogger, PinoNestLogger } from 'src/platform/logging/logger';
import { AppModule } from './app.module';

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a sane client X-Request-Id, otherwise makes one. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : `req_${randomUUID().replace(/-/g, '')}`;
}

export interface CreatedApp {
  app: NestFastifyApplication;
  logger: Logger;
  /** Set only on the first start without BOOTSTRAP_SYSTEM_API_KEY: print it once. */
  generatedSystemKey: string | null;
}

/** Builds the HTTP application (not yet listening); shared by main.ts, tests and benchmarks. */
export async function createApp(config: AppConfig, logger: Logger = createLogger(config)): Promise<CreatedApp> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: requestId,
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  const fastify = adapter.getInstance();
  registerJsonParser(fastify, config.http.bodyMaxDepth);
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    done();
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
    bodyParser: false,
  });
  app.setGlobalPrefix('api/v1');
  app.enableShutdownHooks();
  setupSwagger(app);
  await app.init();
  const generatedSystemKey = await app.get(ApiKeysService).ensureBootstrapKey(config.bootstrapSystemApiKey);
  return { app, logger, generatedSystemKey };
}
