import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { ReplyRecord } from '../storage/queries/replies';
import type { Actor, Deps } from './deps';

/** Takes a held reply back before it leaves; its text comes back for editing. */
export async function undoReply(deps: Deps, actor: Actor, id: string): Promise<ReplyRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const reply = await store.replies.byId(actor.organizationId, id);
    if (!reply) throw new DomainError('NOT_FOUND', 'There is no such reply.');
    if (
      !(await store.replies.transition(actor.organizationId, id, 'held', { status: 'cancelled' }))
    )
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        reply.status === 'cancelled'
          ? 'This reply was already taken back.'
          : 'Too late: this reply has already left.',
      );
    return { ...reply, status: 'cancelled' };
  });
}
