import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { CategoryRecord } from '../storage/queries/settings';
import type { Actor, Deps } from './deps';

/** Rename or archive; archived categories stay on old situations but are not offered for new ones. */
export async function updateCategory(
  deps: Deps,
  actor: Actor,
  key: string,
  changes: { label?: string | undefined; archived?: boolean | undefined },
): Promise<CategoryRecord> {
  requirePermission(actor.role, 'settings.edit');
  return deps.storage.transaction(async (store) => {
    const category = (await store.settings.listCategories(actor.organizationId)).find(
      (c) => c.key === key,
    );
    if (!category) throw new DomainError('NOT_FOUND', 'There is no such category.');
    const next = {
      ...category,
      label: changes.label ?? category.label,
      archived: changes.archived ?? category.archived,
    };
    await store.settings.updateCategory(actor.organizationId, next);
    return next;
  });
}
