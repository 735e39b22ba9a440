import { ApiProperty } from '@nestjs/swagger';

export class OrganizationResponseDto {
  @ApiProperty({ example: '507f1f77bcf86cd799439012' }) id!: string;
  @ApiProperty({ example: 'Example GmbH' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'billing@example.com' }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'DE' }) country!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}
