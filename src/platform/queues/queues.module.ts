import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from 'src/platform/config/config';
import { redisOptions } from 'src/platform/redis/redis-options';
import { QueueName } from './queue-names';

const queues = Object.values(QueueName).map((name) =>
  BullModule.registerQueue({
    name,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  }),
);

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { ...(redisOptions(config.redis.url) as Record<string, unknown>), maxRetriesPerRequest: null },
        prefix: config.redis.prefix,
      }),
    }),
    ...queues,
  ],
  exports: [BullModule],
})
export class QueuesModule {}
