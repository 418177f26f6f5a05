import { requirePermission } from '../../domain/access/permissions';
import type { GestureKind } from '../../domain/empowerment/policy';
import { DomainError } from '../../domain/shared/domain-error';
import type { CatalogItemRecord } from '../storage/queries/gestures';
import { nowIso, type Actor, type Deps } from './deps';

export interface CatalogItemInput {
  name: string;
  kind: GestureKind;
  defaultValue: number;
  cost: number;
  percent?: number | null | undefined;
  fitsCategories?: string[] | undefined;
  fitsWants?: string[] | undefined;
  active?: boolean | undefined;
}

/** Adds a gesture to the catalogue, or changes one (`id` given); nothing is ever deleted. */
export async function saveGestureCatalogItem(
  deps: Deps,
  actor: Actor,
  input: CatalogItemInput,
  id?: string,
): Promise<CatalogItemRecord> {
  requirePermission(actor.role, 'empowerment.manage');
  return deps.storage.transaction(async (store) => {
    const at = nowIso(deps);
    const existing = id ? await store.gestures.catalogItem(actor.organizationId, id) : undefined;
    if (id && !existing) throw new DomainError('NOT_FOUND', 'There is no such gesture.');
    if (input.kind === 'discount' && !input.percent && !existing?.percent) {
      throw new DomainError('VALIDATION', 'A discount is a percentage of the order.', [
        { path: 'percent', message: 'Give the percentage, e.g. 20.' },
      ]);
    }
    const item: CatalogItemRecord = {
      id: existing?.id ?? deps.newId(),
      organizationId: actor.organizationId,
      name: input.name.trim(),
      kind: input.kind,
      defaultValue: input.defaultValue,
      cost: input.cost,
      percent: input.percent ?? existing?.percent ?? null,
      fitsCategories: input.fitsCategories ?? existing?.fitsCategories ?? [],
      fitsWants: input.fitsWants ?? existing?.fitsWants ?? [],
      active: input.active ?? existing?.active ?? true,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await store.gestures.saveCatalogItem(item, !existing);
    return item;
  });
}
