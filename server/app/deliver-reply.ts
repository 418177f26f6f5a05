import { z } from 'zod';
import { coachReading } from './coach-context';
import { nowIso, type Deps } from './deps';
import { errorText } from '../jobs/scheduler';
import { situationReplyAddress } from './inbound-address';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';
import { recordSituationEvent } from './record-situation-event';

const ZReplyJob = z.object({ organizationId: z.string(), replyId: z.string() });

/** A job may run a moment before the reply's time on another clock; this much is fine. */
const CLOCK_TOLERANCE_MS = 2000;
/**
 * A claim older than this belongs to a runner that stopped: the mailer gives up on a server
 * well within it (server/mail/mailer.ts), so a send still in progress is never this old.
 */
const CLAIM_EXPIRES_MS = 5 * 60_000;

export type DeliveryOutcome = 'sent' | 'stale';

/**
 * The cool-down is over: the reply leaves. The coach reads it once more first, and its
 * findings go on the timeline with the sent reply; the email threads on the replies sent
 * before it. A reply taken back, or already sent, is left alone.
 */
export async function deliverReply(deps: Deps, data: unknown): Promise<DeliveryOutcome> {
  const job = ZReplyJob.parse(data);
  const mailer = deps.mailer;
  if (!mailer) throw new Error('Email is not set up (SMTP_URL), so the reply cannot be sent.');
  const read = deps.storage.read;
  const reply = await read.replies.byId(job.organizationId, job.replyId);
  const now = nowIso(deps);
  if (!reply) return 'stale';
  if (reply.status === 'sending') {
    // Another runner has it. Either it is sending right now — this try waits for it (the
    // retry finds it sent) — or that runner stopped mid-way, long enough ago to be sure: then
    // it is sent again, with the same Message-ID, which mail programs show once.
    const staleBefore = new Date(Date.parse(now) - CLAIM_EXPIRES_MS).toISOString();
    if (reply.claimedAt && reply.claimedAt >= staleBefore)
      throw new Error('This reply is being sent by another runner; looking again later.');
    if (!(await read.replies.reclaim(job.organizationId, reply.id, staleBefore, now)))
      return 'stale';
  } else {
    if (reply.status !== 'held' || Date.parse(reply.sendAt) > Date.parse(now) + CLOCK_TOLERANCE_MS)
      return 'stale';
    // Claimed: from here Undo is too late, and no other runner sends it too.
    if (
      !(await read.replies.transition(job.organizationId, reply.id, 'held', {
        status: 'sending',
        claimedAt: now,
      }))
    )
      return 'stale';
  }

  const thread = await conversation(deps, job.organizationId, reply.situationId);
  const host = new URL(deps.config.publicUrl).hostname;
  const messageId = `<reply-${reply.id}@${host}>`;
  const organization = await read.organizations.byId(job.organizationId);
  const situation = await read.situations.byId(job.organizationId, reply.situationId);
  const replyTo =
    organization && situation ? situationReplyAddress(deps, organization, situation.number) : null;
  try {
    await mailer.send({
      to: reply.to,
      subject: reply.subject,
      text: reply.text,
      messageId,
      ...(thread.length && { inReplyTo: thread.at(-1)!, references: thread }),
      ...(replyTo && { replyTo }),
    });
  } catch (error) {
    await read.replies.transition(job.organizationId, reply.id, 'sending', {
      status: 'held',
      error: errorText(error),
      claimedAt: null,
    });
    throw error;
  }

  await deps.storage.transaction(async (store) => {
    await store.replies.transition(job.organizationId, reply.id, 'sending', {
      status: 'sent',
      sentAt: nowIso(deps),
      messageId,
      error: null,
    });
    await store.mail.rememberMessage({
      organizationId: job.organizationId,
      messageId,
      situationId: reply.situationId,
      direction: 'out',
      createdAt: nowIso(deps),
    });
    const situation = await loadSituation(store, job.organizationId, reply.situationId);
    const playbook = await loadPlaybook(store, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    await recordSituationEvent(deps, store, situation, {
      type: 'message_logged',
      situationId: situation.id,
      at: nowIso(deps),
      actorId: reply.createdBy,
      data: {
        direction: 'out',
        text: reply.text,
        coach: coachReading(situation, playbook, reply.text, 'agent'),
        email: { to: reply.to, messageId },
      },
    });
  });
  return 'sent';
}

/**
 * The Message-IDs of the conversation so far, oldest first: the replies we sent and the
 * messages that came in, so an answer threads on the person's latest email.
 */
async function conversation(
  deps: Deps,
  organizationId: string,
  situationId: string,
): Promise<string[]> {
  const read = deps.storage.read;
  const sent = (await read.replies.ofSituation(organizationId, situationId))
    .filter((r) => r.status === 'sent' && r.messageId && r.sentAt)
    .map((r) => ({ messageId: r.messageId!, at: r.sentAt! }));
  const all = [...sent, ...(await read.mail.thread(organizationId, situationId))].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  return [...new Set(all.map((m) => m.messageId))];
}
