import { IsEmail, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from 'src/platform/http/validation';

export class CreateOrganizationDto {
  @TextField({ max: 200, example: 'Example GmbH' })
  name!: string;

  @ApiPropertyOptional({ example: 'billing@example.com', maxLength: 254 })
  @ValidateIf((_o, v) => v !== undefined)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: 'DE', description: 'ISO 3166-1 alpha-2 country of establishment' })
  @ValidateIf((_o, v) => v !== undefined)
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code (e.g. DE)' })
  country?: string;
}
