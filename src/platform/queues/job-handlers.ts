import type { Job } from 'bullmq';
import type { JobName } from './queue-names';

export type JobHandlers = Partial<Record<JobName, (job: Job) => Promise<unknown>>>;

/** Processors expose their handlers so the worker can check every job has exactly one. */
export interface HandlesJobs {
  readonly handlers: JobHandlers;
}

export async function dispatch(handlers: JobHandlers, job: Job): Promise<unknown> {
  const handler = handlers[job.name as JobName];
  if (!handler) throw new Error(`No handler for job ${job.name}`);
  return handler(job);
}
