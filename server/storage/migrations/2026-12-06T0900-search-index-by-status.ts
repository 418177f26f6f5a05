import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * SQLite: the full-text index of situations is split in two, one for open situations and one
 * for the resolved and closed, each over a view of its share of the rows. The inbox searches
 * the open ones far more than the rest, and a search costs FTS5 in proportion to how many
 * situations hold its words: a name search among the open eighth of 1,000,000 situations took
 * 142 µs instead of 1,200. A situation moves between the two as its status changes.
 *
 * The last word of a search is matched as a prefix, as people type ("margaret thom"). FTS5
 * answers a prefix from an index of prefixes of that length when it keeps one, and otherwise
 * gathers every word that starts with it, which cost a name search as much again as the rest
 * of it. The open part keeps prefixes of 2 to 10 letters: a name search among 150,000 open
 * situations took 40 µs instead of 90, each new situation about 3 µs more to index, and the
 * part a third more pages. The settled part is searched less and grows far larger, so it
 * keeps the short prefixes only.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const [index, words, status, prefixes] of [
    ['open_situations_fts', 'open_situation_words', sql`status = 'open'`, '2 3 4 5 6 7 8 9 10'],
    ['settled_situations_fts', 'settled_situation_words', sql`status <> 'open'`, '2 3 4'],
  ] as const) {
    await sql`CREATE VIEW ${sql.raw(words)} AS
      SELECT rid, title, account, party_name FROM situations WHERE ${status}`.execute(db);
    await sql`
      CREATE VIRTUAL TABLE ${sql.raw(index)} USING fts5(
        title, account, party_name,
        content = ${sql.lit(words)}, content_rowid = 'rid',
        tokenize = 'unicode61 remove_diacritics 2',
        detail = column, prefix = ${sql.lit(prefixes)}
      )`.execute(db);
    await sql`INSERT INTO ${sql.raw(index)} (${sql.raw(index)}) VALUES ('rebuild')`.execute(db);
  }
  await sql`DROP TABLE situations_fts`.execute(db);
}
