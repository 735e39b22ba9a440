import { ApiProperty } from '@nestjs/swagger';
import { ALL_SCOPES, Role, Scope } from 'src/platform/auth/scopes';

export class ApiKeyResponseDto {
  @ApiProperty({ example: '507f1f77bcf86cd799439011' }) id!: string;
  @ApiProperty({ enum: ['organization', 'system'] }) kind!: 'organization' | 'system';
  @ApiProperty({ type: String, nullable: true, example: '507f1f77bcf86cd799439012' }) organizationId!: string | null;
  @ApiProperty({ enum: ['live', 'test'] }) mode!: 'live' | 'test';
  @ApiProperty() livemode!: boolean;
  @ApiProperty({ example: 'Checkout server' }) name!: string;
  @ApiProperty({ example: 'sk_live_507f1f77bcf86cd799439011', description: 'The non-secret part of the key' })
  prefix!: string;
  @ApiProperty({ enum: ['Viewer', 'Editor', 'Admin', 'System'] }) role!: Role;
  @ApiProperty({ enum: ALL_SCOPES, enumName: 'Scope', isArray: true }) scopes!: Scope[];
  @ApiProperty({ type: [String], nullable: true }) allowedIps!: string[] | null;
  @ApiProperty({ enum: ['active', 'revoked', 'expired'] }) status!: 'active' | 'revoked' | 'expired';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until then the secret before the last rotation still works',
  })
  previousSecretExpiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export class ApiKeyWithSecretResponseDto extends ApiKeyResponseDto {
  @ApiProperty({
    example: 'sk_live_507f1f77bcf86cd799439011.Xy9…',
    description: 'The full key. Shown only in this response: store it now',
  })
  key!: string;
}

export class DeletedResponseDto {
  @ApiProperty({ example: '507f1f77bcf86cd799439011' }) id!: string;
  @ApiProperty({ example: true }) deleted!: boolean;
}
