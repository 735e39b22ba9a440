import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRole, RequireScope } from 'src/platform/auth/decorators';
import { Endpoint } from 'src/platform/http/endpoint.decorator';
import { ObjectIdPipe } from 'src/platform/http/object-id.pipe';
import { Page, PageOf, PaginationQuery } from 'src/platform/http/pagination';
import type { Principal } from 'src/platform/tenancy/principal';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { ApiKeyResponseDto, ApiKeyWithSecretResponseDto, DeletedResponseDto } from './dto/api-key.response.dto';
import { RotateApiKeyDto } from './dto/rotate-api-key.dto';
import { UpdateApiKeyDto } from './dto/update-api-key.dto';

const owner = ApiKeysService.organizationOwner;

@ApiTags('API keys')
@Controller('organizations/:orgId/api-keys')
export class OrganizationApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @RequireScope('api_key:read')
  @RequireRole('Viewer')
  @Endpoint({ operationId: 'apiKeys_list', summary: 'List organization API keys', response: PageOf(ApiKeyResponseDto), errors: [404] })
  list(@CurrentPrincipal() p: Principal, @Query() q: PaginationQuery): Promise<Page<ApiKeyResponseDto>> {
    return this.apiKeys.list(p, owner(p), q);
  }

  @Post()
  @RequireScope('api_key:create')
  @RequireRole('Admin')
  @Endpoint({
    operationId: 'apiKeys_create',
    summary: 'Create organization API key',
    description: 'Returns the full key once. The key acts in the mode of the caller (live or test).',
    status: 201,
    response: ApiKeyWithSecretResponseDto,
    errors: [404, 409, 422],
  })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateApiKeyDto): Promise<ApiKeyWithSecretResponseDto> {
    return this.apiKeys.createOrganizationKey(p, owner(p), dto);
  }

  @Get(':id')
  @RequireScope('api_key:read')
  @RequireRole('Viewer')
  @Endpoint({ operationId: 'apiKeys_get', summary: 'Get organization API key details', response: ApiKeyResponseDto, errors: [404] })
  get(@CurrentPrincipal() p: Principal, @Param('id', ObjectIdPipe) id: string): Promise<ApiKeyResponseDto> {
    return this.apiKeys.get(p, owner(p), id);
  }

  @Put(':id')
  @RequireScope('api_key:update')
  @RequireRole('Admin')
  @Endpoint({
    operationId: 'apiKeys_update',
    summary: 'Update API key metadata / scopes',
    response: ApiKeyResponseDto,
    errors: [404, 409, 422],
  })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() dto: UpdateApiKeyDto,
  ): Promise<ApiKeyResponseDto> {
    return this.apiKeys.update(p, owner(p), id, dto);
  }

  @Delete(':id')
  @RequireScope('api_key:delete')
  @RequireRole('Admin')
  @Endpoint({ operationId: 'apiKeys_delete', summary: 'Delete API key', response: DeletedResponseDto, errors: [404] })
  remove(@CurrentPrincipal() p: Principal, @Param('id', ObjectIdPipe) id: string): Promise<DeletedResponseDto> {
    return this.apiKeys.remove(p, owner(p), id);
  }

  @Post(':id/revoke')
  @RequireScope('api_key:execute')
  @RequireRole('Admin')
  @Endpoint({ operationId: 'apiKeys_revoke', summary: 'Revoke API key', response: ApiKeyResponseDto, errors: [404, 409] })
  revoke(@CurrentPrincipal() p: Principal, @Param('id', ObjectIdPipe) id: string): Promise<ApiKeyResponseDto> {
    return this.apiKeys.revoke(p, owner(p), id);
  }

  @Post(':id/rotate')
  @RequireScope('api_key:execute')
  @RequireRole('Admin')
  @Endpoint({
    operationId: 'apiKeys_rotate',
    summary: 'Rotate API key (issues new secret)',
    description: 'Returns the new full key once; the old secret keeps working for `gracePeriodSeconds`.',
    response: ApiKeyWithSecretResponseDto,
    errors: [404, 409],
  })
  rotate(
    @CurrentPrincipal() p: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() dto: RotateApiKeyDto,
  ): Promise<ApiKeyWithSecretResponseDto> {
    return this.apiKeys.rotate(p, owner(p), id, dto);
  }
}
