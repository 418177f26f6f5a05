import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export interface LocationRecord {
  id: string;
  name: string;
  archived: boolean;
  createdAt: string;
}

export interface CategoryRecord {
  key: string;
  label: string;
  position: number;
  archived: boolean;
}

export function settingsQueries(db: Kysely<DB>) {
  return {
    async listLocations(organizationId: string): Promise<LocationRecord[]> {
      const rows = await db
        .selectFrom('locations')
        .select(['id', 'name', 'archived', 'created_at'])
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        archived: r.archived === 1,
        createdAt: r.created_at,
      }));
    },

    async locationInOrg(organizationId: string, id: string): Promise<LocationRecord | undefined> {
      return (await this.listLocations(organizationId)).find((l) => l.id === id);
    },

    async insertLocation(organizationId: string, l: LocationRecord): Promise<void> {
      await db
        .insertInto('locations')
        .values({
          id: l.id,
          organization_id: organizationId,
          name: l.name,
          archived: l.archived ? 1 : 0,
          created_at: l.createdAt,
        })
        .execute();
    },

    async updateLocation(organizationId: string, id: string, name: string, archived: boolean) {
      await db
        .updateTable('locations')
        .set({ name, archived: archived ? 1 : 0 })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async listCategories(organizationId: string): Promise<CategoryRecord[]> {
      const rows = await db
        .selectFrom('categories')
        .select(['key', 'label', 'position', 'archived'])
        .where('organization_id', '=', organizationId)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({ ...r, archived: r.archived === 1 }));
    },

    async insertCategory(organizationId: string, c: CategoryRecord): Promise<void> {
      await db
        .insertInto('categories')
        .values({
          organization_id: organizationId,
          key: c.key,
          label: c.label,
          position: c.position,
          archived: c.archived ? 1 : 0,
        })
        .execute();
    },

    async updateCategory(organizationId: string, c: CategoryRecord): Promise<void> {
      await db
        .updateTable('categories')
        .set({ label: c.label, archived: c.archived ? 1 : 0 })
        .where('organization_id', '=', organizationId)
        .where('key', '=', c.key)
        .execute();
    },
  };
}
