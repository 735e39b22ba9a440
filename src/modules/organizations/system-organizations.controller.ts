import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRole } from 'src/platform/auth/decorators';
import { Endpoint } from 'src/platform/http/endpoint.decorator';
import { Page, PageOf, PaginationQuery } from 'src/platform/http/pagination';
import type { Principal } from 'src/platform/tenancy/principal';
import { CreateOrganizationDto } from './dto/create-organization.dto';
import { OrganizationResponseDto } from './dto/organization.response.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('System organizations')
@Controller('system/organizations')
export class SystemOrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @RequireRole('System')
  @Endpoint({ operationId: 'systemOrganizations_list', summary: 'List organizations', response: PageOf(OrganizationResponseDto) })
  list(@CurrentPrincipal() p: Principal, @Query() q: PaginationQuery): Promise<Page<OrganizationResponseDto>> {
    return this.organizations.list(p, q);
  }

  @Post()
  @RequireRole('System')
  @Endpoint({
    operationId: 'systemOrganizations_create',
    summary: 'Provision an organization',
    status: 201,
    response: OrganizationResponseDto,
    errors: [409],
  })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.organizations.create(p, dto);
  }
}
