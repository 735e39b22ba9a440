import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import type { Queue, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from 'src/platform/config/config';
import { MaintenanceProcessor } from 'src/platform/idempotency/idempotency.processor';
import type { HandlesJobs } from 'src/platform/queues/job-handlers';
import { JobName, JOBS, QueueName } from 'src/platform/queues/queue-names';

/** Checks every job has exactly one handler, applies configured concurrency, registers schedules. */
@Injectable()
export class WorkerBoot implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly maintenance: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const counts = new Map<string, number>();
    for (const { instance } of this.discovery.getProviders()) {
      const handlers = (instance as Partial<HandlesJobs> | undefined)?.handlers;
      if (!handlers || typeof handlers !== 'object') continue;
      for (const name of Object.keys(handlers)) counts.set(name, (counts.get(name) ?? 0) + 1);
      const worker = (instance as { worker?: Worker }).worker;
      if (worker) worker.concurrency = this.config.queueConcurrency;
    }
    const wrong = (Object.keys(JOBS) as JobName[]).filter((name) => counts.get(name) !== 1);
    const unknown = [...counts.keys()].filter((name) => !(name in JOBS));
    if (wrong.length > 0 || unknown.length > 0) {
      throw new Error(`Job handlers must be exactly one per job: check ${[...wrong, ...unknown].join(', ')}`);
    }
    await this.maintenance.upsertJobScheduler(
      'idempotency.purgeExpired',
      { every: 3600_000 },
      { name: 'idempotency.purgeExpired', data: {} },
    );
  }
}

/** Every queue processor. Imported by main.ts when workers run in-process, and by worker.ts. */
@Module({
  imports: [DiscoveryModule],
  providers: [MaintenanceProcessor, WorkerBoot],
})
export class WorkerModule {}
