import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, ErrorCode, ErrorDetail } from './api-error';
import { ErrorResponseDto } from './error-response.dto';
import { reasonPhrase } from './http-status-text';

interface Mapped {
  status: number;
  code: string;
  message: string;
  details?: ErrorDetail[];
}

const FASTIFY_CODES: Record<string, Mapped> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: ErrorCode.payloadTooLarge, message: 'Request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: ErrorCode.unsupportedMediaType,
    message: 'Content-Type must be application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: ErrorCode.invalidJson, message: 'Request body is empty JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: ErrorCode.badRequest, message: 'Invalid Content-Length' },
};

/** PostgreSQL SQLSTATEs that are the client's fault, never a 500. */
const PG_CODES: Record<string, Mapped> = {
  '23505': { status: 409, code: ErrorCode.conflict, message: 'A resource with these values already exists' },
  '23503': { status: 422, code: ErrorCode.unprocessable, message: 'A referenced resource does not exist' },
  '23514': { status: 422, code: ErrorCode.unprocessable, message: 'The values violate a constraint' },
  '22001': { status: 400, code: ErrorCode.validationFailed, message: 'A value is too long' },
  '22003': { status: 400, code: ErrorCode.validationFailed, message: 'A number is out of range' },
  '22021': { status: 400, code: ErrorCode.validationFailed, message: 'Text contains invalid characters' },
  '22P02': { status: 400, code: ErrorCode.validationFailed, message: 'A value has an invalid format' },
  '22007': { status: 400, code: ErrorCode.validationFailed, message: 'A date has an invalid format' },
  '22008': { status: 400, code: ErrorCode.validationFailed, message: 'A date is out of range' },
};

const DEFAULT_CODES: Record<number, string> = {
  400: ErrorCode.badRequest,
  401: ErrorCode.unauthenticated,
  403: 'forbidden',
  404: ErrorCode.notFound,
  405: 'method_not_allowed',
  409: ErrorCode.conflict,
  413: ErrorCode.payloadTooLarge,
  415: ErrorCode.unsupportedMediaType,
  422: ErrorCode.unprocessable,
  429: 'rate_limited',
  503: ErrorCode.serviceUnavailable,
};

function pgCode(err: unknown): string | undefined {
  // drizzle wraps driver errors; the SQLSTATE sits on the error or its cause.
  for (let e: unknown = err, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export function mapError(err: unknown): Mapped | null {
  if (err instanceof ApiError) return { status: err.status, code: err.code, message: err.message, details: err.details };
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const body = err.getResponse();
    if (typeof body === 'object' && body !== null && 'code' in body) return { status, ...(body as Omit<Mapped, 'status'>) };
    const message =
      typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? err.message ?? '');
    const isRoute = status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(message);
    return {
      status,
      code: isRoute ? ErrorCode.routeNotFound : (DEFAULT_CODES[status] ?? reasonPhrase(status).toLowerCase().replace(/\W+/g, '_')),
      message: isRoute ? 'No such route' : message || reasonPhrase(status),
    };
  }
  const fst = (err as { code?: unknown })?.code;
  if (typeof fst === 'string' && fst.startsWith('FST_')) {
    const known = FASTIFY_CODES[fst];
    if (known) return known;
    const status = Number((err as { statusCode?: unknown }).statusCode);
    if (status >= 400 && status < 500) {
      return { status, code: DEFAULT_CODES[status] ?? ErrorCode.badRequest, message: reasonPhrase(status) };
    }
  }
  if (err instanceof SyntaxError && (err as { statusCode?: number }).statusCode === 400) {
    return { status: 400, code: ErrorCode.invalidJson, message: 'Request body is not valid JSON' };
  }
  const code = pgCode(err);
  if (code && PG_CODES[code]) return PG_CODES[code];
  return null;
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const mapped = mapError(exception) ?? {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: ErrorCode.internal,
      message: 'An unexpected error occurred; quote the requestId when contacting support',
    };
    if (mapped.status >= 500) {
      req.log.error({ err: exception }, 'request failed');
    }
    const body: ErrorResponseDto = {
      statusCode: mapped.status,
      error: reasonPhrase(mapped.status),
      code: mapped.code,
      message: mapped.message,
      ...(mapped.details && mapped.details.length > 0 ? { details: mapped.details } : {}),
      requestId: String(req.id),
    };
    void reply.status(mapped.status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
