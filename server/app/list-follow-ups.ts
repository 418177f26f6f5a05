import { requirePermission } from '../../domain/access/permissions';
import { urgencyOf } from '../../domain/situation/follow-through';
import { nowIso, type Actor, type Deps } from './deps';

const LIMIT = 200;

/**
 * Resolved situations still waiting for their follow-up, soonest due first. "mine": the
 * situations the member owns, whose follow-up is theirs to make.
 */
export async function listFollowUps(deps: Deps, actor: Actor, view: 'mine' | 'all') {
  requirePermission(actor.role, 'situations.work');
  const now = nowIso(deps);
  const rows = await deps.storage.read.situations.followUps(actor.organizationId, {
    ownerId: view === 'mine' ? actor.userId : undefined,
    limit: LIMIT,
  });
  // Each row gains its urgency in place: spreading a row into a literal with a new key is
  // V8's slow path, and a list has many rows.
  return rows.map((row) =>
    Object.assign(row, { urgency: urgencyOf(row.followUpDueAt, null, now) }),
  );
}
