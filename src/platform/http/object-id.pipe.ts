import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiError, ErrorCode } from 'src/platform/errors/api-error';
import { isObjectId } from './object-id';

/** Path ids: malformed → 400 invalid_id; well-formed ids are normalised to lowercase. */
@Injectable()
export class ObjectIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, meta: ArgumentMetadata): string {
    if (!isObjectId(value)) {
      const field = meta.data ?? 'id';
      throw new ApiError(400, ErrorCode.invalidId, `${field} must be a 24-character hex ObjectId`, [
        { field, message: 'must be a 24-character hex ObjectId' },
      ]);
    }
    return value.toLowerCase();
  }
}
