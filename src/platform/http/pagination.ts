import { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_LIMIT = 100;

export class PaginationQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1, description: 'Page number, starting at 1' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: 50, description: 'Items per page' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = 50;

  get offset(): number {
    return (this.page - 1) * this.limit;
  }
}

export class PaginationMetaDto {
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) limit!: number;
  @ApiProperty({ example: 120 }) total!: number;
  @ApiProperty({ example: 3 }) totalPages!: number;
}

export interface Page<T> {
  data: T[];
  pagination: PaginationMetaDto;
}

export function toPage<T>(data: T[], total: number, query: PaginationQuery): Page<T> {
  return { data, pagination: { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) } };
}

const pageClasses = new Map<NestType<unknown>, NestType<Page<unknown>>>();

/** A named `{ data: Item[], pagination }` class for Swagger, one per item type. */
export function PageOf<T>(item: NestType<T>): NestType<Page<T>> {
  const cached = pageClasses.get(item);
  if (cached) return cached as NestType<Page<T>>;
  class PageDto {
    @ApiProperty({ type: [item] }) data!: T[];
    @ApiProperty({ type: PaginationMetaDto }) pagination!: PaginationMetaDto;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/ResponseDto$|Dto$/, '')}PageDto` });
  pageClasses.set(item, PageDto as NestType<Page<unknown>>);
  return PageDto;
}
