import { z } from 'zod';
import { describeAnswer } from '../../domain/situation/survey';
import type { Deps } from './deps';
import { link, responsible, type ReminderOutcome } from './reminder-recipient';

const ZTellOwnerJob = z.object({ organizationId: z.string(), surveyId: z.string() });

/** A survey came back low: the situation's owner hears it by email, with what the person said. */
export async function tellOwnerAboutSurvey(deps: Deps, data: unknown): Promise<ReminderOutcome> {
  const job = ZTellOwnerJob.parse(data);
  const read = deps.storage.read;
  const survey = await read.surveys.byId(job.surveyId);
  if (!survey?.answer || survey.organizationId !== job.organizationId) return 'stale';
  const situation = await read.situations.byId(survey.organizationId, survey.situationId);
  if (!situation) return 'stale';
  const to = await responsible(deps, situation, situation.ownerId);
  if (!to) return 'no_recipient';
  if (!deps.mailer) return 'email_not_configured';
  const who = situation.partyName ?? 'The person';
  await deps.mailer.send({
    to: to.email,
    subject: `Survey came back low: #${situation.number} ${situation.title}`,
    text: [
      `Hello ${to.name},`,
      '',
      `${who} answered the survey for "${situation.title}": ${describeAnswer(survey.answer)}.`,
      ...(survey.answer.comment ? ['', `"${survey.answer.comment}"`] : []),
      '',
      situation.status === 'open'
        ? 'The situation is open again: the fix did not hold for them. Get back in touch:'
        : 'Have a look:',
      link(deps, `/situations/${situation.id}`),
      '',
      'Turnaround',
    ].join('\n'),
  });
  return 'sent';
}
