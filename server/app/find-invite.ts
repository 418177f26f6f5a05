import { DomainError } from '../../domain/shared/domain-error';
import type { Store } from '../storage/store';
import type { Deps } from './deps';

/** An invite that can still be accepted, or a refusal that says why not. */
export async function findOpenInvite(deps: Deps, token: string, store: Store = deps.storage.read) {
  const invite = await store.members.inviteByTokenHash(deps.secrets.digest(token));
  if (!invite || invite.acceptedAt) {
    throw new DomainError(
      'INVITE_INVALID',
      'This invite link is not valid or has already been used.',
    );
  }
  if (invite.expiresAt <= deps.clock().toISOString()) {
    throw new DomainError(
      'INVITE_INVALID',
      'This invite has expired. Ask the owner for a new one.',
    );
  }
  return invite;
}
