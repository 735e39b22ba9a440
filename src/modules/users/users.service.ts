import { Injectable } from '@nestjs/common';
import type { MemberRole } from 'src/platform/auth/scopes';
import { UsersRepository } from './users.repository';

export interface SessionUser {
  id: string;
  email: string;
  isPlatformAdmin: boolean;
  /** organizationId → role */
  memberships: ReadonlyMap<string, MemberRole>;
}

@Injectable()
export class UsersService {
  constructor(private readonly repo: UsersRepository) {}

  /** The user behind a session, with every membership, or undefined if the user is gone. */
  async findForSession(userId: string): Promise<SessionUser | undefined> {
    const [user, rows] = await Promise.all([this.repo.findById(userId), this.repo.membershipsOf(userId)]);
    if (!user) return undefined;
    return {
      id: user.id,
      email: user.email,
      isPlatformAdmin: user.isPlatformAdmin,
      memberships: new Map(rows.map((m) => [m.organizationId, m.role])),
    };
  }
}
