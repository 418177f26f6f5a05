import { requirePermission } from '../../domain/access/permissions';
import { analyze } from '../../domain/coach/analyze';
import { coolDownFor } from '../../domain/situation/cool-down';
import { DomainError } from '../../domain/shared/domain-error';
import type { ReplyRecord } from '../storage/queries/replies';
import { coachContextOf } from './coach-context';
import { nowIso, type Actor, type Deps } from './deps';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';

/**
 * A reply to be emailed to the person. It is held for a cool-down first (a minute; five
 * when they are angry or the coach finds blame or a non-apology), with Undo and Send now;
 * a job sends it when the time is up (deliver-reply.ts).
 */
export async function sendReply(
  deps: Deps,
  actor: Actor,
  situationId: string,
  text: string,
): Promise<ReplyRecord> {
  requirePermission(actor.role, 'situations.work');
  if (!deps.mailer) {
    throw new DomainError(
      'EMAIL_NOT_CONFIGURED',
      'Email is not set up on this Turnaround (SMTP_URL), so replies cannot be sent from here. Copy the reply into your own email, then log it as sent.',
    );
  }
  return deps.storage.transaction(async (store) => {
    const situation = await loadSituation(store, actor.organizationId, situationId);
    if (situation.status === 'closed') {
      throw new DomainError('SITUATION_CLOSED', 'This situation is closed. Reopen it to reply.');
    }
    const party = situation.partyId
      ? await store.parties.byId(actor.organizationId, situation.partyId)
      : undefined;
    if (!party?.email) {
      throw new DomainError(
        'NO_EMAIL_ADDRESS',
        party
          ? `${party.name} has no email address. Add one to their details, then send.`
          : 'This situation has no party yet. Choose who it is (with an email address), then send.',
      );
    }
    const playbook = await loadPlaybook(store, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    const coach = analyze(text, { ...coachContextOf(situation, playbook), role: 'agent' });
    const coolDown = coolDownFor(coach, situation.mood);
    const earlier = await store.replies.ofSituation(actor.organizationId, situation.id);
    const organization = await store.organizations.byId(actor.organizationId);
    // A reply taken back never reached them: the thread starts with the first that did, or will.
    const first = earlier.find((r) => r.status !== 'cancelled');
    const now = nowIso(deps);
    const reply: ReplyRecord = {
      id: deps.newId(),
      organizationId: actor.organizationId,
      situationId: situation.id,
      text,
      to: party.email,
      subject: first
        ? `Re: ${first.subject.replace(/^Re: /, '')}`
        : `${organization?.name ?? 'Turnaround'}: ${situation.title}`,
      status: 'held',
      sendAt: new Date(Date.parse(now) + coolDown.ms).toISOString(),
      coolDownReason: coolDown.reason,
      sentAt: null,
      messageId: null,
      error: null,
      createdBy: actor.userId,
      createdAt: now,
      claimedAt: null,
    };
    await store.replies.insert(reply);
    await deps.jobs.schedule(store, {
      name: 'reply.send',
      data: { organizationId: actor.organizationId, replyId: reply.id },
      runAt: reply.sendAt,
    });
    return reply;
  });
}
