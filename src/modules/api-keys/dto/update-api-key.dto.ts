import { ALL_SCOPES, MEMBER_ROLES, MemberRole, Scope } from 'src/platform/auth/scopes';
import { CidrListField, DateTimeField, EnumArrayField, EnumField, TextField } from 'src/platform/http/validation';

/** Every field optional; an omitted field is left unchanged, null clears a nullable one. */
export class UpdateApiKeyDto {
  @TextField({ max: 100, optional: true })
  name?: string;

  @EnumArrayField(ALL_SCOPES, { optional: true, minItems: 1, enumName: 'Scope' })
  scopes?: Scope[];

  @EnumField(MEMBER_ROLES, { optional: true, description: 'Organization keys only' })
  role?: MemberRole;

  @CidrListField({ optional: true, nullable: true, description: 'null removes the restriction' })
  allowedIps?: string[] | null;

  @DateTimeField({ optional: true, nullable: true, description: 'null removes the expiry' })
  expiresAt?: string | null;
}
