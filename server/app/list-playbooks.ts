import { BUILT_IN_PLAYBOOKS, DEFAULT_PLAYBOOK_ID } from '../../domain/playbook/builtin';
import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';
import type { PlaybookView } from './find-playbook';
import { loadPlaybook } from './load-playbook';

/** The built-in playbooks, then the organisation's own, with which are used by default. */
export async function listPlaybooks(deps: Deps, actor: Actor) {
  requirePermission(actor.role, 'situations.work');
  const store = deps.storage.read;
  const own = await store.playbooks.listOf(actor.organizationId);
  const items: PlaybookView[] = BUILT_IN_PLAYBOOKS.map((playbook) => ({
    playbook,
    builtIn: true,
    archived: false,
    record: null,
  }));
  for (const record of own) {
    items.push({
      playbook: await loadPlaybook(store, { id: record.id, version: record.currentVersion }),
      builtIn: false,
      archived: record.archived,
      record,
    });
  }
  const defaults = await store.playbooks.defaults(actor.organizationId);
  return {
    items,
    defaults: {
      organization: defaults.organization ?? DEFAULT_PLAYBOOK_ID,
      categories: defaults.categories,
    },
  };
}
