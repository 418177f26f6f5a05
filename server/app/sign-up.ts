import { DomainError } from '../../domain/shared/domain-error';
import { createOrganization, type CreateOrganizationOptions } from './create-organization';
import type { Deps } from './deps';
import { startSession, type StartedSession } from './start-session';

/** Public sign-up: a new organisation with its owner, only when ALLOW_SIGNUP is on. */
export async function signUp(
  deps: Deps,
  options: CreateOrganizationOptions,
): Promise<StartedSession> {
  if (!deps.config.allowSignup) {
    throw new DomainError(
      'SIGNUP_DISABLED',
      'Sign-up is turned off on this server. Ask an owner for an invite.',
    );
  }
  return deps.storage.transaction(async (store) => {
    const { owner } = await createOrganization(deps, store, options);
    return startSession(deps, store, owner);
  });
}
