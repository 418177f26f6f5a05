import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import { nowIso, type Actor, type Deps } from './deps';
import { findOwnPlaybook, type PlaybookView } from './find-playbook';
import { checkedDocument } from './save-playbook-document';

/**
 * Saves a new version. Situations already running keep the version they started with; new
 * ones start on this one.
 */
export async function updatePlaybook(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { document: unknown },
): Promise<PlaybookView> {
  requirePermission(actor.role, 'playbooks.manage');
  return deps.storage.transaction(async (store) => {
    const current = await findOwnPlaybook(
      store,
      actor.organizationId,
      id,
      (name) => `"${name}" is built in and stays as shipped. Copy it to make your own version.`,
    );
    const document = checkedDocument(input.document);
    const sameKey = await store.playbooks.byKey(actor.organizationId, document.key);
    if (sameKey && sameKey.id !== id) {
      throw new DomainError('CONFLICT', `Another playbook has the key "${document.key}".`, [
        { path: 'document.key', message: 'Choose another key.' },
      ]);
    }
    const at = nowIso(deps);
    const record = {
      ...current.record,
      key: document.key,
      name: document.name,
      currentVersion: current.record.currentVersion + 1,
      updatedAt: at,
    };
    await store.playbooks.insertVersion({
      playbookId: id,
      version: record.currentVersion,
      organizationId: actor.organizationId,
      document,
      createdAt: at,
      createdBy: actor.userId,
    });
    await store.playbooks.update(record);
    return {
      playbook: { ...document, id, version: record.currentVersion },
      builtIn: false,
      archived: record.archived,
      record,
    };
  });
}
