import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import { nowIso, type Actor, type Deps } from './deps';
import { findOwnPlaybook, type PlaybookView } from './find-playbook';

/**
 * Takes a playbook out of use for new situations; running ones finish on it. Nothing is
 * deleted: its versions stay for the situations that ran on them.
 */
export async function archivePlaybook(deps: Deps, actor: Actor, id: string): Promise<PlaybookView> {
  requirePermission(actor.role, 'playbooks.manage');
  return deps.storage.transaction(async (store) => {
    const current = await findOwnPlaybook(
      store,
      actor.organizationId,
      id,
      (name) => `"${name}" is built in and cannot be archived.`,
    );
    const defaults = await store.playbooks.defaults(actor.organizationId);
    const categories = Object.entries(defaults.categories)
      .filter(([, playbookId]) => playbookId === id)
      .map(([key]) => key);
    if (defaults.organization === id || categories.length) {
      const where =
        defaults.organization === id ? 'the organisation' : `categories ${categories.join(', ')}`;
      throw new DomainError(
        'PLAYBOOK_IN_USE',
        `"${current.playbook.name}" is the default for ${where}. Choose another default first.`,
      );
    }
    const record = { ...current.record, archived: true, updatedAt: nowIso(deps) };
    await store.playbooks.update(record);
    return { ...current, archived: true, record };
  });
}
