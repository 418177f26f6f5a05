import { DomainError } from '../../domain/shared/domain-error';
import { surveyState, type SurveyState } from '../../domain/situation/survey';
import type { SurveyRecord } from '../storage/queries/surveys';
import type { Store } from '../storage/store';
import { nowIso, type Deps } from './deps';
import { surveyIdOf } from './survey-link';

export interface SurveyPage {
  organization: string;
  /** The person's first name, to greet them; nothing else about the situation leaves. */
  firstName: string | null;
  state: SurveyState;
  expiresAt: string;
}

/**
 * What the public survey page shows. Reading it records nothing: a mail scanner that follows
 * the link changes no answer.
 */
export async function readSurvey(deps: Deps, token: string): Promise<SurveyPage> {
  const read = deps.storage.read;
  const survey = await surveyOfToken(deps, read, token);
  const organization = await read.organizations.byId(survey.organizationId);
  const situation = await read.situations.byId(survey.organizationId, survey.situationId);
  return {
    organization: organization?.name ?? '',
    firstName: situation?.partyName?.split(/\s+/)[0] ?? null,
    state: surveyState(survey, nowIso(deps)),
    expiresAt: survey.expiresAt,
  };
}

/** The survey a link stands for; a link that is not ours, or unknown, is simply not found. */
export async function surveyOfToken(
  deps: Deps,
  store: Store,
  token: string,
): Promise<SurveyRecord> {
  const id = surveyIdOf(deps, token);
  const survey = id ? await store.surveys.byId(id) : undefined;
  if (!survey) throw new DomainError('NOT_FOUND', 'This survey link is not valid.');
  return survey;
}
