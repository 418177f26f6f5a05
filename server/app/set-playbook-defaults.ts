import { DEFAULT_PLAYBOOK_ID } from '../../domain/playbook/builtin';
import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Actor, Deps } from './deps';
import { findPlaybook } from './find-playbook';

/** Which playbook new situations start with: for the organisation, and per category. */
export async function setPlaybookDefaults(
  deps: Deps,
  actor: Actor,
  input: {
    organization?: string | undefined;
    categories?: Record<string, string | null> | undefined;
  },
) {
  requirePermission(actor.role, 'playbooks.manage');
  return deps.storage.transaction(async (store) => {
    const usable = async (id: string, path: string) => {
      try {
        const found = await findPlaybook(store, actor.organizationId, id);
        if (found.archived)
          throw new DomainError('VALIDATION', `"${found.playbook.name}" is archived.`, [
            { path, message: 'Choose a playbook that is in use.' },
          ]);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'NOT_FOUND')
          throw new DomainError('VALIDATION', 'There is no such playbook.', [
            { path, message: `No playbook has the id "${id}".` },
          ]);
        throw error;
      }
    };
    const current = await store.playbooks.defaults(actor.organizationId);
    if (input.organization !== undefined) {
      await usable(input.organization, 'organization');
      await store.playbooks.setOrganizationDefault(
        actor.organizationId,
        input.organization === DEFAULT_PLAYBOOK_ID ? null : input.organization,
      );
    }
    for (const [category, playbookId] of Object.entries(input.categories ?? {})) {
      if (!(category in current.categories))
        throw new DomainError('VALIDATION', `There is no category "${category}".`, [
          { path: `categories.${category}`, message: 'Use the key of one of your categories.' },
        ]);
      if (playbookId !== null) await usable(playbookId, `categories.${category}`);
      await store.playbooks.setCategoryPlaybook(actor.organizationId, category, playbookId);
    }
    const after = await store.playbooks.defaults(actor.organizationId);
    return {
      organization: after.organization ?? DEFAULT_PLAYBOOK_ID,
      categories: after.categories,
    };
  });
}
