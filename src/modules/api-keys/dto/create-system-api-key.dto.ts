import { ALL_SCOPES, Scope } from 'src/platform/auth/scopes';
import { CidrListField, DateTimeField, EnumArrayField, EnumField, TextField } from 'src/platform/http/validation';

export class CreateSystemApiKeyDto {
  @TextField({ max: 100, example: 'Provisioning pipeline' })
  name!: string;

  @EnumArrayField(ALL_SCOPES, {
    optional: true,
    minItems: 1,
    enumName: 'Scope',
    description: 'Scopes used when the key acts on an organization; defaults to the caller’s scopes',
  })
  scopes?: Scope[];

  @EnumField(['live', 'test'] as const, {
    optional: true,
    description: 'sk_live_ or sk_test_; defaults to the calling key’s mode',
  })
  mode?: 'live' | 'test';

  @CidrListField({ optional: true, nullable: true })
  allowedIps?: string[] | null;

  @DateTimeField({ optional: true, nullable: true })
  expiresAt?: string | null;
}
