import { sql, type Kysely } from 'kysely';
import { literalLimit } from '../prepared';
import type { PartyKind } from '../../../domain/situation/vocabulary';
import { decodeCursor, encodeCursor } from '../cursor';
import type { DB, PartiesTable } from '../schema';
import type { Page, PageRequest, PartyRecord } from '../records';

export interface PartyFilter {
  q?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  kind?: PartyKind | undefined;
}

/** Phone numbers are matched on their digits, so "+44 20 7946 0018" finds "020-7946-0018"'s tail. */
export function phoneDigits(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length > 0 ? digits : null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function partyQueries(db: Kysely<DB>) {
  const base = (organizationId: string) =>
    db
      .selectFrom('parties')
      .selectAll('parties')
      .select((eb) =>
        eb
          .selectFrom('situations')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('situations.party_id', '=', 'parties.id')
          .as('situation_count'),
      )
      .where('parties.organization_id', '=', organizationId);

  function toParty(r: PartiesTable & { situation_count: number | null }): PartyRecord {
    return {
      id: r.id,
      organizationId: r.organization_id,
      kind: r.kind as PartyKind,
      name: r.name,
      email: r.email,
      phone: r.phone,
      notes: r.notes,
      tags: JSON.parse(r.tags) as string[],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      situationCount: Number(r.situation_count ?? 0),
    };
  }

  return {
    async insert(p: Omit<PartyRecord, 'situationCount'>): Promise<void> {
      await db
        .insertInto('parties')
        .values({
          id: p.id,
          organization_id: p.organizationId,
          kind: p.kind,
          name: p.name,
          email: p.email,
          phone: p.phone,
          phone_digits: phoneDigits(p.phone),
          notes: p.notes,
          tags: JSON.stringify(p.tags),
          created_at: p.createdAt,
          updated_at: p.updatedAt,
        })
        .execute();
    },

    async update(p: Omit<PartyRecord, 'situationCount'>): Promise<void> {
      await db
        .updateTable('parties')
        .set({
          kind: p.kind,
          name: p.name,
          email: p.email,
          phone: p.phone,
          phone_digits: phoneDigits(p.phone),
          notes: p.notes,
          tags: JSON.stringify(p.tags),
          updated_at: p.updatedAt,
        })
        .where('organization_id', '=', p.organizationId)
        .where('id', '=', p.id)
        .execute();
    },

    /** The first party with this email address: who an inbound email is from. */
    async byEmail(organizationId: string, email: string): Promise<PartyRecord | undefined> {
      const row = await base(organizationId)
        .where('parties.email', '=', email.trim().toLowerCase())
        .orderBy('parties.created_at')
        .executeTakeFirst();
      return row && toParty(row);
    },

    async byId(organizationId: string, id: string): Promise<PartyRecord | undefined> {
      const row = await base(organizationId).where('parties.id', '=', id).executeTakeFirst();
      return row && toParty(row);
    },

    async list(
      organizationId: string,
      filter: PartyFilter,
      page: PageRequest,
    ): Promise<Page<PartyRecord>> {
      let query = base(organizationId);
      if (filter.kind) query = query.where('parties.kind', '=', filter.kind);
      if (filter.email)
        query = query.where('parties.email', '=', filter.email.trim().toLowerCase());
      const digits = filter.phone ? phoneDigits(filter.phone) : null;
      if (filter.phone) {
        // Match on the last digits so a local and an international form find each other.
        query = digits
          ? query.where('parties.phone_digits', 'like', `%${escapeLike(digits.slice(-9))}`)
          : query.where(sql<boolean>`1 = 0`);
      }
      if (filter.q?.trim()) {
        const like = `%${escapeLike(filter.q.trim().toLowerCase())}%`;
        query = query.where((eb) =>
          eb.or([
            eb(sql`lower(parties.name)`, 'like', sql`${like} escape '\\'`),
            eb(sql`lower(coalesce(parties.email, ''))`, 'like', sql`${like} escape '\\'`),
            eb(sql`coalesce(parties.phone, '')`, 'like', sql`${like} escape '\\'`),
          ]),
        );
      }
      if (page.cursor) {
        const [name, id] = decodeCursor(page.cursor);
        query = query.where((eb) =>
          eb.or([
            eb('parties.name', '>', String(name)),
            eb.and([eb('parties.name', '=', String(name)), eb('parties.id', '>', id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('parties.name')
        .orderBy('parties.id')
        .limit(literalLimit(page.limit + 1))
        .execute();
      const items = rows.slice(0, page.limit).map(toParty);
      const last = items[items.length - 1];
      return {
        items,
        nextCursor: rows.length > page.limit && last ? encodeCursor(last.name, last.id) : null,
      };
    },
  };
}
