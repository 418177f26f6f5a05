import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Progress } from '../../../domain/playbook/progress';
import type { SituationTask } from '../../../domain/situation/follow-through';
import type { SituationEvent } from '../../../domain/situation/situation';
import type { Channel, Mood, Severity, Status } from '../../../domain/situation/vocabulary';
import { decodeCursor, encodeCursor } from '../cursor';
import { literalLimit, params, prepared, type Param } from '../prepared';
import type { DialectName } from '../database';
import type { DB, SituationsTable } from '../schema';
import type {
  Page,
  PageRequest,
  SituationRecord,
  SituationSummaryRecord,
  StoredEvent,
} from '../records';
import {
  SEARCH_INDEXES,
  SearchIndexChanges,
  searchPartOf,
  type IndexedWords,
  type SearchPart,
} from '../search-index';
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

/** A task or promise with the situation it belongs to, for lists across situations. */
export interface TaskRow {
  situationId: string;
  situationNumber: number;
  situationTitle: string;
  situationStatus: Status;
  id: string;
  kind: 'task' | 'promise';
  what: string;
  assigneeId: string | null;
  assigneeName: string | null;
  due: string;
  doneAt: string | null;
}

const SORTS: Record<
  SituationSort,
  { column: 'opened_at' | 'updated_at'; direction: 'asc' | 'desc' }
> = {
  newest: { column: 'opened_at', direction: 'desc' },
  oldest: { column: 'opened_at', direction: 'asc' },
  updated: { column: 'updated_at', direction: 'desc' },
};

type SituationRow = Omit<SituationsTable, 'rid'> & { owner_name: string | null };

// A record is its summary's fields plus the rest, added with Object.assign to the object just
// made: V8 copies an object spread into a literal with more keys slowly and, under load, makes
// every minor collection promote megabytes; reading one situation cost two to four times as
// much, with a stall of 7–15 ms at each collection.
function toRecord(r: SituationRow): SituationRecord {
  return Object.assign(summaryFields(r), {
    organizationId: r.organization_id,
    account: r.account,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    openedBy: r.opened_by,
    eventCount: Number(r.event_count),
    playbookId: r.playbook_id,
    playbookVersion: Number(r.playbook_version),
    progress: JSON.parse(r.progress) as Progress,
    tasks: JSON.parse(r.tasks) as SituationTask[],
    followUpDueAt: r.follow_up_due_at,
  });
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
    playbook_id: s.playbookId,
    playbook_version: s.playbookVersion,
    current_step: s.progress.currentStep,
    progress: JSON.stringify(s.progress),
    tasks: JSON.stringify(s.tasks),
    follow_up_due_at: s.followUpDueAt,
  };
}

/** Every stored column of a situation but SQLite's internal rid, in one place. */
const ROW_COLUMNS = [
  'id',
  'organization_id',
  'number',
  'title',
  'account',
  'channel',
  'live',
  'party_id',
  'party_name',
  'location_id',
  'category',
  'severity',
  'mood',
  'owner_id',
  'status',
  'opened_at',
  'resolved_at',
  'closed_at',
  'updated_at',
  'opened_by',
  'event_count',
  'playbook_id',
  'playbook_version',
  'current_step',
  'progress',
  'tasks',
  'follow_up_due_at',
] as const satisfies ReadonlyArray<keyof SituationsTable>;
/** What an event can change: everything but who the situation is. (A quick capture moves to
 * its category's playbook, so the playbook is part of it.) */
const PROJECTED_COLUMNS = ROW_COLUMNS.filter(
  (c) => c !== 'id' && c !== 'organization_id' && c !== 'number',
);

const SITUATION_COLUMNS = ROW_COLUMNS.map((c) => `situations.${c}` as const);

const SUMMARY_COLUMNS = [
  'situations.id',
  'situations.number',
  'situations.title',
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
  'situations.current_step',
  'situations.opened_at',
  'situations.updated_at',
] as const;

type SummaryRow = Pick<
  SituationsTable,
  | 'id'
  | 'number'
  | 'title'
  | 'channel'
  | 'live'
  | 'party_id'
  | 'party_name'
  | 'location_id'
  | 'category'
  | 'severity'
  | 'mood'
  | 'owner_id'
  | 'status'
  | 'current_step'
  | 'opened_at'
  | 'updated_at'
> & { owner_name: string | null };

function toSummary(r: SummaryRow): SituationSummaryRecord {
  return Object.assign(summaryFields(r), { currentStep: r.current_step });
}

/** What a summary and a full record share (the cached current step is the summary's own). */
function summaryFields(r: Omit<SummaryRow, 'current_step'>) {
  return {
    id: r.id,
    number: Number(r.number),
    title: r.title,
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
    updatedAt: r.updated_at,
  };
}

// Names come from scalar subqueries on the user's primary key rather than joins: SQLite runs
// them in a third of the time of a join against the users table (measured in bench/).
const ownerName = (eb: ExpressionBuilder<DB, 'situations'>) =>
  eb
    .selectFrom('users')
    .select('users.name')
    .whereRef('users.id', '=', 'situations.owner_id')
    .as('owner_name');

const withOwnerOn = (db: Kysely<DB>) =>
  db.selectFrom('situations').select(SITUATION_COLUMNS).select(ownerName);

const insertSituation = prepared((db, param) =>
  db.insertInto('situations').values(params(param, ROW_COLUMNS)),
);

const saveProjection = prepared((db, param) =>
  db
    .updateTable('situations')
    .set(params(param, PROJECTED_COLUMNS))
    .where('organization_id', '=', param('organization_id'))
    .where('id', '=', param('id')),
);

const situationById = prepared((db, param) =>
  withOwnerOn(db)
    .where('situations.organization_id', '=', param('organizationId'))
    .where('situations.id', '=', param('id')),
);

const appendEvent = prepared((db, param) =>
  db
    .insertInto('situation_events')
    .values(
      params(param, [
        'id',
        'organization_id',
        'situation_id',
        'seq',
        'type',
        'at',
        'actor_id',
        'data',
      ] as const),
    ),
);

const eventsOf = prepared((db, param) =>
  db
    .selectFrom('situation_events')
    .select([
      'situation_events.id',
      'situation_events.seq',
      'situation_events.type',
      'situation_events.at',
      'situation_events.actor_id',
      'situation_events.data',
    ])
    .select((eb) =>
      eb
        .selectFrom('users')
        .select('users.name')
        .whereRef('users.id', '=', 'situation_events.actor_id')
        .as('actor_name'),
    )
    .where('situation_events.organization_id', '=', param('organizationId'))
    .where('situation_events.situation_id', '=', param('situationId'))
    .orderBy('situation_events.seq'),
);

const LIST_FILTERS = ['status', 'channel', 'severity', 'mood'] as const;
const EQUAL_FILTERS = ['category', 'ownerId', 'locationId', 'partyId'] as const;
const COLUMN_OF = {
  status: 'situations.status',
  channel: 'situations.channel',
  severity: 'situations.severity',
  mood: 'situations.mood',
  category: 'situations.category',
  ownerId: 'situations.owner_id',
  locationId: 'situations.location_id',
  partyId: 'situations.party_id',
} as const;

/** Which filters an inbox request uses: requests of the same shape share one prepared query. */
interface ListShape {
  sort: SituationSort;
  lists: Partial<Record<(typeof LIST_FILTERS)[number], number>>;
  equals: Array<(typeof EQUAL_FILTERS)[number]>;
  unassigned: boolean;
  from: boolean;
  to: boolean;
  /** Which part of the SQLite full-text index a search needs (see search-index.ts). */
  search: SearchPart | 'both' | null;
  cursor: boolean;
  /** Rows to read: written into the SQL (see `literalLimit`). */
  limit: number;
}

/** A query of situations, before it selects anything. */
type SituationsQuery = SelectQueryBuilder<DB, 'situations', object>;

type ListRun = ReturnType<typeof prepared<Record<string, unknown>, SummaryRow>>;
const listQueries = new Map<string, ListRun>();
const MAX_LIST_SHAPES = 500;

function cachedListQuery(dialect: DialectName, shape: ListShape): ListRun {
  return cachedQuery(listQueries, `${dialect}:${JSON.stringify(shape)}`, () =>
    prepared((db, param) => buildList(db, dialect, param, shape)),
  );
}

/** The query kept under `key`, built the first time it is asked for. */
function cachedQuery<Run>(queries: Map<string, Run>, key: string, build: () => Run): Run {
  let run = queries.get(key);
  if (!run) {
    run = build();
    // Shapes are few in practice; the bound keeps odd clients from growing the map.
    if (queries.size >= MAX_LIST_SHAPES) queries.delete(queries.keys().next().value!);
    queries.set(key, run);
  }
  return run;
}

/** The filters of an inbox request, its organisation and its cursor, on a query of situations. */
function filtered(query: SituationsQuery, param: Param, shape: ListShape): SituationsQuery {
  const { column, direction } = SORTS[shape.sort];
  query = query.where('situations.organization_id', '=', param('organizationId'));
  for (const field of LIST_FILTERS) {
    const count = shape.lists[field];
    if (count)
      query = query.where(
        COLUMN_OF[field],
        'in',
        Array.from({ length: count }, (_, i) => param(`${field}${i}`)),
      );
  }
  for (const field of shape.equals) query = query.where(COLUMN_OF[field], '=', param(field));
  if (shape.unassigned) query = query.where('situations.owner_id', 'is', null);
  if (shape.from) query = query.where('situations.opened_at', '>=', param('from'));
  if (shape.to) query = query.where('situations.opened_at', '<', param('to'));
  if (shape.cursor) {
    query = query.where((eb) =>
      eb(
        eb.refTuple(`situations.${column}`, 'situations.id'),
        direction === 'desc' ? '<' : '>',
        eb.tuple(param('cursorValue'), param('cursorId')),
      ),
    );
  }
  return query;
}

function buildList(db: Kysely<DB>, dialect: DialectName, param: Param, shape: ListShape) {
  const { column, direction } = SORTS[shape.sort];
  const sortRef = `situations.${column}` as const;
  let query = filtered(situationsToList(db, dialect, param, shape), param, shape);
  if (shape.search && dialect === 'postgres') {
    query = query.where(
      sql<boolean>`situations.search @@ to_tsquery('simple', ${param('search')})`,
    );
  } else if (shape.search && shape.search !== 'both') {
    // On SQLite a join on the full-text index, not "rid in (select rowid …)": with the sort,
    // the subquery form cost about 150 µs more on every search, even one that matched nothing.
    const table = sql.raw(SEARCH_INDEXES[shape.search]);
    query = query
      .innerJoin(sql<{ rowid: number }>`${table}`.as('matches'), (join) =>
        join.on(sql<boolean>`matches.rowid = situations.rid`),
      )
      .where(sql<boolean>`${table} match ${param('search')}`);
  }
  if (dialect === 'sqlite' && shape.search) {
    // A search can match hundreds of situations, and SQLite sorts whole result rows: reading
    // every column of each, and its owner's name, cost more than finding them (a name with
    // 278 open situations among 1,000,000: 680 µs, against 480 µs when the page is chosen by
    // its keys first and only its rows are read).
    const page = query
      .select('situations.rid')
      .orderBy(sortRef, direction)
      .orderBy('situations.id', direction)
      .limit(literalLimit(shape.limit));
    return db
      .selectFrom('situations')
      .select(SUMMARY_COLUMNS)
      .select(ownerName)
      .where('situations.rid', 'in', page)
      .orderBy(sortRef, direction)
      .orderBy('situations.id', direction);
  }
  // The inbox reads summaries: fewer columns is most of what a page of rows costs SQLite.
  return query
    .select(SUMMARY_COLUMNS)
    .select(ownerName)
    .orderBy(sortRef, direction)
    .orderBy('situations.id', direction)
    .limit(literalLimit(shape.limit));
}

/**
 * The rows an inbox page is chosen from. A SQLite search of both parts of the full-text index
 * starts from the situations that match, joined in that order (SQLite keeps the order of a
 * CROSS JOIN): from a join on the union of the two, SQLite's planner chose to walk every
 * situation of the organisation and look each one up among the matches, 20 ms for a name
 * among 1,000,000 situations instead of 1.7.
 */
function situationsToList(db: Kysely<DB>, dialect: DialectName, param: Param, shape: ListShape) {
  if (dialect !== 'sqlite' || shape.search !== 'both') return db.selectFrom('situations');
  const match = (table: string) =>
    sql`select rowid from ${sql.raw(table)} where ${sql.raw(table)} match ${param('search')}`;
  const matches = sql<{
    rowid: number;
  }>`(${match(SEARCH_INDEXES.open)} union all ${match(SEARCH_INDEXES.settled)})`.as('matches');
  // Typed as the query on situations alone: everything added to it names only their columns.
  return db
    .selectFrom(matches)
    .crossJoin('situations')
    .where(sql<boolean>`situations.rid = matches.rowid`) as unknown as SituationsQuery;
}

/**
 * Past this, a SQLite search sorts all its matches in one statement instead of reading them in
 * the index's order (`searchInOpeningOrder`): with situations this far out of order, it could
 * read most of them before it may stop.
 */
const MAX_BACKDATED_MS = 3_600_000;

interface MatchKeys {
  rid: number;
  opened_at: string;
  id: string;
}

type ChunkRun = ReturnType<typeof prepared<Record<string, unknown>, MatchKeys>>;
const chunkQueries = new Map<string, ChunkRun>();

/**
 * The next matches of one part of the SQLite full-text index, in the index's own order (the
 * situations' rids, descending for the newest first), past the rid `after` when one is given,
 * with the keys they sort by. A CROSS JOIN keeps the index as the outer loop, so SQLite reads
 * only as many matches as it hands back.
 */
function buildMatchesInRidOrder(
  db: Kysely<DB>,
  param: Param,
  shape: ListShape & { search: SearchPart },
  chunk: number,
  after: boolean,
) {
  const table = sql.raw(SEARCH_INDEXES[shape.search]);
  const direction = SORTS[shape.sort].direction;
  const matches = db
    .selectFrom(sql<{ rowid: number }>`${table}`.as('matches'))
    .crossJoin('situations')
    .where(sql<boolean>`situations.rid = matches.rowid`)
    .where(sql<boolean>`${table} match ${param('search')}`) as unknown as SituationsQuery;
  let query = filtered(matches, param, shape);
  if (after)
    query = query.where(
      sql<boolean>`matches.rowid ${sql.raw(direction === 'desc' ? '<' : '>')} ${param('after')}`,
    );
  return query
    .select(['situations.rid', 'situations.opened_at', 'situations.id'])
    .$narrowType<{ rid: number }>()
    .orderBy(sql`matches.rowid`, direction)
    .limit(literalLimit(chunk));
}

/** How far the organisation's situations were opened out of order (the migration says how). */
const backdatedMs = prepared<Record<string, unknown>, { backdated_ms: number }>((db, param) => ({
  compile: () =>
    sql<{ backdated_ms: number }>`select backdated_ms from situation_opening_order
      where organization_id = ${param('organizationId')}`.compile(db),
}));

const pageByRid = {
  desc: prepared((db, param) => pageOf(db, param, 'desc')),
  asc: prepared((db, param) => pageOf(db, param, 'asc')),
};

/**
 * The summaries of the situations whose rids are listed (a JSON array), by opening time. From
 * the list, in a CROSS JOIN: with "rid in (select value from json_each(…))" SQLite chose to
 * walk the organisation's situations instead, 200 ms at 1,000,000.
 */
function pageOf(db: Kysely<DB>, param: Param, direction: 'asc' | 'desc') {
  const page = db
    .selectFrom(sql<{ value: number }>`json_each(${param('rids')})`.as('page'))
    .crossJoin('situations')
    .where(sql<boolean>`situations.rid = page.value`) as unknown as SituationsQuery;
  return page
    .select(SUMMARY_COLUMNS)
    .select(ownerName)
    .where('situations.organization_id', '=', param('organizationId'))
    .orderBy('situations.opened_at', direction)
    .orderBy('situations.id', direction);
}

/**
 * A SQLite search sorted by opening time that reads its matches in the full-text index's order
 * and stops as soon as none still to come can belong on the page. A name with 278 open
 * situations among 1,000,000 took 110 µs of SQLite instead of 600: the old way read all 278
 * rows, from all over the table, to sort them.
 *
 * Situations are logged as they are opened, so the index's order (rids) is nearly always the
 * order of opening. How nearly is `backdated_ms` (migration 2026-12-06T1200): no situation was
 * opened more than that before one logged ahead of it. So when the newest-first read reaches a
 * match opened at t, every match still to come was opened by t + backdated_ms; once that is
 * earlier than the last situation the page holds, the page is complete. Each part of the index
 * searched (open, settled) is read so, side by side, until neither can add to the page. The
 * first read asks for one match more than the page, which settles it when everything arrived
 * in order; later reads take four times as many. Returns null when the organisation's
 * situations are too far out of order for this to pay: the caller sorts in one statement.
 */
async function searchInOpeningOrder(
  db: Kysely<DB>,
  dialect: DialectName,
  shape: ListShape,
  parts: readonly SearchPart[],
  values: Record<string, unknown>,
): Promise<SummaryRow[] | null> {
  const descending = SORTS[shape.sort].direction === 'desc';
  const before = (a: MatchKeys, b: MatchKeys) => {
    // ISO 8601 timestamps of one format sort as text; ties go by id, as in SQL.
    const order = compareText(a.opened_at, b.opened_at) || compareText(a.id, b.id);
    return descending ? -order : order;
  };
  const wanted = shape.limit;
  let found: MatchKeys[] = [];
  let backdated: number | null = null;
  /** Each part's read: how far it got (a rid), and the last match it handed back. */
  const reads = parts.map((part) => ({
    shape: { ...shape, search: part },
    after: null as number | null,
    last: null as MatchKeys | null,
    done: false,
  }));
  /** Whether matches still to come after this one can belong on the page as it stands. */
  const mayStillBelong = (last: MatchKeys) => {
    if (found.length < wanted) return true;
    const lastAt = Date.parse(last.opened_at);
    const edgeAt = Date.parse(found[wanted - 1]!.opened_at);
    return descending ? lastAt + backdated! >= edgeAt : lastAt - backdated! <= edgeAt;
  };
  for (;;) {
    for (const read of reads) {
      if (read.done) continue;
      const chunk = read.after === null ? wanted + 1 : 4 * (wanted + 1);
      const run = cachedChunkQuery(read.shape, chunk, read.after !== null);
      const rows = await run(
        db,
        dialect,
        read.after === null ? values : { ...values, after: read.after },
      );
      found = found.concat(rows).sort(before).slice(0, wanted);
      read.done = rows.length < chunk; // every match of this part is read
      read.last = rows[rows.length - 1] ?? null;
      read.after = read.last?.rid ?? null;
    }
    const going = reads.filter((read) => !read.done);
    if (!going.length) break;
    if (backdated === null) {
      const [order] = await backdatedMs(db, dialect, values);
      backdated = order?.backdated_ms ?? 0;
      if (backdated > MAX_BACKDATED_MS) return null;
    }
    // The page's edge only moves inwards as matches come in: a part done with stays done.
    for (const read of going) read.done = !mayStillBelong(read.last!);
    if (reads.every((read) => read.done)) break;
  }
  if (!found.length) return [];
  return pageByRid[descending ? 'desc' : 'asc'](db, dialect, {
    organizationId: values.organizationId,
    rids: JSON.stringify(found.map((k) => k.rid)),
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cachedChunkQuery(
  shape: ListShape & { search: SearchPart },
  chunk: number,
  after: boolean,
): ChunkRun {
  return cachedQuery(chunkQueries, `${JSON.stringify(shape)}:${chunk}:${after}`, () =>
    prepared((db, param) => buildMatchesInRidOrder(db, param, shape, chunk, after)),
  );
}

/** The parts of the full-text index that hold situations of these statuses (all, without). */
function searchPartsFor(statuses: readonly string[] | undefined): SearchPart | 'both' {
  const parts = new Set((statuses?.length ? statuses : ['open', 'closed']).map(searchPartOf));
  return parts.size === 1 ? [...parts][0]! : 'both';
}

const indexedWords = prepared((db, param) =>
  db
    .selectFrom('situations')
    .select(['rid', 'title', 'account', 'party_name', 'status'])
    .where('organization_id', '=', param('organizationId'))
    .where('id', '=', param('id'))
    .$narrowType<{ rid: number }>(),
);

/**
 * searchIndex collects the situations whose words change, for the SQLite full-text index to
 * take in once at commit (see search-index.ts). Without one, as outside a transaction, the
 * index is brought up to date after each write. PostgreSQL's index is a generated column.
 */
export function situationQueries(
  db: Kysely<DB>,
  dialect: DialectName,
  searchIndex?: SearchIndexChanges,
) {
  /** Runs a write that may change searchable words, with where to note them (SQLite only). */
  async function changingWords(write: (changes: SearchIndexChanges | null) => Promise<void>) {
    if (dialect !== 'sqlite') return write(null);
    if (searchIndex) return write(searchIndex);
    const changes = new SearchIndexChanges();
    await write(changes);
    await changes.apply(db, dialect);
  }
  const sameWords = (a: IndexedWords, b: Pick<IndexedWords, 'title' | 'account' | 'party_name'>) =>
    a.title === b.title && a.account === b.account && a.party_name === b.party_name;

  return {
    async insert(s: SituationRecord): Promise<void> {
      await changingWords(async (changes) => {
        const row = toRow(s);
        await insertSituation(db, dialect, row);
        changes?.touch(s.id, null, row.status);
      });
    },

    /** Writes the cached projection back; the events stay the source of truth. */
    async saveProjection(s: SituationRecord): Promise<void> {
      const row = toRow(s);
      await changingWords(async (changes) => {
        if (changes) {
          const [before] = await indexedWords(db, dialect, {
            organizationId: s.organizationId,
            id: s.id,
          });
          const moves = before && searchPartOf(before.status) !== searchPartOf(row.status);
          if (before && (moves || !sameWords(before, row))) changes.touch(s.id, before, row.status);
        }
        await saveProjection(db, dialect, row);
      });
    },

    /** Repeats a situation's tasks as rows, for queries across situations. */
    async replaceTasks(s: SituationRecord): Promise<void> {
      await db
        .deleteFrom('situation_tasks')
        .where('organization_id', '=', s.organizationId)
        .where('situation_id', '=', s.id)
        .execute();
      if (!s.tasks.length) return;
      await db
        .insertInto('situation_tasks')
        .values(
          s.tasks.map((t) => ({
            organization_id: s.organizationId,
            situation_id: s.id,
            id: t.id,
            kind: t.kind,
            what: t.what,
            // A promise is kept by whoever owns the situation.
            assignee_id: t.kind === 'task' ? t.who : s.ownerId,
            due_at: t.due,
            done_at: t.doneAt,
          })),
        )
        .execute();
    },

    /**
     * Open tasks and promises on situations not yet closed (or, with `doneSince`, the ones
     * done since then), soonest due first.
     */
    async tasks(
      organizationId: string,
      filter: { assigneeId?: string | undefined; doneSince?: string | undefined; limit: number },
    ): Promise<TaskRow[]> {
      let query = db
        .selectFrom('situation_tasks')
        .innerJoin('situations', 'situations.id', 'situation_tasks.situation_id')
        .select([
          'situation_tasks.situation_id',
          'situation_tasks.id',
          'situation_tasks.kind',
          'situation_tasks.what',
          'situation_tasks.assignee_id',
          'situation_tasks.due_at',
          'situation_tasks.done_at',
          'situations.number',
          'situations.title',
          'situations.status',
        ])
        .select((eb) =>
          eb
            .selectFrom('users')
            .select('users.name')
            .whereRef('users.id', '=', 'situation_tasks.assignee_id')
            .as('assignee_name'),
        )
        .where('situation_tasks.organization_id', '=', organizationId)
        // Closing a situation closes its loop: what was left open there is history now.
        .where('situations.status', '!=', 'closed');
      if (filter.assigneeId)
        query = query.where('situation_tasks.assignee_id', '=', filter.assigneeId);
      query = filter.doneSince
        ? query.where('situation_tasks.done_at', '>=', filter.doneSince)
        : query.where('situation_tasks.done_at', 'is', null);
      const rows = await query
        .orderBy('situation_tasks.due_at')
        .orderBy('situation_tasks.id')
        .limit(literalLimit(filter.limit))
        .execute();
      return rows.map((r) => ({
        situationId: r.situation_id,
        situationNumber: Number(r.number),
        situationTitle: r.title,
        situationStatus: r.status as Status,
        id: r.id,
        kind: r.kind as TaskRow['kind'],
        what: r.what,
        assigneeId: r.assignee_id,
        assigneeName: r.assignee_name,
        due: r.due_at,
        doneAt: r.done_at,
      }));
    },

    /** Resolved situations whose follow-up is still to be done, soonest first. */
    async followUps(
      organizationId: string,
      filter: { ownerId?: string | undefined; limit: number },
    ): Promise<Array<SituationSummaryRecord & { followUpDueAt: string; resolvedAt: string }>> {
      let query = db
        .selectFrom('situations')
        .select(SUMMARY_COLUMNS)
        .select(['situations.follow_up_due_at', 'situations.resolved_at'])
        .select(ownerName)
        .where('situations.organization_id', '=', organizationId)
        .where('situations.follow_up_due_at', 'is not', null);
      if (filter.ownerId) query = query.where('situations.owner_id', '=', filter.ownerId);
      const rows = await query
        .orderBy('situations.follow_up_due_at')
        .orderBy('situations.id')
        .limit(literalLimit(filter.limit))
        .execute();
      // Added to the summary, not spread into a literal with more keys (see toRecord).
      return rows.map((r) =>
        Object.assign(toSummary(r), {
          followUpDueAt: r.follow_up_due_at!,
          resolvedAt: r.resolved_at!,
        }),
      );
    },

    async byId(organizationId: string, id: string): Promise<SituationRecord | undefined> {
      const [row] = await situationById(db, dialect, { organizationId, id });
      return row && toRecord(row);
    },

    /** By its number within the organisation (#42), as an email address names it. */
    async idByNumber(organizationId: string, number: number): Promise<string | undefined> {
      const row = await db
        .selectFrom('situations')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('number', '=', number)
        .executeTakeFirst();
      return row?.id;
    },

    async appendEvent(organizationId: string, eventId: string, seq: number, event: SituationEvent) {
      await appendEvent(db, dialect, {
        id: eventId,
        organization_id: organizationId,
        situation_id: event.situationId,
        seq,
        type: event.type,
        at: event.at,
        actor_id: event.actorId,
        data: JSON.stringify(event.data),
      });
    },

    async events(organizationId: string, situationId: string): Promise<StoredEvent[]> {
      const rows = await eventsOf(db, dialect, { organizationId, situationId });
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
      await changingWords(async (changes) => {
        if (changes) {
          const renamed = await db
            .selectFrom('situations')
            .select(['id', 'rid', 'title', 'account', 'party_name', 'status'])
            .where('organization_id', '=', organizationId)
            .where('party_id', '=', partyId)
            .$narrowType<{ rid: number }>()
            .execute();
          for (const { id, ...before } of renamed)
            if (before.party_name !== name) changes.touch(id, before, before.status);
        }
        await db
          .updateTable('situations')
          .set({ party_name: name })
          .where('organization_id', '=', organizationId)
          .where('party_id', '=', partyId)
          .execute();
      });
    },

    async list(
      organizationId: string,
      filter: SituationFilter,
      sort: SituationSort,
      page: PageRequest,
    ): Promise<Page<SituationSummaryRecord>> {
      const terms = filter.q ? searchTerms(filter.q) : [];
      if (filter.q && terms.length === 0) return { items: [], nextCursor: null };
      const values: Record<string, unknown> = { organizationId };
      const shape: ListShape = {
        sort,
        lists: {},
        equals: [],
        unassigned: !!filter.unassigned,
        from: !!filter.from,
        to: !!filter.to,
        search: terms.length > 0 ? searchPartsFor(filter.status) : null,
        cursor: !!page.cursor,
        limit: page.limit + 1,
      };
      for (const field of LIST_FILTERS) {
        const list = filter[field];
        if (!list?.length) continue;
        shape.lists[field] = list.length;
        list.forEach((value, i) => (values[`${field}${i}`] = value));
      }
      for (const field of EQUAL_FILTERS) {
        if (!filter[field]) continue;
        shape.equals.push(field);
        values[field] = filter[field];
      }
      if (filter.from) values.from = filter.from;
      if (filter.to) values.to = filter.to;
      if (shape.search)
        values.search =
          dialect === 'postgres' ? postgresTsQuery(terms) : sqliteMatchExpression(terms);
      if (page.cursor) {
        const [value, id] = decodeCursor(page.cursor);
        values.cursorValue = String(value);
        values.cursorId = id;
      }

      const inIndexOrder =
        dialect === 'sqlite' && shape.search !== null && SORTS[sort].column === 'opened_at';
      const parts: SearchPart[] =
        shape.search === 'both' ? ['open', 'settled'] : shape.search ? [shape.search] : [];
      const rows =
        (inIndexOrder ? await searchInOpeningOrder(db, dialect, shape, parts, values) : null) ??
        (await cachedListQuery(dialect, shape)(db, dialect, values));
      const items = rows.slice(0, page.limit).map(toSummary);
      const last = items[items.length - 1];
      const lastValue =
        last && (SORTS[sort].column === 'opened_at' ? last.openedAt : last.updatedAt);
      return {
        items,
        nextCursor:
          rows.length > page.limit && last && lastValue ? encodeCursor(lastValue, last.id) : null,
      };
    },
  };
}
