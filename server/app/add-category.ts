import { requirePermission } from '../../domain/access/permissions';
import type { CategoryRecord } from '../storage/queries/settings';
import type { Actor, Deps } from './deps';

/** A stable key derived from the label; situations keep the key when the label is renamed. */
export function categoryKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'category';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

export async function addCategory(
  deps: Deps,
  actor: Actor,
  options: { label: string },
): Promise<CategoryRecord> {
  requirePermission(actor.role, 'settings.edit');
  return deps.storage.transaction(async (store) => {
    const existing = await store.settings.listCategories(actor.organizationId);
    const category: CategoryRecord = {
      key: categoryKey(options.label, new Set(existing.map((c) => c.key))),
      label: options.label,
      position: existing.reduce((max, c) => Math.max(max, c.position + 1), 0),
      archived: false,
    };
    await store.settings.insertCategory(actor.organizationId, category);
    return category;
  });
}
