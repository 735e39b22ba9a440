import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ApiError } from './api-error';
import { mapError } from './error.filter';

const pgError = (code: string) => Object.assign(new Error('db'), { code });

describe('mapError', () => {
  it('keeps ApiError status, code and details', () => {
    expect(mapError(new ApiError(422, 'invoice_not_draft', 'no', [{ field: 'x', message: 'y' }]))).toEqual({
      status: 422,
      code: 'invoice_not_draft',
      message: 'no',
      details: [{ field: 'x', message: 'y' }],
    });
  });

  it.each([
    ['23505', 409],
    ['23503', 422],
    ['23514', 422],
    ['22P02', 400],
    ['22001', 400],
  ])('maps SQLSTATE %s to %i, also when wrapped', (code, status) => {
    expect(mapError(pgError(code))?.status).toBe(status);
    expect(mapError(Object.assign(new Error('wrapped'), { cause: pgError(code) }))?.status).toBe(status);
  });

  it('maps Fastify body errors', () => {
    expect(mapError(Object.assign(new Error('big'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }))).toMatchObject({
      status: 413,
      code: 'payload_too_large',
    });
  });

  it('maps unknown routes and plain HttpExceptions', () => {
    expect(mapError(new NotFoundException('Cannot GET /x'))).toMatchObject({ status: 404, code: 'route_not_found' });
    expect(mapError(new BadRequestException('nope'))).toMatchObject({ status: 400, code: 'bad_request', message: 'nope' });
  });

  it('leaves unknown errors unmapped (→ 500) and never guesses 400', () => {
    expect(mapError(new Error('boom'))).toBeNull();
    expect(mapError(pgError('XX000'))).toBeNull();
  });
});
