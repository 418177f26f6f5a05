import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { SurveyTiming } from '../../domain/situation/survey';
import type { OrganizationRecord } from '../storage/records';
import type { Actor, Deps } from './deps';

/**
 * The organisation's own settings: its name, how long after resolving to follow up, and
 * when the person gets the survey.
 */
export async function updateOrganization(
  deps: Deps,
  actor: Actor,
  change: {
    name?: string | undefined;
    followUpAfterHours?: number | undefined;
    surveyTiming?: SurveyTiming | undefined;
  },
): Promise<OrganizationRecord> {
  requirePermission(actor.role, 'organization.edit');
  return deps.storage.transaction(async (store) => {
    const org = await store.organizations.byId(actor.organizationId);
    if (!org) throw new DomainError('NOT_FOUND', 'There is no such organisation.');
    await store.organizations.update(org.id, change);
    return {
      ...org,
      ...(change.name !== undefined && { name: change.name }),
      ...(change.followUpAfterHours !== undefined && {
        followUpAfterHours: change.followUpAfterHours,
      }),
      ...(change.surveyTiming !== undefined && { surveyTiming: change.surveyTiming }),
    };
  });
}
