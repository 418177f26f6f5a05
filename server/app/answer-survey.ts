import { DomainError } from '../../domain/shared/domain-error';
import {
  describeAnswer,
  isLowScore,
  surveyState,
  type SurveyAnswer,
} from '../../domain/situation/survey';
import { nowIso, type Deps } from './deps';
import { emitWebhookEvent, situationSubject } from './emit-webhook-event';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';
import { surveyOfToken } from './read-survey';
import { recordSituationEvent } from './record-situation-event';
import { reopenOnTheirWord } from './reopen-on-their-word';

/**
 * The person's answer, from the public page: stored once per link, put on the timeline and
 * sent to webhooks. A low one (1–2, or "you did not put it right") reopens the situation and
 * tells its owner by email.
 */
export async function answerSurvey(
  deps: Deps,
  token: string,
  answer: SurveyAnswer,
): Promise<{ low: boolean }> {
  return deps.storage.transaction(async (store) => {
    const survey = await surveyOfToken(deps, store, token);
    const at = nowIso(deps);
    const state = surveyState(survey, at);
    if (state === 'answered')
      throw new DomainError('SURVEY_ANSWERED', 'This survey has been answered already. Thank you!');
    if (state === 'expired')
      throw new DomainError('SURVEY_EXPIRED', 'This survey link has expired.');
    if (!(await store.surveys.answer(survey.id, answer, at)))
      throw new DomainError('SURVEY_ANSWERED', 'This survey has been answered already. Thank you!');

    const low = isLowScore(answer);
    let situation = await loadSituation(store, survey.organizationId, survey.situationId);
    situation = await recordSituationEvent(deps, store, situation, {
      type: 'survey_answered',
      situationId: situation.id,
      at,
      actorId: null,
      data: { ...answer, surveyId: survey.id, low },
    });
    const reopening = low && situation.status !== 'open';
    if (reopening) {
      const playbook = await loadPlaybook(store, {
        id: situation.playbookId,
        version: situation.playbookVersion,
      });
      situation = await reopenOnTheirWord(
        deps,
        store,
        situation,
        playbook,
        `The survey came back low (${describeAnswer(answer)}).`,
      );
    }
    await emitWebhookEvent(
      deps,
      store,
      situation.organizationId,
      'survey.answered',
      situationSubject(deps, situation, `A survey was answered: ${describeAnswer(answer)}`, {
        ...answer,
        low,
        reopened: reopening,
      }),
    );
    if (low)
      await deps.jobs.schedule(store, {
        name: 'survey.tell_owner',
        data: { organizationId: situation.organizationId, surveyId: survey.id },
        runAt: at,
      });
    return { low };
  });
}
