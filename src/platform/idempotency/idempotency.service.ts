import { Injectable, Logger } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository';

@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger(IdempotencyService.name);

  constructor(private readonly repo: IdempotencyRepository) {}

  async purgeExpired(now = new Date()): Promise<number> {
    const n = await this.repo.purgeExpired(now);
    if (n > 0) this.logger.log(`purged ${n} expired idempotency keys`);
    return n;
  }
}
