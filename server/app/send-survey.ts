import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';
import { loadSituation } from './load-situation';
import { offerSurvey, type OfferedSurvey } from './offer-survey';

/**
 * A member asks the person for their view now, whatever the organisation's survey timing:
 * by email when the party has an address (and email is set up), and always as a link to
 * hand over another way (a text message, a QR code at the till).
 */
export async function sendSurvey(
  deps: Deps,
  actor: Actor,
  situationId: string,
  options: { email: boolean },
): Promise<OfferedSurvey> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const situation = await loadSituation(store, actor.organizationId, situationId);
    return offerSurvey(deps, store, situation, { createdBy: actor.userId, email: options.email });
  });
}
