import { z } from 'zod';
import type { Deps } from './deps';
import { emitWebhookEvent, situationSubject } from './emit-webhook-event';
import { offerSurveyAutomatically } from './offer-survey';
import { link, responsible, type ReminderOutcome } from './reminder-recipient';

const ZFollowUpJob = z.object({
  organizationId: z.string(),
  situationId: z.string(),
  dueAt: z.string(),
});

/**
 * The follow-up has fallen due: webhooks hear of it, the person gets the survey when the
 * organisation sends it at this moment, and the owner is asked by email to check the fix held. Nothing is sent when the follow-up was made, moved or the situation reopened
 * since it was scheduled.
 */
export async function remindFollowUp(deps: Deps, data: unknown): Promise<ReminderOutcome> {
  const job = ZFollowUpJob.parse(data);
  const read = deps.storage.read;
  const situation = await read.situations.byId(job.organizationId, job.situationId);
  if (!situation || situation.status !== 'resolved' || situation.followUpDueAt !== job.dueAt)
    return 'stale';
  await deps.storage.transaction(async (store) => {
    await emitWebhookEvent(
      deps,
      store,
      job.organizationId,
      'follow_up.due',
      situationSubject(deps, situation, 'A follow-up is due', {
        dueAt: job.dueAt,
        ownerName: situation.ownerName,
      }),
      `follow_up.due:${situation.id}:${job.dueAt}`,
    );
    await offerSurveyAutomatically(deps, store, situation, 'follow_up_due');
  });
  const to = await responsible(deps, situation, situation.ownerId);
  if (!to) return 'no_recipient';
  if (!deps.mailer) return 'email_not_configured';
  await deps.mailer.send({
    to: to.email,
    subject: `Follow up: #${situation.number} ${situation.title}`,
    text: [
      `Hello ${to.name},`,
      '',
      `It is time to check that the fix held for "${situation.title}"${situation.partyName ? ` (${situation.partyName})` : ''}.`,
      'Get in touch, ask whether everything is still right, and record the follow-up:',
      link(deps, `/situations/${situation.id}`),
      '',
      'Turnaround',
    ].join('\n'),
  });
  return 'sent';
}
