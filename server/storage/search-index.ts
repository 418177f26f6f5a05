import { sql, type Kysely } from 'kysely';
import type { DialectName } from './database';
import { prepared } from './prepared';
import type { DB } from './schema';

/** The words of one situation as the SQLite full-text index holds them. */
export type IndexedWords = {
  rid: number;
  title: string;
  account: string | null;
  party_name: string | null;
};

/**
 * Situations whose searchable words (title, account, party name) one transaction changed,
 * each with the words the index held for it before: null for a situation new in it.
 *
 * On SQLite the index is kept by the storage layer rather than by triggers, and written once
 * per commit. FTS5 writes its pending words to disk at every savepoint, and group commit puts
 * each request in a savepoint (a trigger runs in one too), so an index written as rows change
 * cost a disk segment per situation, about 100 µs each. Every statement that writes the index
 * also opens a savepoint of its own, so the batch is written after the last savepoint and in
 * one statement per kind of change, and in rowid order, because FTS5 also writes out what it
 * holds when a row comes before one it already took. Otherwise a segment per situation would
 * still be left, and more merging for FTS5 later.
 */
export class SearchIndexChanges {
  private readonly before = new Map<string, IndexedWords | null>();

  /** Only the first change counts: the index still holds what was there before it. */
  touch(situationId: string, before: IndexedWords | null): void {
    if (!this.before.has(situationId)) this.before.set(situationId, before);
  }

  /** A savepoint that was released hands its changes to the transaction around it. */
  mergeInto(outer: SearchIndexChanges): void {
    for (const [id, before] of this.before) outer.touch(id, before);
  }

  /**
   * Brings the index in step with the rows as they are now: takes out the words it held and
   * puts in the current ones. Run inside the transaction, after its last savepoint.
   */
  async apply(db: Kysely<DB>, dialect: DialectName): Promise<void> {
    if (this.before.size === 0) return;
    const held = [...this.before.values()].filter((before) => before !== null);
    if (held.length) await forget(db, dialect, { rows: JSON.stringify(held) });
    await index(db, dialect, { ids: JSON.stringify([...this.before.keys()]) });
    this.before.clear();
  }
}

// An external-content index forgets a row only when told exactly which words it held.
const forget = prepared<{ rows: string }, unknown>((db, param) => ({
  compile: () =>
    sql`insert into situations_fts (situations_fts, rowid, title, account, party_name)
      select 'delete', value ->> 'rid', value ->> 'title', value ->> 'account', value ->> 'party_name'
      from json_each(${param('rows')}) order by value ->> 'rid'`.compile(db),
}));

const index = prepared<{ ids: string }, unknown>((db, param) => ({
  compile: () =>
    sql`insert into situations_fts (rowid, title, account, party_name)
      select rid, title, account, party_name from situations
      where id in (select value from json_each(${param('ids')})) order by rid`.compile(db),
}));
