import { HttpStatus } from '@nestjs/common';

export interface ErrorDetail {
  field: string;
  message: string;
}

/** Stable, snake_case machine codes. Clients switch on these, so never rename one. */
export const ErrorCode = {
  validationFailed: 'validation_failed',
  invalidId: 'invalid_id',
  invalidJson: 'invalid_json',
  bodyTooDeep: 'body_too_deep',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  badRequest: 'bad_request',
  unauthenticated: 'unauthenticated',
  invalidApiKey: 'invalid_api_key',
  apiKeyRevoked: 'api_key_revoked',
  apiKeyExpired: 'api_key_expired',
  invalidToken: 'invalid_token',
  ipNotAllowed: 'ip_not_allowed',
  insufficientRole: 'insufficient_role',
  missingScope: 'missing_scope',
  organizationHeaderNotAllowed: 'organization_header_not_allowed',
  organizationRequired: 'organization_required',
  invalidMode: 'invalid_mode',
  grantExceedsCaller: 'grant_exceeds_caller',
  roleScopeMismatch: 'role_scope_mismatch',
  notFound: 'not_found',
  routeNotFound: 'route_not_found',
  conflict: 'conflict',
  idempotencyKeyReused: 'idempotency_key_reused',
  idempotencyInProgress: 'idempotency_request_in_progress',
  invalidIdempotencyKey: 'invalid_idempotency_key',
  apiKeyNotActive: 'api_key_not_active',
  unprocessable: 'unprocessable_entity',
  serviceUnavailable: 'service_unavailable',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (resource: string): ApiError =>
  new ApiError(HttpStatus.NOT_FOUND, ErrorCode.notFound, `No such ${resource}`);

export const badRequest = (code: ErrorCode, message: string, details: ErrorDetail[] = []): ApiError =>
  new ApiError(HttpStatus.BAD_REQUEST, code, message, details);

export const unauthorized = (code: ErrorCode, message: string): ApiError =>
  new ApiError(HttpStatus.UNAUTHORIZED, code, message);

export const forbidden = (code: ErrorCode, message: string): ApiError =>
  new ApiError(HttpStatus.FORBIDDEN, code, message);

export const conflict = (code: ErrorCode, message: string): ApiError =>
  new ApiError(HttpStatus.CONFLICT, code, message);

export const unprocessable = (code: ErrorCode | string, message: string, details: ErrorDetail[] = []): ApiError =>
  new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, code, message, details);
