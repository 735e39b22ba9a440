import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Principal } from 'src/platform/tenancy/principal';
import type { Role, Scope } from './scopes';

export const SCOPE_KEY = 'auth:scope';
export const ROLE_KEY = 'auth:role';
export const PUBLIC_KEY = 'auth:public';
export const BEARER = 'bearer';

/** The endpoint's scope. API keys must hold it explicitly; users get it through their role. */
export const RequireScope = (scope: Scope): MethodDecorator =>
  applyDecorators(
    SetMetadata(SCOPE_KEY, scope),
    ApiBearerAuth(BEARER),
    ApiExtension('x-required-scope', scope),
    ApiHeader({
      name: 'X-Organization-ID',
      required: false,
      description: 'System keys and dashboard sessions: the organization to act on. Organization API keys must not send it.',
    }),
  );

/** The endpoint's minimum role (Viewer < Editor < Admin < System). */
export const RequireRole = (role: Role): MethodDecorator =>
  applyDecorators(SetMetadata(ROLE_KEY, role), ApiBearerAuth(BEARER), ApiExtension('x-required-role', role));

export const Public = (): MethodDecorator => SetMetadata(PUBLIC_KEY, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<FastifyRequest>();
  return req.principal!;
});
