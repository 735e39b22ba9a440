import type { OrganizationRow } from './organizations.schema';
import type { OrganizationResponseDto } from './dto/organization.response.dto';

export const mapOrganization = (o: OrganizationRow): OrganizationResponseDto => ({
  id: o.id,
  name: o.name,
  email: o.email,
  country: o.country,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});
