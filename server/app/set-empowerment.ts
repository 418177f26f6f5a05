import { requirePermission } from '../../domain/access/permissions';
import type { Policy } from '../../domain/empowerment/policy';
import { DomainError } from '../../domain/shared/domain-error';
import type { Actor, Deps } from './deps';

/** Replaces the limits per role and member and the monthly budgets per location (owners). */
export async function setEmpowerment(deps: Deps, actor: Actor, policy: Policy) {
  requirePermission(actor.role, 'empowerment.manage');
  return deps.storage.transaction(async (store) => {
    const org = actor.organizationId;
    const members = await store.members.memberIds(org);
    for (const id of Object.keys(policy.members)) {
      if (!members.has(id))
        throw new DomainError('VALIDATION', 'A limit names someone outside the team.', [
          { path: `members.${id}`, message: 'Use the id of a member of this organisation.' },
        ]);
    }
    const locations = new Set((await store.settings.listLocations(org)).map((l) => l.id));
    for (const id of Object.keys(policy.monthlyBudgets)) {
      if (!locations.has(id))
        throw new DomainError('VALIDATION', 'A budget names a location that is not yours.', [
          { path: `budgets.${id}`, message: 'Use the id of one of your locations.' },
        ]);
    }
    await store.gestures.replacePolicy(org, policy);
    return { currency: await store.gestures.currencyOf(org), policy };
  });
}
