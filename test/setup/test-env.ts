import { createHash } from 'node:crypto';

/** The real servers the suite runs against; override with the environment. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Distinct per checkout, so two clones (or worktrees) can run their suites side by side. */
export const RUN_PREFIX = `ab_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 6)}`;
export const TEMPLATE_DB = `${RUN_PREFIX}_tpl`;

export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export const workerId = (): string => process.env.JEST_WORKER_ID ?? '1';
