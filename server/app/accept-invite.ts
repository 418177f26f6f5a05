import { DomainError } from '../../domain/shared/domain-error';
import { nowIso, type Deps } from './deps';
import { findOpenInvite } from './find-invite';
import { startSession, type StartedSession } from './start-session';

export async function acceptInvite(
  deps: Deps,
  options: { token: string; name: string; password: string },
): Promise<StartedSession> {
  const passwordHash = await deps.passwords.hash(options.password);
  return deps.storage.transaction(async (store) => {
    const invite = await findOpenInvite(deps, options.token, store);
    if (await store.members.userByEmail(invite.email)) {
      throw new DomainError(
        'EMAIL_TAKEN',
        'An account with this email already exists. Sign in instead.',
      );
    }
    const at = nowIso(deps);
    const user = {
      id: deps.newId(),
      organizationId: invite.organizationId,
      email: invite.email,
      name: options.name,
      passwordHash,
      role: invite.role,
      locationId: invite.locationId,
      createdAt: at,
    };
    await store.members.insertUser(user);
    await store.members.markInviteAccepted(invite.id, at);
    return startSession(deps, store, user);
  });
}
