import { DomainError } from '../../domain/shared/domain-error';
import { createOrganization, type CreateOrganizationOptions } from './create-organization';
import type { Deps } from './deps';
import { startSession, type StartedSession } from './start-session';

/** First run: only while the database holds no organisation at all. */
export async function setUpFirstOrganization(
  deps: Deps,
  options: CreateOrganizationOptions,
): Promise<StartedSession> {
  return deps.storage.transaction(async (store) => {
    if ((await store.organizations.count()) > 0) {
      throw new DomainError(
        'ALREADY_SET_UP',
        'Turnaround is already set up here. Sign in instead.',
      );
    }
    const { owner } = await createOrganization(deps, store, options);
    return startSession(deps, store, owner);
  });
}
