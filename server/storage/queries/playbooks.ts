import type { Kysely } from 'kysely';
import type { PlaybookDocument } from '../../../domain/playbook/schema';
import type { DB } from '../schema';

export interface PlaybookRecord {
  id: string;
  organizationId: string;
  key: string;
  name: string;
  currentVersion: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export function playbookQueries(db: Kysely<DB>) {
  return {
    async insert(p: PlaybookRecord): Promise<void> {
      await db
        .insertInto('playbooks')
        .values({
          id: p.id,
          organization_id: p.organizationId,
          key: p.key,
          name: p.name,
          current_version: p.currentVersion,
          archived: p.archived ? 1 : 0,
          created_at: p.createdAt,
          updated_at: p.updatedAt,
        })
        .execute();
    },

    async update(p: PlaybookRecord): Promise<void> {
      await db
        .updateTable('playbooks')
        .set({
          key: p.key,
          name: p.name,
          current_version: p.currentVersion,
          archived: p.archived ? 1 : 0,
          updated_at: p.updatedAt,
        })
        .where('organization_id', '=', p.organizationId)
        .where('id', '=', p.id)
        .execute();
    },

    async byId(organizationId: string, id: string): Promise<PlaybookRecord | undefined> {
      const row = await db
        .selectFrom('playbooks')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toRecord(row);
    },

    async byKey(organizationId: string, key: string): Promise<PlaybookRecord | undefined> {
      const row = await db
        .selectFrom('playbooks')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('key', '=', key)
        .executeTakeFirst();
      return row && toRecord(row);
    },

    async listOf(organizationId: string): Promise<PlaybookRecord[]> {
      const rows = await db
        .selectFrom('playbooks')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .execute();
      return rows.map(toRecord);
    },

    /** Versions never change once written; a built-in's snapshot is written once, by whoever is first. */
    async insertVersion(v: {
      playbookId: string;
      version: number;
      organizationId: string | null;
      document: PlaybookDocument;
      createdAt: string;
      createdBy: string | null;
    }): Promise<void> {
      await db
        .insertInto('playbook_versions')
        .values({
          playbook_id: v.playbookId,
          version: v.version,
          organization_id: v.organizationId,
          document: JSON.stringify(v.document),
          created_at: v.createdAt,
          created_by: v.createdBy,
        })
        .onConflict((oc) => oc.columns(['playbook_id', 'version']).doNothing())
        .execute();
    },

    async version(
      playbookId: string,
      version: number,
    ): Promise<{ organizationId: string | null; document: PlaybookDocument } | undefined> {
      const row = await db
        .selectFrom('playbook_versions')
        .select(['organization_id', 'document'])
        .where('playbook_id', '=', playbookId)
        .where('version', '=', version)
        .executeTakeFirst();
      return (
        row && {
          organizationId: row.organization_id,
          document: JSON.parse(row.document) as PlaybookDocument,
        }
      );
    },

    async defaults(
      organizationId: string,
    ): Promise<{ organization: string | null; categories: Record<string, string | null> }> {
      const org = await db
        .selectFrom('organizations')
        .select('default_playbook_id')
        .where('id', '=', organizationId)
        .executeTakeFirst();
      const categories = await db
        .selectFrom('categories')
        .select(['key', 'playbook_id'])
        .where('organization_id', '=', organizationId)
        .execute();
      return {
        organization: org?.default_playbook_id ?? null,
        categories: Object.fromEntries(categories.map((c) => [c.key, c.playbook_id])),
      };
    },

    async setOrganizationDefault(organizationId: string, playbookId: string | null) {
      await db
        .updateTable('organizations')
        .set({ default_playbook_id: playbookId })
        .where('id', '=', organizationId)
        .execute();
    },

    async setCategoryPlaybook(organizationId: string, category: string, playbookId: string | null) {
      await db
        .updateTable('categories')
        .set({ playbook_id: playbookId })
        .where('organization_id', '=', organizationId)
        .where('key', '=', category)
        .execute();
    },

    async categoryPlaybook(organizationId: string, category: string): Promise<string | null> {
      const row = await db
        .selectFrom('categories')
        .select('playbook_id')
        .where('organization_id', '=', organizationId)
        .where('key', '=', category)
        .executeTakeFirst();
      return row?.playbook_id ?? null;
    },
  };
}

function toRecord(r: DB['playbooks']): PlaybookRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    key: r.key,
    name: r.name,
    currentVersion: Number(r.current_version),
    archived: Number(r.archived) === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
