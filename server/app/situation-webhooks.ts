import type { SituationEvent } from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import type { Deps } from './deps';
import { emitWebhookEvent, situationSubject } from './emit-webhook-event';

/** The webhook event a timeline event stands for, if any, sent in the same transaction. */
export async function situationWebhooks(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  event: SituationEvent,
): Promise<void> {
  const emit = (
    name: Parameters<typeof emitWebhookEvent>[3],
    summary: string,
    details?: Record<string, unknown>,
  ) =>
    emitWebhookEvent(
      deps,
      store,
      situation.organizationId,
      name,
      situationSubject(deps, situation, summary, details),
    );
  switch (event.type) {
    case 'opened':
      return emit('situation.opened', 'A situation was opened', {
        channel: situation.channel,
        live: situation.live,
        severity: situation.severity,
        mood: situation.mood,
      });
    case 'resolved':
      return emit(
        'situation.resolved',
        event.data.outcome === 'vent_only'
          ? 'Resolved: they wanted to be heard'
          : 'A situation was resolved',
        { outcome: event.data.outcome },
      );
    case 'gesture_granted':
    case 'gesture_approved':
      return emit('gesture.granted', `Granted: ${event.data.name}`, {
        gesture: event.data.name,
        kind: event.data.kind,
        amount: event.data.amount,
      });
    case 'gesture_requested':
      return emit('approval.requested', `Needs approval: ${event.data.name}`, {
        gesture: event.data.name,
        amount: event.data.amount,
        reason: event.data.reason,
      });
    case 'details_changed':
    case 'playbook_changed':
    case 'step_recorded':
    case 'step_skipped':
    case 'looped_back':
    case 'gesture_denied':
    case 'gesture_reversed':
    case 'reopened':
    case 'closed':
    case 'message_logged':
    case 'follow_up_scheduled':
    case 'task_done':
    case 'task_reopened':
    case 'survey_sent':
    case 'survey_answered':
      // No webhook event stands for these here: follow_up.due fires when the follow-up falls
      // due, and survey.answered from answer-survey.ts with the answer.
      return;
  }
}
