import { Controller, Get, Inject } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { Public } from 'src/platform/auth/decorators';
import { DB, Db } from 'src/platform/database/db';
import { ApiError, ErrorCode } from 'src/platform/errors/api-error';
import { Endpoint } from 'src/platform/http/endpoint.decorator';
import { REDIS } from 'src/platform/redis/redis.module';

class CheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ example: 1.2 }) latencyMs!: number;
}
class ChecksDto {
  @ApiProperty() database!: CheckDto;
  @ApiProperty() redis!: CheckDto;
}
export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty() checks!: ChecksDto;
}

const TIMEOUT_MS = 2000;

async function timed(fn: () => Promise<unknown>): Promise<CheckDto & { error?: string }> {
  const start = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref())]);
    return { status: 'up', latencyMs: Math.round((performance.now() - start) * 10) / 10 };
  } catch (err) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), error: (err as Error).message };
  }
}

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Public()
  @Endpoint({
    operationId: 'health_get',
    summary: 'Liveness/readiness: database and Redis',
    description: '503 with the failing checks in `details` when a dependency is down.',
    response: HealthResponseDto,
    errors: [503],
    auth: false,
  })
  async get(): Promise<HealthResponseDto> {
    const [database, redis] = await Promise.all([timed(() => this.db.execute(sql`select 1`)), timed(() => this.redis.ping())]);
    const down = Object.entries({ database, redis }).filter(([, c]) => c.status === 'down');
    if (down.length > 0) {
      throw new ApiError(
        503,
        ErrorCode.serviceUnavailable,
        `Unhealthy: ${down.map(([n]) => n).join(', ')}`,
        down.map(([field, c]) => ({ field, message: c.error ?? 'down' })),
      );
    }
    return { status: 'ok', checks: { database: { status: 'up', latencyMs: database.latencyMs }, redis: { status: 'up', latencyMs: redis.latencyMs } } };
  }
}
