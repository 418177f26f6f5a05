import { mailboxName } from '../../domain/mail/inbound-address';
import { DEFAULT_SURVEY_TIMING } from '../../domain/situation/survey';
import { DEFAULT_FOLLOW_UP_AFTER_HOURS } from '../../domain/situation/follow-through';
import { DEFAULT_CATEGORIES } from '../../domain/situation/vocabulary';
import { DomainError } from '../../domain/shared/domain-error';
import type { Store } from '../storage/store';
import type { UserRecord } from '../storage/records';
import { nowIso, type Deps } from './deps';

export interface CreateOrganizationOptions {
  organization: string;
  name: string;
  email: string;
  password: string;
}

/**
 * A new organisation with its owner and the seeded category list. Used by first-run setup,
 * public sign-up and `turnaround org:create`; runs inside the caller's transaction.
 */
export async function createOrganization(
  deps: Deps,
  store: Store,
  options: CreateOrganizationOptions,
): Promise<{ organizationId: string; owner: UserRecord }> {
  const email = options.email.trim().toLowerCase();
  if (await store.members.userByEmail(email)) {
    throw new DomainError('EMAIL_TAKEN', 'An account with this email already exists.', [
      { path: 'email', message: 'This email is already in use; sign in instead.' },
    ]);
  }
  const at = nowIso(deps);
  const organizationId = deps.newId();
  await store.organizations.insert({
    id: organizationId,
    name: options.organization.trim(),
    createdAt: at,
    followUpAfterHours: DEFAULT_FOLLOW_UP_AFTER_HOURS,
    surveyTiming: DEFAULT_SURVEY_TIMING,
    inboundMailbox: mailboxName(options.organization, organizationId.replace(/-/g, '').slice(-6)),
  });
  for (const [position, category] of DEFAULT_CATEGORIES.entries()) {
    await store.settings.insertCategory(organizationId, { ...category, position, archived: false });
  }
  const owner: UserRecord = {
    id: deps.newId(),
    organizationId,
    email,
    name: options.name.trim(),
    passwordHash: await deps.passwords.hash(options.password),
    role: 'owner',
    locationId: null,
    createdAt: at,
  };
  await store.members.insertUser(owner);
  return { organizationId, owner };
}
