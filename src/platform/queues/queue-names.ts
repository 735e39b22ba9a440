/** Every queue; names are kebab-case. */
export const QueueName = {
  Maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Every job name → its queue. Each must have exactly one handler (checked when workers boot). */
export const JOBS = {
  'idempotency.purgeExpired': QueueName.Maintenance,
} as const satisfies Record<string, QueueName>;
export type JobName = keyof typeof JOBS;

export interface JobPayloads {
  'idempotency.purgeExpired': Record<string, never>;
}
