import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { ApiKeysService } from 'src/modules/api-keys/api-keys.service';
import { bearerToken, Identity } from '../identity';

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  async validate(req: FastifyRequest): Promise<Identity> {
    const key = await this.apiKeys.authenticate(bearerToken(req.headers.authorization) ?? '', req.ip);
    return { type: 'api_key', key };
  }
}
