import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Role } from '../../domain/situation/vocabulary';
import type { InviteRecord } from '../storage/queries/members';
import { type Actor, type Deps } from './deps';

export const INVITE_DAYS = 7;

export async function inviteMember(
  deps: Deps,
  actor: Actor,
  options: { email: string; role: Role; locationId?: string | null | undefined },
): Promise<{ invite: InviteRecord; token: string; link: string }> {
  requirePermission(actor.role, 'members.manage');
  return deps.storage.transaction(async (store) => {
    if (await store.members.userByEmail(options.email)) {
      throw new DomainError('EMAIL_TAKEN', 'Someone already has an account with this email.', [
        { path: 'email', message: 'This email already belongs to a member.' },
      ]);
    }
    const locationId = options.locationId ?? null;
    if (locationId && !(await store.settings.locationInOrg(actor.organizationId, locationId))) {
      throw new DomainError('VALIDATION', 'That location does not exist.', [
        { path: 'locationId', message: 'Choose one of your locations.' },
      ]);
    }
    const now = deps.clock();
    const token = deps.secrets.newToken();
    const invite: InviteRecord = {
      id: deps.newId(),
      organizationId: actor.organizationId,
      email: options.email,
      role: options.role,
      locationId,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
      acceptedAt: null,
    };
    await store.members.insertInvite({ ...invite, tokenHash: deps.secrets.digest(token) });
    return { invite, token, link: `${deps.config.publicUrl}/invite/${token}` };
  });
}
