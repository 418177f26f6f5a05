import { reminderTime } from '../../domain/situation/follow-through';
import type { SituationEvent } from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import type { Deps } from './deps';

/**
 * The reminders a change to a situation calls for, scheduled in the same transaction: one
 * for each new task or promise (an hour before it is due) and one when a follow-up is set.
 * A reminder that finds things changed by the time it runs does nothing.
 */
export async function scheduleReminders(
  deps: Deps,
  store: Store,
  before: SituationRecord,
  after: SituationRecord,
  event: SituationEvent,
): Promise<void> {
  const organizationId = after.organizationId;
  if (after.tasks !== before.tasks) {
    const known = new Set(before.tasks.map((t) => t.id));
    for (const task of after.tasks) {
      if (known.has(task.id) || task.doneAt) continue;
      await deps.jobs.schedule(store, {
        name: 'task.due',
        data: { organizationId, situationId: after.id, taskId: task.id, due: task.due },
        runAt: reminderTime(task.due),
      });
    }
  }
  if (event.type === 'follow_up_scheduled') {
    await deps.jobs.schedule(store, {
      name: 'follow_up.due',
      data: { organizationId, situationId: after.id, dueAt: event.data.dueAt },
      runAt: event.data.dueAt,
    });
  }
}
