import { IntField } from 'src/platform/http/validation';

export class RotateApiKeyDto {
  @IntField({
    min: 0,
    max: 7 * 24 * 3600,
    optional: true,
    example: 3600,
    description: 'How long the old secret keeps working, in seconds (default 0: it stops at once)',
  })
  gracePeriodSeconds?: number;
}
