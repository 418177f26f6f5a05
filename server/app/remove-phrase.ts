import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Actor, Deps } from './deps';

/** Removes one of the organisation's own phrases; the built-in ones stay. */
export async function removePhrase(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor.role, 'phrasebook.manage');
  if (id.startsWith('builtin-'))
    throw new DomainError('VALIDATION', 'Built-in phrases cannot be removed.', [
      { path: 'id', message: 'Only phrases your organisation added can be removed.' },
    ]);
  const removed = await deps.storage.transaction((store) =>
    store.phrasebook.remove(actor.organizationId, id),
  );
  if (!removed) throw new DomainError('NOT_FOUND', 'There is no such phrase.');
}
