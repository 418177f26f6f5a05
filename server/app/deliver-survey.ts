import { z } from 'zod';
import { surveyState } from '../../domain/situation/survey';
import { nowIso, type Deps } from './deps';
import { loadSituation } from './load-situation';
import { recordSituationEvent } from './record-situation-event';
import { surveyUrl } from './survey-link';
import { situationReplyAddress } from './inbound-address';

const ZSurveyJob = z.object({ organizationId: z.string(), surveyId: z.string() });

/**
 * Emails the survey link to the person, then notes on the timeline that it went. A survey
 * already sent, answered or expired is left alone.
 */
export async function deliverSurvey(deps: Deps, data: unknown): Promise<'sent' | 'stale'> {
  const job = ZSurveyJob.parse(data);
  const mailer = deps.mailer;
  if (!mailer) throw new Error('Email is not set up (SMTP_URL), so the survey cannot be sent.');
  const read = deps.storage.read;
  const survey = await read.surveys.byId(job.surveyId);
  if (
    !survey ||
    survey.organizationId !== job.organizationId ||
    !survey.to ||
    survey.sentAt ||
    surveyState(survey, nowIso(deps)) !== 'open'
  )
    return 'stale';
  const organization = await read.organizations.byId(survey.organizationId);
  const situation = await read.situations.byId(survey.organizationId, survey.situationId);
  if (!organization || !situation) return 'stale';
  const name = situation.partyName?.split(/\s+/)[0];
  const replyTo = situationReplyAddress(deps, organization, situation.number);
  await mailer.send({
    to: survey.to,
    ...(replyTo && { replyTo }),
    subject: `Did we put it right? ${organization.name}`,
    text: [
      name ? `Hello ${name},` : 'Hello,',
      '',
      `Not long ago something went wrong for you with ${organization.name}, and we tried to put it right.`,
      'Did we? Three quick questions, a minute at most:',
      '',
      surveyUrl(deps, survey.id),
      '',
      `The link works once, until ${survey.expiresAt.slice(0, 10)}.`,
      '',
      `Thank you — ${organization.name}`,
    ].join('\n'),
  });
  await deps.storage.transaction(async (store) => {
    if (!(await store.surveys.markSent(survey.id, nowIso(deps)))) return;
    const current = await loadSituation(store, survey.organizationId, survey.situationId);
    await recordSituationEvent(deps, store, current, {
      type: 'survey_sent',
      situationId: current.id,
      at: nowIso(deps),
      actorId: survey.createdBy,
      data: { surveyId: survey.id, to: survey.to },
    });
  });
  return 'sent';
}
