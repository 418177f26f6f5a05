import { surveyExpiresAt } from '../../domain/situation/survey';
import type { SituationRecord } from '../storage/records';
import type { SurveyRecord } from '../storage/queries/surveys';
import type { Store } from '../storage/store';
import { nowIso, type Deps } from './deps';
import { surveyUrl } from './survey-link';

export interface OfferedSurvey {
  survey: SurveyRecord;
  url: string;
  /** Whether a job will email it: the party has an address and email is configured. */
  emailing: boolean;
}

/**
 * Creates a survey link for the situation's person, in the caller's transaction, and
 * schedules the email that carries it when there is somewhere to send it.
 */
export async function offerSurvey(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  options: { createdBy: string | null; email: boolean },
): Promise<OfferedSurvey> {
  const party = situation.partyId
    ? await store.parties.byId(situation.organizationId, situation.partyId)
    : undefined;
  const to = options.email ? (party?.email ?? null) : null;
  const at = nowIso(deps);
  const survey = {
    id: deps.newId(),
    organizationId: situation.organizationId,
    situationId: situation.id,
    to,
    createdAt: at,
    createdBy: options.createdBy,
    expiresAt: surveyExpiresAt(at),
  };
  await store.surveys.insert(survey);
  const emailing = to !== null && deps.mailer !== null;
  if (emailing)
    await deps.jobs.schedule(store, {
      name: 'survey.send',
      data: { organizationId: situation.organizationId, surveyId: survey.id },
      runAt: at,
    });
  return {
    survey: { ...survey, sentAt: null, answeredAt: null, answer: null },
    url: surveyUrl(deps, survey.id),
    emailing,
  };
}

/**
 * The survey the organisation sends by itself, at the moment it chose (the follow-up falling
 * due, or recorded): only to customers with an email address, once per resolution.
 */
export async function offerSurveyAutomatically(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  moment: 'follow_up_due' | 'follow_up_recorded',
): Promise<void> {
  const organization = await store.organizations.byId(situation.organizationId);
  if (organization?.surveyTiming !== moment || !deps.mailer || !situation.partyId) return;
  const party = await store.parties.byId(situation.organizationId, situation.partyId);
  if (party?.kind !== 'customer' || !party.email) return;
  const since = situation.resolvedAt ?? situation.openedAt;
  const earlier = await store.surveys.forSituation(situation.organizationId, situation.id);
  if (earlier.some((s) => s.createdBy === null && s.createdAt >= since)) return;
  await offerSurvey(deps, store, situation, { createdBy: null, email: true });
}
