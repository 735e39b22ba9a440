import { Redis } from 'ioredis';
import { ConfigError } from '../config/env'; // relative: also loaded by jest's global setup
import { redisOptions } from './redis-options';

/** Fails fast, before Nest starts, with the exact way to get a Redis running. */
export async function assertRedisReachable(url: string): Promise<void> {
  const client = new Redis({
    ...redisOptions(url),
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  client.on('error', (err: Error) => (cause = err));
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    throw new ConfigError(
      [
        `Redis is not reachable at ${url} (${(cause ?? (err as Error)).message}).`,
        'The queues (BullMQ) need Redis. Start one, then run this again:',
        '  Debian/Ubuntu:  sudo apt-get install -y redis-server && redis-server --daemonize yes --port 6379',
        '  macOS:          brew install redis && brew services start redis',
        '  Docker:         docker run -d --name redis -p 6379:6379 redis:7-alpine',
        'or point REDIS_URL at a running server (e.g. REDIS_URL=redis://host:6379).',
      ].join('\n'),
    );
  } finally {
    client.disconnect();
  }
}
