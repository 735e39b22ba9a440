import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRole } from 'src/platform/auth/decorators';
import { Endpoint } from 'src/platform/http/endpoint.decorator';
import { ObjectIdPipe } from 'src/platform/http/object-id.pipe';
import { Page, PageOf, PaginationQuery } from 'src/platform/http/pagination';
import type { Principal } from 'src/platform/tenancy/principal';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponseDto, ApiKeyWithSecretResponseDto, DeletedResponseDto } from './dto/api-key.response.dto';
import { CreateSystemApiKeyDto } from './dto/create-system-api-key.dto';
import { RotateApiKeyDto } from './dto/rotate-api-key.dto';
import { UpdateApiKeyDto } from './dto/update-api-key.dto';

const system = ApiKeysService.systemOwner;

@ApiTags('System API keys')
@Controller('system/api-keys')
export class SystemApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @RequireRole('System')
  @Endpoint({ operationId: 'systemApiKeys_list', summary: 'List system API keys', response: PageOf(ApiKeyResponseDto) })
  list(@CurrentPrincipal() p: Principal, @Query() q: PaginationQuery): Promise<Page<ApiKeyResponseDto>> {
    return this.apiKeys.list(p, system, q);
  }

  @Post()
  @RequireRole('System')
  @Endpoint({
    operationId: 'systemApiKeys_create',
    summary: 'Create system API key',
    description: 'Returns the full key once.',
    status: 201,
    response: ApiKeyWithSecretResponseDto,
    errors: [409, 422],
  })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateSystemApiKeyDto): Promise<ApiKeyWithSecretResponseDto> {
    return this.apiKeys.createSystemKey(p, dto);
  }

  @Get(':id')
  @RequireRole('System')
  @Endpoint({ operationId: 'systemApiKeys_get', summary: 'Get system API key', response: ApiKeyResponseDto, errors: [404] })
  get(@CurrentPrincipal() p: Principal, @Param('id', ObjectIdPipe) id: string): Promise<ApiKeyResponseDto> {
    return this.apiKeys.get(p, system, id);
  }

  @Put(':id')
  @RequireRole('System')
  @Endpoint({
    operationId: 'systemApiKeys_update',
    summary: 'Update system API key metadata / scopes',
    response: ApiKeyResponseDto,
    errors: [404, 409, 422],
  })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() dto: UpdateApiKeyDto,
  ): Promise<ApiKeyResponseDto> {
    return this.apiKeys.update(p, system, id, dto);
  }

  @Delete(':id')
  @RequireRole('System')
  @Endpoint({ operationId: 'systemApiKeys_delete', summary: 'Delete system API key', response: DeletedResponseDto, errors: [404] })
  remove(@CurrentPrincipal() p: Principal, @Param('id', ObjectIdPipe) id: string): Promise<DeletedResponseDto> {
    return this.apiKeys.remove(p, system, id);
  }

  @Post(':id/revoke')
  @RequireRole('System')
  @Endpoint({ operationId: 'systemApiKeys_revoke', summary: 'Revoke system API key', response: ApiKeyResponseDto, errors: [404, 409] })
  revoke(@CurrentPrincipal() p: Principal, @Param('id', ObjectIdPipe) id: string): Promise<ApiKeyResponseDto> {
    return this.apiKeys.revoke(p, system, id);
  }

  @Post(':id/rotate')
  @RequireRole('System')
  @Endpoint({
    operationId: 'systemApiKeys_rotate',
    summary: 'Rotate system API key',
    response: ApiKeyWithSecretResponseDto,
    errors: [404, 409],
  })
  rotate(
    @CurrentPrincipal() p: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() dto: RotateApiKeyDto,
  ): Promise<ApiKeyWithSecretResponseDto> {
    return this.apiKeys.rotate(p, system, id, dto);
  }
}
