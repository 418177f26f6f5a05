import { decide } from '../../domain/playbook/engine';
import type { Playbook } from '../../domain/playbook/schema';
import { DomainError } from '../../domain/shared/domain-error';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import { nowIso, type Deps } from './deps';
import { recordSituationEvent } from './record-situation-event';

/**
 * Reopens a resolved or closed situation because of what the person said (a low survey
 * answer, an upset email), in the caller's transaction. Nobody on the team did it, so the
 * event has no actor; the engine decides it like any other reopening.
 */
export async function reopenOnTheirWord(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  playbook: Playbook,
  reason: string,
): Promise<SituationRecord> {
  const decided = decide(
    situation,
    { type: 'reopen', reason },
    { playbook, at: nowIso(deps), actorId: null, memberIds: null },
  );
  if (decided instanceof DomainError) throw decided;
  let current = situation;
  for (const event of decided) current = await recordSituationEvent(deps, store, current, event);
  return current;
}
