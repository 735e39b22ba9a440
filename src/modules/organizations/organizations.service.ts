import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from 'src/platform/audit/audit.service';
import { DB, Db } from 'src/platform/database/db';
import { notFound } from 'src/platform/errors/api-error';
import { Page, PaginationQuery, toPage } from 'src/platform/http/pagination';
import type { Principal } from 'src/platform/tenancy/principal';
import type { CreateOrganizationDto } from './dto/create-organization.dto';
import type { OrganizationResponseDto } from './dto/organization.response.dto';
import { mapOrganization } from './organizations.mapper';
import { OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly repo: OrganizationsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(_p: Principal, q: PaginationQuery): Promise<Page<OrganizationResponseDto>> {
    const [rows, total] = await Promise.all([this.repo.list(q.limit, q.offset), this.repo.count()]);
    return toPage(rows.map(mapOrganization), total, q);
  }

  async create(p: Principal, dto: CreateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.db.transaction(async (tx) => {
      const row = await this.repo.insert({ name: dto.name, email: dto.email ?? null, country: dto.country ?? null }, tx);
      const after = mapOrganization(row);
      await this.audit.record(tx, p, {
        action: 'organization.create',
        targetType: 'organization',
        targetId: row.id,
        before: null,
        after,
        organizationId: row.id,
      });
      return after;
    });
  }

  /** The principal's own organization (the guard has already matched :orgId to it). */
  async getCurrent(p: Principal): Promise<OrganizationResponseDto> {
    const row = await this.repo.findById(p.scope.organizationId);
    if (!row) throw notFound('organization');
    return mapOrganization(row);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.repo.findById(id)) !== undefined;
  }
}
