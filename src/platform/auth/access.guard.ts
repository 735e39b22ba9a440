import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { OrganizationsService } from 'src/modules/organizations/organizations.service';
import { ApiError, badRequest, ErrorCode, forbidden, notFound, unauthorized } from 'src/platform/errors/api-error';
import { isObjectId } from 'src/platform/http/object-id';
import { Principal, PrincipalInit } from 'src/platform/tenancy/principal';
import { PUBLIC_KEY, ROLE_KEY, SCOPE_KEY } from './decorators';
import { looksLikeApiKey } from './api-key-format';
import { bearerToken, cookieValue, Identity } from './identity';
import { Role, ROLE_SCOPES, roleAtLeast, Scope } from './scopes';

/** Runs one passport-custom strategy and lets its ApiError through unchanged. */
function strategyGuard(strategy: 'api-key' | 'jwt') {
  class StrategyGuard extends AuthGuard(strategy) {
    override handleRequest<T>(err: unknown, identity: T): T {
      if (err) throw err;
      if (!identity) throw unauthorized(ErrorCode.unauthenticated, 'Authentication failed');
      return identity;
    }
  }
  const guard = new StrategyGuard({ session: false, property: 'identity' });
  return async (ctx: ExecutionContext): Promise<Identity> => {
    await guard.canActivate(ctx);
    return ctx.switchToHttp().getRequest<FastifyRequest & { identity: Identity }>().identity;
  };
}

interface Requirement {
  scope?: Scope;
  role: Role;
}

/**
 * The one global guard: public routes pass; everything else is authenticated, bound to an
 * organization and mode, and must meet both the route's role and its scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  // The token's shape picks exactly one strategy, so its specific error reaches the client.
  private readonly apiKeyAuth = strategyGuard('api-key');
  private readonly jwtAuth = strategyGuard('jwt');

  constructor(
    private readonly reflector: Reflector,
    private readonly organizations: OrganizationsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const need: Requirement = {
      scope: this.reflector.getAllAndOverride<Scope | undefined>(SCOPE_KEY, targets),
      role: this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, targets) ?? 'Viewer',
    };
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      throw unauthorized(ErrorCode.unauthenticated, 'Send an API key or access token as "Authorization: Bearer <token>"');
    }
    const identity = await (looksLikeApiKey(token) ? this.apiKeyAuth : this.jwtAuth)(ctx);
    const init = await this.resolve(identity, req, need);
    if (!roleAtLeast(init.role, need.role)) {
      throw forbidden(ErrorCode.insufficientRole, `This endpoint requires the ${need.role} role`);
    }
    if (need.scope && !init.scopes.has(need.scope)) {
      throw forbidden(ErrorCode.missingScope, `This endpoint requires the ${need.scope} scope`);
    }
    req.principal = new Principal(init);
    return true;
  }

  private async resolve(identity: Identity, req: FastifyRequest, need: Requirement): Promise<PrincipalInit> {
    const routeOrg = this.idFrom((req.params as Record<string, string> | undefined)?.orgId, 'orgId');
    const headerOrg = this.idFrom(this.header(req, 'x-organization-id'), 'X-Organization-ID');
    const needsOrg = need.role !== 'System';
    const base = { requestId: String(req.id) };

    if (identity.type === 'api_key' && identity.key.kind === 'organization') {
      const key = identity.key;
      if (headerOrg !== undefined) {
        throw badRequest(
          ErrorCode.organizationHeaderNotAllowed,
          'Organization API keys are bound to their organization: do not send X-Organization-ID',
        );
      }
      if (routeOrg !== undefined && routeOrg !== key.organizationId) throw notFound('organization');
      return { ...base, kind: 'api_key', organizationId: key.organizationId, livemode: key.livemode, role: key.role, scopes: key.scopes, actorId: key.id, apiKeyId: key.id };
    }

    if (identity.type === 'api_key') {
      const key = identity.key;
      const organizationId = needsOrg ? await this.existingOrg(routeOrg ?? headerOrg) : null;
      return { ...base, kind: 'system_key', organizationId, livemode: key.livemode, role: 'System', scopes: key.scopes, actorId: key.id, apiKeyId: key.id };
    }

    const user = identity.user;
    const livemode = this.mode(req);
    if (!needsOrg) {
      const role: Role = user.isPlatformAdmin ? 'System' : 'Viewer';
      return { ...base, kind: 'user', organizationId: null, livemode, role, scopes: ROLE_SCOPES[role], actorId: user.id, apiKeyId: null };
    }
    const organizationId =
      routeOrg ?? this.idFrom(cookieValue(req.headers.cookie, 'selectedOrganization'), 'selectedOrganization') ?? headerOrg;
    if (!organizationId) {
      throw badRequest(ErrorCode.organizationRequired, 'Select an organization (route, selectedOrganization cookie or X-Organization-ID)');
    }
    const role = user.memberships.get(organizationId);
    if (!role) throw notFound('organization');
    return { ...base, kind: 'user', organizationId, livemode, role, scopes: ROLE_SCOPES[role], actorId: user.id, apiKeyId: null };
  }

  private async existingOrg(id: string | undefined): Promise<string> {
    if (!id) {
      throw badRequest(ErrorCode.organizationRequired, 'System keys must name the organization with X-Organization-ID');
    }
    if (!(await this.organizations.exists(id))) throw notFound('organization');
    return id;
  }

  private header(req: FastifyRequest, name: string): string | undefined {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  }

  private idFrom(value: string | undefined, field: string): string | undefined {
    if (value === undefined || value === '') return undefined;
    if (!isObjectId(value)) {
      throw new ApiError(400, ErrorCode.invalidId, `${field} must be a 24-character hex ObjectId`, [
        { field, message: 'must be a 24-character hex ObjectId' },
      ]);
    }
    return value.toLowerCase();
  }

  /** Sessions act on live data unless they ask for test data. */
  private mode(req: FastifyRequest): boolean {
    const mode = this.header(req, 'x-mode');
    if (mode === undefined || mode === 'live') return true;
    if (mode === 'test') return false;
    throw badRequest(ErrorCode.invalidMode, 'X-Mode must be "live" or "test"');
  }
}
