import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { dispatch, HandlesJobs, JobHandlers } from 'src/platform/queues/job-handlers';
import { QueueName } from 'src/platform/queues/queue-names';
import { IdempotencyService } from './idempotency.service';

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements HandlesJobs {
  constructor(private readonly idempotency: IdempotencyService) {
    super();
  }

  readonly handlers: JobHandlers = {
    'idempotency.purgeExpired': () => this.idempotency.purgeExpired(),
  };

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
