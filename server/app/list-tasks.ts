import { requirePermission } from '../../domain/access/permissions';
import { urgencyOf } from '../../domain/situation/follow-through';
import { nowIso, type Actor, type Deps } from './deps';

/** Enough for any one person's open work; the oldest overdue come first. */
const LIMIT = 200;

/**
 * Open tasks and promises across situations, soonest due first, each with how urgent it is
 * now. "mine": the tasks assigned to the member and the promises on situations they own.
 */
export async function listTasks(deps: Deps, actor: Actor, view: 'mine' | 'all') {
  requirePermission(actor.role, 'situations.work');
  const now = nowIso(deps);
  const rows = await deps.storage.read.situations.tasks(actor.organizationId, {
    assigneeId: view === 'mine' ? actor.userId : undefined,
    limit: LIMIT,
  });
  // Each row gains its urgency in place: spreading a row into a literal with a new key is
  // V8's slow path, and a list has many rows.
  return rows.map((row) => Object.assign(row, { urgency: urgencyOf(row.due, row.doneAt, now) }));
}
