import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'items[0].quantity', description: 'Path of the offending field' })
  field!: string;

  @ApiProperty({ example: 'quantity must be a positive integer' })
  message!: string;
}

/** The single error shape of every 4xx/5xx response. */
export class ErrorResponseDto {
  @ApiProperty({ example: 422 })
  statusCode!: number;

  @ApiProperty({ example: 'Unprocessable Entity', description: 'HTTP reason phrase' })
  error!: string;

  @ApiProperty({ example: 'invoice_not_draft', description: 'Stable snake_case machine code' })
  code!: string;

  @ApiProperty({ example: 'Only draft invoices can be issued' })
  message!: string;

  @ApiPropertyOptional({ type: [ErrorDetailDto] })
  details?: ErrorDetailDto[];

  @ApiProperty({ example: 'req_5f2b8c1a9d', description: 'Echo of X-Request-Id; quote it in support requests' })
  requestId!: string;
}
