import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';
import { normalizeCidr } from 'src/platform/auth/ip-allow-list';

interface FieldOptions {
  /** The field may be omitted. */
  optional?: boolean;
  /** The field may be sent as null (e.g. to clear it). Without this, null is a 400. */
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

const doc = (o: FieldOptions, extra: ApiPropertyOptions): PropertyDecorator =>
  ApiProperty({
    required: !o.optional,
    nullable: o.nullable,
    description: o.description,
    example: o.example,
    ...extra,
  } as ApiPropertyOptions);

/** Skips validation only for an omitted value (and null when nullable); `@IsOptional` would also let null through. */
const presence = (o: FieldOptions): PropertyDecorator[] =>
  o.optional || o.nullable
    ? [ValidateIf((_obj, v) => !(o.optional && v === undefined) && !(o.nullable && v === null))]
    : [];

const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

export function TextField(o: FieldOptions & { min?: number; max: number }): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: String, minLength: o.min ?? 1, maxLength: o.max }),
    ...presence(o),
    IsString(),
    MinLength(o.min ?? 1),
    MaxLength(o.max),
    Matches(NO_CONTROL_CHARS, { message: '$property must not contain control characters' }),
  );
}

export function EnumField<T extends string>(values: readonly T[], o: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(o, { enum: values as unknown as T[], type: String }),
    ...presence(o),
    IsIn(values as unknown as T[], { message: `$property must be one of: ${values.join(', ')}` }),
  );
}

export function EnumArrayField<T extends string>(
  values: readonly T[],
  o: FieldOptions & { minItems?: number; enumName?: string },
): PropertyDecorator {
  return applyDecorators(
    doc(o, { enum: values as unknown as T[], enumName: o.enumName, isArray: true, minItems: o.minItems ?? 0 }),
    ...presence(o),
    IsArray(),
    ArrayMinSize(o.minItems ?? 0),
    ArrayMaxSize(values.length),
    ArrayUnique(),
    IsIn(values as unknown as T[], { each: true, message: `each value in $property must be one of the documented values` }),
  );
}

export function IntField(o: FieldOptions & { min: number; max: number }): PropertyDecorator {
  return applyDecorators(doc(o, { type: 'integer', minimum: o.min, maximum: o.max }), ...presence(o), IsInt(), Min(o.min), Max(o.max));
}

/** ISO 8601 timestamp on the wire; a Date inside. */
export function DateTimeField(o: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: String, format: 'date-time' }),
    ...presence(o),
    IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be an ISO 8601 date-time' }),
  );
}

function IsCidr(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCidr',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'each value in $property must be an IPv4/IPv6 address or CIDR range', ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && v.length <= 64 && normalizeCidr(v) !== null },
    });
}

/** IP allow-list: addresses or CIDR ranges, normalised to CIDR. */
export function CidrListField(o: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: [String], example: ['203.0.113.0/24', '2001:db8::/32'], maxItems: 50 }),
    ...presence(o),
    IsArray(),
    ArrayMaxSize(50),
    IsCidr({ each: true }),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? (normalizeCidr(v) ?? v) : v)) : value,
    ),
  );
}
