import { sql, type Kysely } from 'kysely';
import type { DialectName } from './database';
import { prepared } from './prepared';
import type { DB } from './schema';

/** The words of one situation as the SQLite full-text index holds them, and its status. */
export type IndexedWords = {
  rid: number;
  title: string;
  account: string | null;
  party_name: string | null;
  status: string;
};

/**
 * The full-text index is in two parts: open situations, which the inbox searches most, and
 * the resolved and closed. A search costs FTS5 in proportion to how many situations hold its
 * words, and most situations of a desk with a long history are settled (see the migration
 * 2026-12-06T0900-search-index-by-status). Each part is an FTS5 table over a view of its rows.
 */
export const SEARCH_INDEXES = {
  open: 'open_situations_fts',
  settled: 'settled_situations_fts',
} as const;
export type SearchPart = keyof typeof SEARCH_INDEXES;

export function searchPartOf(status: string): SearchPart {
  return status === 'open' ? 'open' : 'settled';
}

/**
 * Situations whose searchable words (title, account, party name) or part of the index (open
 * or settled) one transaction changed, each with what the index held for it before: null for
 * a situation new in it.
 *
 * On SQLite the index is kept by the storage layer rather than by triggers, and written once
 * per commit. FTS5 writes its pending words to disk at every savepoint, and group commit puts
 * each request in a savepoint (a trigger runs in one too), so an index written as rows change
 * cost a disk segment per situation, about 100 µs each. Every statement that writes the index
 * also opens a savepoint of its own, so the batch is written after the last savepoint and in
 * one statement per kind of change and part, and in rowid order, because FTS5 also writes out
 * what it holds when a row comes before one it already took. Otherwise a segment per situation
 * would still be left, and more merging for FTS5 later.
 */
export class SearchIndexChanges {
  private readonly changed = new Map<string, { before: IndexedWords | null; now: SearchPart }>();

  /**
   * Notes a change to a situation, written with `status`. Only the first change counts for
   * what the index held before; the last one says which part the situation belongs in now.
   */
  touch(situationId: string, before: IndexedWords | null, status: string): void {
    this.note(situationId, before, searchPartOf(status));
  }

  /** A savepoint that was released hands its changes to the transaction around it. */
  mergeInto(outer: SearchIndexChanges): void {
    for (const [id, { before, now }] of this.changed) outer.note(id, before, now);
  }

  private note(situationId: string, before: IndexedWords | null, now: SearchPart): void {
    const seen = this.changed.get(situationId);
    if (seen) seen.now = now;
    else this.changed.set(situationId, { before, now });
  }

  /**
   * Brings the index in step with the rows as they are now: takes out the words each part
   * held and puts the current ones in the part each situation belongs to. Run inside the
   * transaction, after its last savepoint.
   */
  async apply(db: Kysely<DB>, dialect: DialectName): Promise<void> {
    if (this.changed.size === 0) return;
    const held: Record<SearchPart, IndexedWords[]> = { open: [], settled: [] };
    const now: Record<SearchPart, string[]> = { open: [], settled: [] };
    for (const [id, change] of this.changed) {
      if (change.before) held[searchPartOf(change.before.status)].push(change.before);
      now[change.now].push(id);
    }
    for (const part of ['open', 'settled'] as const) {
      if (held[part].length) await forget[part](db, dialect, { rows: JSON.stringify(held[part]) });
      if (now[part].length) await index[part](db, dialect, { ids: JSON.stringify(now[part]) });
    }
    this.changed.clear();
  }
}

// An external-content index forgets a row only when told exactly which words it held.
const forgetFrom = (table: string) =>
  prepared<{ rows: string }, unknown>((db, param) => ({
    compile: () =>
      sql`insert into ${sql.raw(table)} (${sql.raw(table)}, rowid, title, account, party_name)
        select 'delete', value ->> 'rid', value ->> 'title', value ->> 'account', value ->> 'party_name'
        from json_each(${param('rows')}) order by value ->> 'rid'`.compile(db),
  }));

const indexInto = (table: string) =>
  prepared<{ ids: string }, unknown>((db, param) => ({
    compile: () =>
      sql`insert into ${sql.raw(table)} (rowid, title, account, party_name)
        select rid, title, account, party_name from situations
        where id in (select value from json_each(${param('ids')})) order by rid`.compile(db),
  }));

const forget = {
  open: forgetFrom(SEARCH_INDEXES.open),
  settled: forgetFrom(SEARCH_INDEXES.settled),
};
const index = { open: indexInto(SEARCH_INDEXES.open), settled: indexInto(SEARCH_INDEXES.settled) };
