import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, concatMap, from, Observable, of, throwError } from 'rxjs';
import { ApiError, badRequest, conflict, ErrorCode } from 'src/platform/errors/api-error';
import { IdempotencyRepository } from './idempotency.repository';
import { stableStringify } from './stable-json';

const TTL_MS = 24 * 3600 * 1000;
const WAIT_STEP_MS = 100;
const WAIT_STEPS = 50;
const KEY_RE = /^[\x21-\x7e]{1,255}$/;

type Outcome = { kind: 'execute' } | { kind: 'replay'; status: number; body: unknown };

/**
 * `Idempotency-Key` on POST: the first response is stored per caller for 24 h and replayed for the
 * same body; a different body is 409; a concurrent duplicate waits for the first and gets its result.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly repo: IdempotencyRepository) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const raw = req.headers['idempotency-key'];
    if (req.method !== 'POST' || raw === undefined || !req.principal) return next.handle();
    const key = Array.isArray(raw) ? raw[0]! : raw;
    if (!KEY_RE.test(key)) {
      throw badRequest(ErrorCode.invalidIdempotencyKey, 'Idempotency-Key must be 1-255 printable ASCII characters');
    }
    const owner = req.principal.idempotencyOwner;
    const path = req.url;
    const requestHash = createHash('sha256').update(`POST ${path}\n${stableStringify(req.body ?? null)}`).digest('hex');
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, ctx.getHandler()) as number | undefined) ?? 201;
    const reply = ctx.switchToHttp().getResponse<FastifyReply>();

    return from(this.begin(owner, key, path, requestHash)).pipe(
      concatMap((outcome) => {
        if (outcome.kind === 'replay') {
          void reply.header('idempotent-replayed', 'true');
          return of(outcome.body);
        }
        return next.handle().pipe(
          concatMap((body: unknown) => from(this.repo.complete(owner, key, status, body).then(() => body))),
          // A failed request stores nothing: the client may retry with the same key.
          catchError((err: unknown) => from(this.repo.release(owner, key)).pipe(concatMap(() => throwError(() => err)))),
        );
      }),
    );
  }

  private async begin(owner: string, key: string, path: string, requestHash: string): Promise<Outcome> {
    for (let step = 0; step <= WAIT_STEPS; step++) {
      const now = new Date();
      const claimed = await this.repo.claim({
        owner,
        key,
        method: 'POST',
        path,
        requestHash,
        expiresAt: new Date(now.getTime() + TTL_MS),
      });
      if (claimed) return { kind: 'execute' };
      const row = await this.repo.find(owner, key);
      if (!row) continue;
      if (row.expiresAt < now) {
        await this.repo.deleteIfExpired(owner, key, now);
        continue;
      }
      if (row.requestHash !== requestHash) {
        throw conflict(
          ErrorCode.idempotencyKeyReused,
          'This Idempotency-Key was already used with a different request; use a new key',
        );
      }
      if (row.state === 'completed') return { kind: 'replay', status: row.responseStatus ?? 200, body: row.responseBody };
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
    throw new ApiError(409, ErrorCode.idempotencyInProgress, 'A request with this Idempotency-Key is still in progress; retry shortly');
  }
}
