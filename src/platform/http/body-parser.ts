import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, ErrorCode } from 'src/platform/errors/api-error';

/**
 * Bounded JSON: class-transformer recurses per level, so a 5,000-deep body would overflow the
 * stack and surface as a 500. Depth and NUL bytes (PostgreSQL text cannot store them) are
 * refused here, before anything walks the value.
 */
export function checkJsonValue(value: unknown, maxDepth: number): void {
  const stack: [unknown, number, string][] = [[value, 1, '']];
  while (stack.length > 0) {
    const [v, depth, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) {
        throw new ApiError(400, ErrorCode.validationFailed, 'Strings must not contain NUL characters', [
          { field: path || '(body)', message: 'must not contain NUL characters' },
        ]);
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth > maxDepth) {
      throw new ApiError(400, ErrorCode.bodyTooDeep, `Request body is nested deeper than ${maxDepth} levels`);
    }
    if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, depth + 1, `${path}[${i}]`]));
    else
      for (const [k, item] of Object.entries(v)) {
        if (k.includes('\u0000')) throw new ApiError(400, ErrorCode.validationFailed, 'Keys must not contain NUL characters');
        stack.push([item, depth + 1, path ? `${path}.${k}` : k]);
      }
  }
}

export function registerJsonParser(app: FastifyInstance, maxDepth: number): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (_req: FastifyRequest, body: string | Buffer, done: (err: Error | null, value?: unknown) => void) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return done(new ApiError(400, ErrorCode.invalidJson, 'Request body is not valid JSON'));
      }
      try {
        checkJsonValue(parsed, maxDepth);
        // Prototype-poisoning keys never reach DTOs.
        if (/"__proto__"\s*:/.test(text)) {
          throw new ApiError(400, ErrorCode.validationFailed, 'Body must not contain __proto__ keys');
        }
      } catch (err) {
        return done(err as Error);
      }
      done(null, parsed);
    },
  );
}
