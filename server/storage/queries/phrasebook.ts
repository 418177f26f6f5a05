import type { Kysely } from 'kysely';
import type { Party, Phrase, Tone } from '../../../domain/coach/phrasebook';
import type { DB } from '../schema';

export interface NewPhrase {
  id: string;
  step: string;
  party: Party;
  tone: Tone;
  topic: string | null;
  text: string;
  createdBy: string | null;
  createdAt: string;
}

export function phrasebookQueries(db: Kysely<DB>) {
  return {
    async list(organizationId: string): Promise<Phrase[]> {
      const rows = await db
        .selectFrom('phrasebook_entries')
        .select(['id', 'step', 'party', 'tone', 'topic', 'text'])
        .where('organization_id', '=', organizationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        step: r.step,
        party: r.party as Party,
        tone: r.tone as Tone,
        topic: r.topic,
        text: r.text,
        builtIn: false,
      }));
    },

    async insert(organizationId: string, p: NewPhrase): Promise<void> {
      await db
        .insertInto('phrasebook_entries')
        .values({
          id: p.id,
          organization_id: organizationId,
          step: p.step,
          party: p.party,
          tone: p.tone,
          topic: p.topic,
          text: p.text,
          created_by: p.createdBy,
          created_at: p.createdAt,
        })
        .execute();
    },

    /** Whether a phrase of this organisation was removed. */
    async remove(organizationId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('phrasebook_entries')
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
