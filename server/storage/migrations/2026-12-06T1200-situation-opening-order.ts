import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * SQLite: how far out of order each organisation's situations were opened, for the inbox
 * search (see `searchInOpeningOrder` in queries/situations.ts).
 *
 * A search that matches many situations used to read every match to sort them by when they
 * were opened, then kept a page of them: 278 matches, 278 rows read from all over the table.
 * Situations are logged as they are opened, so in practice a later rid is a later opening,
 * and the full-text index hands out its matches newest rid first, cheaply. The search can read
 * them in that order and stop once no match still to come can belong on the page, if it knows
 * how far a situation can have been opened before one logged ahead of it: a clock set back, a
 * history loaded later. `backdated_ms` is that bound, per organisation, kept by triggers: the
 * most any situation was opened before the latest one logged ahead of it (0 while everything
 * arrived in order), plus a millisecond against rounding. A changed opening time widens it by
 * the change, which keeps it a bound for every pair.
 *
 * PostgreSQL searches its own way (a tsvector column) and needs none of this.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`
    CREATE TABLE situation_opening_order (
      organization_id TEXT PRIMARY KEY,
      latest_opened_at TEXT NOT NULL,
      backdated_ms INTEGER NOT NULL
    ) WITHOUT ROWID`.execute(db);
  // What the situations already stored say: for each, the latest opening logged ahead of it.
  await sql`
    INSERT INTO situation_opening_order (organization_id, latest_opened_at, backdated_ms)
    SELECT organization_id, max(opened_at),
      coalesce(max(CASE WHEN ahead > opened_at
        THEN CAST((julianday(ahead) - julianday(opened_at)) * 86400000 AS INTEGER) + 1 END), 0)
    FROM (
      SELECT organization_id, opened_at,
        max(opened_at) OVER (PARTITION BY organization_id ORDER BY rid
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ahead
      FROM situations
    )
    GROUP BY organization_id`.execute(db);
  await sql`
    CREATE TRIGGER situation_opening_order_on_insert AFTER INSERT ON situations BEGIN
      INSERT INTO situation_opening_order (organization_id, latest_opened_at, backdated_ms)
      VALUES (NEW.organization_id, NEW.opened_at, 0)
      ON CONFLICT (organization_id) DO UPDATE SET
        backdated_ms = max(backdated_ms, CASE WHEN latest_opened_at > excluded.latest_opened_at
          THEN CAST((julianday(latest_opened_at) - julianday(excluded.latest_opened_at)) * 86400000 AS INTEGER) + 1
          ELSE 0 END),
        latest_opened_at = max(latest_opened_at, excluded.latest_opened_at);
    END`.execute(db);
  await sql`
    CREATE TRIGGER situation_opening_order_on_change AFTER UPDATE OF opened_at ON situations
    WHEN NEW.opened_at IS NOT OLD.opened_at BEGIN
      UPDATE situation_opening_order SET
        backdated_ms = backdated_ms
          + CAST(abs(julianday(NEW.opened_at) - julianday(OLD.opened_at)) * 86400000 AS INTEGER) + 1,
        latest_opened_at = max(latest_opened_at, NEW.opened_at)
      WHERE organization_id = NEW.organization_id;
    END`.execute(db);
}
