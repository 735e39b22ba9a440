import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { UsersService } from 'src/modules/users/users.service';
import { ErrorCode, unauthorized } from 'src/platform/errors/api-error';
import { isObjectId } from 'src/platform/http/object-id';
import { bearerToken, Identity } from '../identity';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/** Dashboard sessions: HS256 access tokens signed with JWT_SECRET. Issuing them is the sign-in module's job. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {
    super();
  }

  async validate(req: FastifyRequest): Promise<Identity> {
    const token = bearerToken(req.headers.authorization) ?? '';
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch (err) {
      const expired = (err as Error).name === 'TokenExpiredError';
      throw unauthorized(ErrorCode.invalidToken, expired ? 'The access token has expired' : 'The access token is not valid');
    }
    if (claims.typ !== 'access' || !isObjectId(claims.sub)) {
      throw unauthorized(ErrorCode.invalidToken, 'The access token is not valid');
    }
    const user = await this.users.findForSession(claims.sub);
    if (!user) throw unauthorized(ErrorCode.invalidToken, 'The access token is not valid');
    return { type: 'user', user };
  }
}
