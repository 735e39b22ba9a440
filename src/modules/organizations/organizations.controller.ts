import { Controller, Get } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireRole, RequireScope } from 'src/platform/auth/decorators';
import { Endpoint } from 'src/platform/http/endpoint.decorator';
import type { Principal } from 'src/platform/tenancy/principal';
import { OrganizationResponseDto } from './dto/organization.response.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('Organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get(':orgId')
  @RequireScope('organization:read')
  @RequireRole('Viewer')
  @ApiParam({ name: 'orgId', description: 'Organization ObjectId' })
  @Endpoint({ operationId: 'organizations_get', summary: 'Read organization details', response: OrganizationResponseDto, errors: [404] })
  get(@CurrentPrincipal() p: Principal): Promise<OrganizationResponseDto> {
    return this.organizations.getCurrent(p);
  }
}
