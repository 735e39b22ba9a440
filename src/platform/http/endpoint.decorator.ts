import { applyDecorators, HttpCode, Type } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from 'src/platform/errors/error-response.dto';
import { reasonPhrase } from 'src/platform/errors/http-status-text';

export interface EndpointOptions {
  /** Stable `<resource>_<action>` id: generated clients name their methods after it. */
  operationId: string;
  summary: string;
  description?: string;
  /** Success status; defaults to 200. */
  status?: number;
  response?: Type<unknown>;
  /** Error statuses beyond the 400/401/403 every authenticated endpoint can return. */
  errors?: number[];
  /** false for public endpoints: no 401/403. */
  auth?: boolean;
}

/** Swagger operation + success schema + the shared error schema for every error status it can return. */
export function Endpoint(o: EndpointOptions): MethodDecorator {
  const status = o.status ?? 200;
  const errors = new Set([400, ...(o.auth === false ? [] : [401, 403]), ...(o.errors ?? [])]);
  return applyDecorators(
    HttpCode(status),
    ApiOperation({ operationId: o.operationId, summary: o.summary, description: o.description }),
    ApiResponse({ status, type: o.response, description: reasonPhrase(status) }),
    ...[...errors]
      .sort()
      .map((code) => ApiResponse({ status: code, type: ErrorResponseDto, description: reasonPhrase(code) })),
  );
}
