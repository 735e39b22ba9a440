import { ALL_SCOPES, MEMBER_ROLES, MemberRole, Scope } from 'src/platform/auth/scopes';
import { CidrListField, DateTimeField, EnumArrayField, EnumField, TextField } from 'src/platform/http/validation';

export class CreateApiKeyDto {
  @TextField({ max: 100, example: 'Checkout server', description: 'A label to recognise the key by' })
  name!: string;

  @EnumArrayField(ALL_SCOPES, {
    minItems: 1,
    enumName: 'Scope',
    example: ['checkout:create'],
    description: 'What the key may do; at most the scopes the caller holds',
  })
  scopes!: Scope[];

  @EnumField(MEMBER_ROLES, {
    optional: true,
    description: 'Role the key acts with; defaults to the least role that covers its scopes',
  })
  role?: MemberRole;

  @CidrListField({ optional: true, nullable: true, description: 'Only these addresses/ranges may use the key (IPv4/IPv6 CIDR)' })
  allowedIps?: string[] | null;

  @DateTimeField({ optional: true, nullable: true, description: 'The key stops working at this instant (UTC)' })
  expiresAt?: string | null;
}
