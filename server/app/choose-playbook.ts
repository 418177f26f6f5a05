import { DEFAULT_PLAYBOOK_ID, builtInPlaybook } from '../../domain/playbook/builtin';
import type { Playbook } from '../../domain/playbook/schema';
import type { Store } from '../storage/store';
import { loadPlaybook } from './load-playbook';

// Built-in versions already written to this database by this process: the write is skipped
// for every later situation.
const snapshotted = new Set<string>();

/**
 * The playbook a new situation starts with: its category's, else the organisation's
 * default, else the built-in method. An archived choice falls back to the next one.
 */
export async function choosePlaybook(
  store: Store,
  organizationId: string,
  category: string | null,
  organizationDefault: string | null,
  at: string,
): Promise<Playbook> {
  const candidates = [
    category ? await store.playbooks.categoryPlaybook(organizationId, category) : null,
    organizationDefault,
  ];
  for (const id of candidates) {
    if (!id) continue;
    const builtIn = builtInPlaybook(id);
    if (builtIn) return snapshot(store, builtIn, at);
    const own = await store.playbooks.byId(organizationId, id);
    if (own && !own.archived) return loadPlaybook(store, { id, version: own.currentVersion });
  }
  return snapshot(store, builtInPlaybook(DEFAULT_PLAYBOOK_ID)!, at);
}

async function snapshot(store: Store, playbook: Playbook, at: string): Promise<Playbook> {
  const key = `${playbook.id}@${playbook.version}`;
  if (!snapshotted.has(key)) {
    const { id, version, ...document } = playbook;
    await store.playbooks.insertVersion({
      playbookId: id,
      version,
      organizationId: null,
      document,
      createdAt: at,
      createdBy: null,
    });
    snapshotted.add(key);
  }
  return playbook;
}
