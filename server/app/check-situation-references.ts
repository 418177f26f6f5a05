import { DomainError, type FieldProblem } from '../../domain/shared/domain-error';
import type { SituationDetails } from '../../domain/situation/situation';
import type { Store } from '../storage/store';

/**
 * Every id a situation points at must belong to the same organisation; anything else is
 * answered as if it did not exist, so no organisation can probe another's ids. Archived
 * locations and categories stay on the situations that have them but are not chosen anew.
 * Returns the party's and the owner's names, which situations show and search without a join.
 */
export async function checkSituationReferences(
  store: Store,
  organizationId: string,
  details: Partial<SituationDetails>,
): Promise<{ partyName: string | null | undefined; ownerName: string | null | undefined }> {
  const problems: FieldProblem[] = [];
  let partyName: string | null | undefined;
  let ownerName: string | null | undefined;
  if (details.partyId !== undefined) {
    if (details.partyId === null) partyName = null;
    else {
      const party = await store.parties.byId(organizationId, details.partyId);
      if (party) partyName = party.name;
      else problems.push({ path: 'partyId', message: 'There is no such party.' });
    }
  }
  if (details.locationId) {
    const location = await store.settings.locationInOrg(organizationId, details.locationId);
    if (!location) problems.push({ path: 'locationId', message: 'There is no such location.' });
    else if (location.archived) {
      problems.push({
        path: 'locationId',
        message: 'This location is archived; choose one in use.',
      });
    }
  }
  if (details.ownerId !== undefined) {
    if (details.ownerId === null) ownerName = null;
    else {
      const owner = await store.members.userInOrg(organizationId, details.ownerId);
      if (owner) ownerName = owner.name;
      else problems.push({ path: 'ownerId', message: 'There is no such member.' });
    }
  }
  if (details.category) {
    const categories = await store.settings.listCategories(organizationId);
    const category = categories.find((c) => c.key === details.category);
    if (!category || category.archived) {
      problems.push({
        path: 'category',
        message: `Use one of: ${categories
          .filter((c) => !c.archived)
          .map((c) => c.key)
          .join(', ')}.`,
      });
    }
  }
  if (problems.length > 0) {
    throw new DomainError('VALIDATION', problems.map((p) => p.message).join(' '), problems);
  }
  return { partyName, ownerName };
}
