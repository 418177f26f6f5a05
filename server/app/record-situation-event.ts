import { apply, type SituationEvent } from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import type { Deps } from './deps';
import { announceChange } from './announce-change';
import { loadPlaybook } from './load-playbook';
import { offerSurveyAutomatically } from './offer-survey';
import { scheduleReminders } from './schedule-reminders';
import { situationWebhooks } from './situation-webhooks';

/** Appends one event and writes the projection it leads to, in the caller's transaction. */
export async function recordSituationEvent(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  event: SituationEvent,
  extra: Partial<Pick<SituationRecord, 'partyName' | 'ownerName'>> = {},
): Promise<SituationRecord> {
  const seq = situation.eventCount + 1;
  await store.situations.appendEvent(situation.organizationId, deps.newId(), seq, event);
  // A switch of playbook is applied with the playbook switched to.
  const playbook = await loadPlaybook(
    store,
    event.type === 'playbook_changed'
      ? event.data.to
      : { id: situation.playbookId, version: situation.playbookVersion },
  );
  const next: SituationRecord = {
    ...situation,
    ...apply(situation, event, playbook),
    ...extra,
    eventCount: seq,
  };
  await store.situations.saveProjection(next);
  // The task rows follow the projection; most events leave the tasks as they were.
  if (next.tasks !== situation.tasks || next.ownerId !== situation.ownerId)
    await store.situations.replaceTasks(next);
  await scheduleReminders(deps, store, situation, next, event);
  if (
    event.type === 'step_recorded' &&
    playbook.steps.find((s) => s.id === event.data.step)?.marks.includes('follow_up')
  )
    await offerSurveyAutomatically(deps, store, next, 'follow_up_recorded');
  await situationWebhooks(deps, store, next, event);
  await announceChange(deps, store, next);
  return next;
}
