import { requirePermission } from '../../domain/access/permissions';
import type { ReplyRecord } from '../storage/queries/replies';
import type { Actor, Deps } from './deps';
import { loadSituation } from './load-situation';

/** A situation's emailed replies, oldest first: held, sent and taken back. */
export async function listReplies(
  deps: Deps,
  actor: Actor,
  situationId: string,
): Promise<ReplyRecord[]> {
  requirePermission(actor.role, 'situations.work');
  // Another organisation's situation answers 404 before anything is read.
  await loadSituation(deps.storage.read, actor.organizationId, situationId);
  return deps.storage.read.replies.ofSituation(actor.organizationId, situationId);
}
