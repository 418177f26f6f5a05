import { requirePermission } from '../../domain/access/permissions';
import type { PlaybookDocument } from '../../domain/playbook/schema';
import { DomainError } from '../../domain/shared/domain-error';
import { nowIso, type Actor, type Deps } from './deps';
import { findPlaybook, type PlaybookView } from './find-playbook';
import { checkedDocument } from './save-playbook-document';

/** An owner's own playbook: a copy of another (built-in or theirs) or a whole new document. */
export async function createPlaybook(
  deps: Deps,
  actor: Actor,
  input: { cloneOf?: string | undefined; name?: string | undefined; document?: unknown },
): Promise<PlaybookView> {
  requirePermission(actor.role, 'playbooks.manage');
  return deps.storage.transaction(async (store) => {
    let document: PlaybookDocument;
    if (input.cloneOf !== undefined) {
      const source = await findPlaybook(store, actor.organizationId, input.cloneOf);
      const { id: _id, version: _version, ...copy } = source.playbook;
      document = { ...copy, name: input.name ?? `${copy.name} (our version)` };
      const taken = new Set((await store.playbooks.listOf(actor.organizationId)).map((p) => p.key));
      let key = `${copy.key.slice(0, 34)}_ours`;
      for (let n = 2; taken.has(key); n++) key = `${copy.key.slice(0, 30)}_ours_${n}`;
      document.key = key;
    } else {
      document = checkedDocument(input.document);
      if (await store.playbooks.byKey(actor.organizationId, document.key)) {
        throw new DomainError('CONFLICT', `A playbook with the key "${document.key}" exists.`, [
          { path: 'document.key', message: 'Choose another key.' },
        ]);
      }
    }
    const at = nowIso(deps);
    const record = {
      id: deps.newId(),
      organizationId: actor.organizationId,
      key: document.key,
      name: document.name,
      currentVersion: 1,
      archived: false,
      createdAt: at,
      updatedAt: at,
    };
    await store.playbooks.insert(record);
    await store.playbooks.insertVersion({
      playbookId: record.id,
      version: 1,
      organizationId: actor.organizationId,
      document,
      createdAt: at,
      createdBy: actor.userId,
    });
    return {
      playbook: { ...document, id: record.id, version: 1 },
      builtIn: false,
      archived: false,
      record,
    };
  });
}
