import { requirePermission } from '../../domain/access/permissions';
import type { Party, Phrase, Tone } from '../../domain/coach/phrasebook';
import { nowIso, type Actor, type Deps } from './deps';

/** An owner's own phrasing, offered beside the built-in phrases for its step and party. */
export async function addPhrase(
  deps: Deps,
  actor: Actor,
  input: { step: string; party: Party; tone: Tone; topic: string | null; text: string },
): Promise<Phrase> {
  requirePermission(actor.role, 'phrasebook.manage');
  const phrase: Phrase = { id: deps.newId(), ...input, builtIn: false };
  await deps.storage.transaction((store) =>
    store.phrasebook.insert(actor.organizationId, {
      ...input,
      id: phrase.id,
      createdBy: actor.userId,
      createdAt: nowIso(deps),
    }),
  );
  return phrase;
}
