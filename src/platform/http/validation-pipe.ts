import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiError, ErrorCode, ErrorDetail } from 'src/platform/errors/api-error';

const MAX_DETAILS = 50;

/** Flattens nested class-validator errors into `items[0].quantity` style paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) {
      out.push({ field: path, message: message.replace(/^(an instance of \w+ )?has failed the validation: /, '') });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, path));
    if (out.length >= MAX_DETAILS) break;
  }
  return out.slice(0, MAX_DETAILS);
}

/** A missing body counts as `{}` so optional-only DTOs accept an empty POST; non-objects are refused plainly. */
class BodyAwareValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === undefined || value === null) value = {};
      else if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ApiError(400, ErrorCode.validationFailed, 'Request body must be a JSON object', [
          { field: '(body)', message: 'must be a JSON object' },
        ]);
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new BodyAwareValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false, exposeDefaultValues: true },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return new ApiError(400, ErrorCode.validationFailed, `Invalid request: ${details.map((d) => d.field).join(', ')}`, details);
    },
  });
}
