import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApiKeysModule } from 'src/modules/api-keys/api-keys.module';
import { OrganizationsModule } from 'src/modules/organizations/organizations.module';
import { UsersModule } from 'src/modules/users/users.module';
import { AuditModule } from 'src/platform/audit/audit.module';
import { AuthModule } from 'src/platform/auth/auth.module';
import type { AppConfig } from 'src/platform/config/config';
import { ConfigModule } from 'src/platform/config/config.module';
import { DatabaseModule } from 'src/platform/database/database.module';
import { ErrorFilter } from 'src/platform/errors/error.filter';
import { HealthModule } from 'src/platform/health/health.module';
import { createValidationPipe } from 'src/platform/http/validation-pipe';
import { IdempotencyModule } from 'src/platform/idempotency/idempotency.module';
import { QueuesModule } from 'src/platform/queues/queues.module';
import { RedisModule } from 'src/platform/redis/redis.module';
import { WorkerModule } from './worker.module';

/** Modules shared by the API and the worker process. */
export const coreModules = (config: AppConfig) => [
  ConfigModule.forRoot(config),
  DatabaseModule,
  RedisModule,
  QueuesModule,
  AuditModule,
  IdempotencyModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...coreModules(config),
        AuthModule,
        HealthModule,
        OrganizationsModule,
        UsersModule,
        ApiKeysModule,
        ...(config.workersInProcess ? [WorkerModule] : []),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
