import { builtInPlaybook } from '../../domain/playbook/builtin';
import type { Playbook } from '../../domain/playbook/schema';
import type { PlaybookRef } from '../../domain/situation/situation';
import type { Store } from '../storage/store';

// A stored playbook version never changes, so every instance may keep what it has read.
const versions = new Map<string, Playbook>();
const MAX_CACHED_VERSIONS = 1_000;

/** The playbook version a situation runs on: the one it started with. */
export async function loadPlaybook(store: Store, ref: PlaybookRef): Promise<Playbook> {
  const key = `${ref.id}@${ref.version}`;
  const cached = versions.get(key);
  if (cached) return cached;
  const stored = await store.playbooks.version(ref.id, ref.version);
  const builtIn = builtInPlaybook(ref.id);
  const playbook: Playbook | undefined = stored
    ? { ...stored.document, id: ref.id, version: ref.version }
    : builtIn?.version === ref.version
      ? builtIn
      : undefined;
  if (!playbook) throw new Error(`Playbook ${key} is missing from the database.`);
  if (versions.size >= MAX_CACHED_VERSIONS) versions.delete(versions.keys().next().value!);
  versions.set(key, playbook);
  return playbook;
}
