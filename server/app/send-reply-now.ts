import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { ReplyRecord } from '../storage/queries/replies';
import { nowIso, type Actor, type Deps } from './deps';

/** Ends a held reply's cool-down early: it leaves as soon as the job runner takes it. */
export async function sendReplyNow(deps: Deps, actor: Actor, id: string): Promise<ReplyRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const reply = await store.replies.byId(actor.organizationId, id);
    if (!reply) throw new DomainError('NOT_FOUND', 'There is no such reply.');
    const now = nowIso(deps);
    if (!(await store.replies.transition(actor.organizationId, id, 'held', { sendAt: now })))
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        reply.status === 'cancelled'
          ? 'This reply was taken back; write it again to send it.'
          : 'This reply has already left.',
      );
    await deps.jobs.schedule(store, {
      name: 'reply.send',
      data: { organizationId: actor.organizationId, replyId: id },
      runAt: now,
    });
    return { ...reply, sendAt: now };
  });
}
