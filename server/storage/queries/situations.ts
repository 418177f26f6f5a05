import { sql, type Kysely } from 'kysely';
import type { SituationEvent } from '../../../domain/situation/situation';
import type { Channel, Mood, Severity, Status } from '../../../domain/situation/vocabulary';
import { decodeCursor, encodeCursor } from '../cursor';
import type { DialectName } from '../database';
import type { DB, SituationsTable } from '../schema';
import type { Page, PageRequest, SituationRecord, StoredEvent } from '../records';
import { postgresTsQuery, searchTerms, sqliteMatchExpression } from '../search-terms';

export interface SituationFilter {
  q?: string | undefined;
  status?: Status[] | undefined;
  channel?: Channel[] | undefined;
  severity?: Severity[] | undefined;
  mood?: Mood[] | undefined;
  category?: string | undefined;
  ownerId?: string | undefined;
  unassigned?: boolean | undefined;
  locationId?: string | undefined;
  partyId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export type SituationSort = 'newest' | 'oldest' | 'updated';

const SORTS: Record<
  SituationSort,
  { column: 'opened_at' | 'updated_at'; direction: 'asc' | 'desc' }
> = {
  newest: { column: 'opened_at', direction: 'desc' },
  oldest: { column: 'opened_at', direction: 'asc' },
  updated: { column: 'updated_at', direction: 'desc' },
};

type SituationRow = Omit<SituationsTable, 'rid'> & { owner_name: string | null };

function toRecord(r: SituationRow): SituationRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    number: Number(r.number),
    title: r.title,
    account: r.account,
    channel: r.channel as Channel | null,
    live: r.live === 1,
    partyId: r.party_id,
    partyName: r.party_name,
    locationId: r.location_id,
    category: r.category,
    severity: r.severity as Severity | null,
    mood: r.mood as Mood | null,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    status: r.status as Status,
    openedAt: r.opened_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    updatedAt: r.updated_at,
    openedBy: r.opened_by,
    eventCount: Number(r.event_count),
  };
}

function toRow(s: SituationRecord): Omit<SituationsTable, 'rid'> {
  return {
    id: s.id,
    organization_id: s.organizationId,
    number: s.number,
    title: s.title,
    account: s.account,
    channel: s.channel,
    live: s.live ? 1 : 0,
    party_id: s.partyId,
    party_name: s.partyName,
    location_id: s.locationId,
    category: s.category,
    severity: s.severity,
    mood: s.mood,
    owner_id: s.ownerId,
    status: s.status,
    opened_at: s.openedAt,
    resolved_at: s.resolvedAt,
    closed_at: s.closedAt,
    updated_at: s.updatedAt,
    opened_by: s.openedBy,
    event_count: s.eventCount,
  };
}

const SITUATION_COLUMNS = [
  'situations.id',
  'situations.organization_id',
  'situations.number',
  'situations.title',
  'situations.account',
  'situations.channel',
  'situations.live',
  'situations.party_id',
  'situations.party_name',
  'situations.location_id',
  'situations.category',
  'situations.severity',
  'situations.mood',
  'situations.owner_id',
  'situations.status',
  'situations.opened_at',
  'situations.resolved_at',
  'situations.closed_at',
  'situations.updated_at',
  'situations.opened_by',
  'situations.event_count',
] as const;

export function situationQueries(db: Kysely<DB>, dialect: DialectName) {
  const withOwner = () =>
    db
      .selectFrom('situations')
      .leftJoin('users as owner', 'owner.id', 'situations.owner_id')
      .select(SITUATION_COLUMNS)
      .select('owner.name as owner_name');

  return {
    async insert(s: SituationRecord): Promise<void> {
      await db.insertInto('situations').values(toRow(s)).execute();
    },

    /** Writes the cached projection back; the events stay the source of truth. */
    async saveProjection(s: SituationRecord): Promise<void> {
      const { id, organization_id, number, ...columns } = toRow(s);
      void number;
      await db
        .updateTable('situations')
        .set(columns)
        .where('organization_id', '=', organization_id)
        .where('id', '=', id)
        .execute();
    },

    async byId(organizationId: string, id: string): Promise<SituationRecord | undefined> {
      const row = await withOwner()
        .where('situations.organization_id', '=', organizationId)
        .where('situations.id', '=', id)
        .executeTakeFirst();
      return row && toRecord(row);
    },

    async appendEvent(organizationId: string, eventId: string, seq: number, event: SituationEvent) {
      await db
        .insertInto('situation_events')
        .values({
          id: eventId,
          organization_id: organizationId,
          situation_id: event.situationId,
          seq,
          type: event.type,
          at: event.at,
          actor_id: event.actorId,
          data: JSON.stringify(event.data),
        })
        .execute();
    },

    async events(organizationId: string, situationId: string): Promise<StoredEvent[]> {
      const rows = await db
        .selectFrom('situation_events')
        .leftJoin('users', 'users.id', 'situation_events.actor_id')
        .select([
          'situation_events.id',
          'situation_events.seq',
          'situation_events.type',
          'situation_events.at',
          'situation_events.actor_id',
          'situation_events.data',
          'users.name as actor_name',
        ])
        .where('situation_events.organization_id', '=', organizationId)
        .where('situation_events.situation_id', '=', situationId)
        .orderBy('situation_events.seq')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        seq: Number(r.seq),
        type: r.type,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.actor_name,
        data: JSON.parse(r.data) as Record<string, unknown>,
      }));
    },

    /** Keeps the denormalised party name (shown in lists, searched) in step with the party. */
    async renameParty(organizationId: string, partyId: string, name: string): Promise<void> {
      await db
        .updateTable('situations')
        .set({ party_name: name })
        .where('organization_id', '=', organizationId)
        .where('party_id', '=', partyId)
        .execute();
    },

    async list(
      organizationId: string,
      filter: SituationFilter,
      sort: SituationSort,
      page: PageRequest,
    ): Promise<Page<SituationRecord>> {
      const { column, direction } = SORTS[sort];
      const sortRef = `situations.${column}` as const;
      let query = withOwner().where('situations.organization_id', '=', organizationId);

      if (filter.status?.length) query = query.where('situations.status', 'in', filter.status);
      if (filter.channel?.length) query = query.where('situations.channel', 'in', filter.channel);
      if (filter.severity?.length)
        query = query.where('situations.severity', 'in', filter.severity);
      if (filter.mood?.length) query = query.where('situations.mood', 'in', filter.mood);
      if (filter.category) query = query.where('situations.category', '=', filter.category);
      if (filter.ownerId) query = query.where('situations.owner_id', '=', filter.ownerId);
      if (filter.unassigned) query = query.where('situations.owner_id', 'is', null);
      if (filter.locationId) query = query.where('situations.location_id', '=', filter.locationId);
      if (filter.partyId) query = query.where('situations.party_id', '=', filter.partyId);
      if (filter.from) query = query.where('situations.opened_at', '>=', filter.from);
      if (filter.to) query = query.where('situations.opened_at', '<', filter.to);

      const terms = filter.q ? searchTerms(filter.q) : [];
      if (filter.q && terms.length === 0) return { items: [], nextCursor: null };
      if (terms.length > 0) {
        query =
          dialect === 'postgres'
            ? query.where(
                sql<boolean>`situations.search @@ to_tsquery('simple', ${postgresTsQuery(terms)})`,
              )
            : query.where(
                sql<boolean>`situations.rid in (select rowid from situations_fts where situations_fts match ${sqliteMatchExpression(terms)})`,
              );
      }

      if (page.cursor) {
        const [value, id] = decodeCursor(page.cursor);
        query = query.where((eb) =>
          eb(
            eb.refTuple(sortRef, 'situations.id'),
            direction === 'desc' ? '<' : '>',
            eb.tuple(String(value), id),
          ),
        );
      }

      const rows = await query
        .orderBy(sortRef, direction)
        .orderBy('situations.id', direction)
        .limit(page.limit + 1)
        .execute();
      const items = rows.slice(0, page.limit).map(toRecord);
      const last = items[items.length - 1];
      const lastValue = last && (column === 'opened_at' ? last.openedAt : last.updatedAt);
      return {
        items,
        nextCursor:
          rows.length > page.limit && last && lastValue ? encodeCursor(lastValue, last.id) : null,
      };
    },
  };
}
