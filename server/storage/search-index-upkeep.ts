import { sql, type Kysely } from 'kysely';
import type { Database } from './database';
import type { DB } from './schema';
import { SEARCH_INDEXES } from './search-index';

/**
 * SQLite's full-text index (FTS5) writes the words of each commit as a new segment and merges
 * segments of like size only as they pile up, so after a day of writes it holds some twenty,
 * and a search looks every word up in each one: a two-word name search among 100,000
 * situations cost 550 µs of SQLite with 18 segments and 150 µs with one (the server's whole
 * answer went from about 670 to 440 µs).
 *
 * So once the server has been quiet for a moment and a part of the index (open situations, or
 * the settled: search-index.ts) has grown to several segments, they are merged into one, a
 * slice at a time. The merge gives way as soon as anything else runs a statement and picks up
 * where it was at the next quiet moment; nothing it does changes what a search finds. A merge
 * rewrites the whole part. The settled part is large (over 100 MB at 1,000,000 situations,
 * 2–3 s of work), so after a merge of it the next waits until the desk has logged new
 * situations numbering a tenth of what it held then: the rewriting stays in proportion to
 * what the desk writes. The open part holds only what is still open, takes every new
 * situation, and is what the inbox searches, so it is merged at every quiet moment that finds
 * it in several segments: after a busy spell its searches are quick again at once. Even with
 * 190,000 situations open (the benchmark's million) it is about 30 MB, well under a second of
 * work. PostgreSQL keeps its own index tidy (autovacuum), so this is SQLite's.
 */
export interface SearchIndexUpkeepOptions {
  /**
   * How long without a statement from anyone else counts as quiet. Shorter than the job
   * runner's one-second look for due jobs, or it would never be quiet.
   */
  quietMs: number;
  /** How often to look, while there is nothing to do. */
  checkMs: number;
  /**
   * Pages of index one slice may write: a few milliseconds of work (7 ms typical at 1,000,000
   * situations, at most about 100), so a request arriving meanwhile waits little.
   */
  slicePages: number;
  /** Fewer segments than this are left alone: merging rewrites the whole part. */
  minSegments: number;
  /**
   * After a merge of the settled part, the next waits until the desk has logged new
   * situations numbering this share of what the part held.
   */
  growthBetweenMerges: number;
}

export const SEARCH_INDEX_UPKEEP: SearchIndexUpkeepOptions = {
  quietMs: 250,
  checkMs: 250,
  slicePages: 64,
  minSegments: 8,
  growthBetweenMerges: 0.1,
};

/** Between two slices of one merge: long enough for a request that came in to be read. */
const SLICE_GAP_MS = 5;
/** After a failure (another process holding the write lock, say), before trying again. */
const AFTER_FAILURE_MS = 60_000;

export interface SearchIndexUpkeep {
  stop(): Promise<void>;
}

export function keepSearchIndexCompact(
  database: Database,
  options: SearchIndexUpkeepOptions = SEARCH_INDEX_UPKEEP,
  onError: (error: unknown) => void = () => undefined,
): SearchIndexUpkeep {
  const clock = database.statementClock;
  if (database.dialect !== 'sqlite' || !clock) return { stop: async () => undefined };
  // Each part of the index (open, settled) is merged on its own, one slice at a time.
  const parts = Object.entries(SEARCH_INDEXES).map(([part, table]) => ({
    table,
    /** Whether a merge waits for the desk to grow (see growthBetweenMerges). */
    waitsForGrowth: part === 'settled',
    merging: false,
    /** The newest situation's rid when this part's last merge ended; null before the first. */
    mergedUpTo: null as number | null,
    /** How many situations the part held after its last merge. */
    mergedSize: 0,
    // total_changes() when the segments were last counted: unchanged, nothing was written since.
    countedAt: null as number | null,
  }));
  /** performance.now() before which nothing is tried, after a failure. */
  let pausedUntil = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<boolean> | null = null;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };

  async function tick() {
    running = step().catch((error: unknown) => {
      // A slice that fails is rolled back with its statement: the index stays as it was.
      for (const part of parts) part.merging = false;
      pausedUntil = performance.now() + AFTER_FAILURE_MS;
      onError(error);
      return false;
    });
    const more = await running;
    running = null;
    schedule(more ? SLICE_GAP_MS : options.checkMs);
  }

  /** One slice of merging when it is quiet and worth it; true when there is more to do. */
  async function step(): Promise<boolean> {
    const now = performance.now();
    if (now - clock!.lastAt < options.quietMs || now < pausedUntil) return false;
    return database.db.connection().execute(async (connection) => {
      const othersLastAt = clock!.lastAt;
      try {
        const part = parts.find((p) => p.merging) ?? (await partWorthMerging(connection));
        if (!part) return false;
        const before = await totalChanges(connection);
        const table = sql.raw(part.table);
        await sql`insert into ${table} (${table}, rank) values ('merge', ${-options.slicePages})`.execute(
          connection,
        );
        // FTS5's documented signal: a merge that found nothing left to do changes under two rows.
        part.merging = (await totalChanges(connection)) - before >= 2;
        if (!part.merging) {
          part.countedAt = await totalChanges(connection);
          if (part.waitsForGrowth) {
            part.mergedUpTo = await newestSituation(connection);
            part.mergedSize = await situationsIn(connection, part.table);
          }
        }
        return part.merging;
      } finally {
        // Upkeep's own statements are not a sign that anyone else is busy.
        clock!.lastAt = othersLastAt;
      }
    });
  }

  async function partWorthMerging(connection: Kysely<DB>) {
    const changes = await totalChanges(connection);
    for (const part of parts) {
      if (changes === part.countedAt) continue;
      part.countedAt = changes;
      if (part.waitsForGrowth && part.mergedUpTo !== null) {
        const logged = (await newestSituation(connection)) - part.mergedUpTo;
        if (logged < part.mergedSize * options.growthBetweenMerges) continue;
      }
      if ((await countSegments(connection, part.table)) >= options.minSegments) return part;
    }
    return undefined;
  }

  schedule(options.checkMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** How many segments a part of the full-text index is in: each has an entry in its _idx table. */
export async function countSegments(db: Kysely<DB>, table: string): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(distinct segid) as n from ${sql.raw(`${table}_idx`)}`.execute(db);
  return rows[0]!.n;
}

/** FTS5 keeps one small row per situation in a part's _docsize table: counting them is quick. */
async function situationsIn(db: Kysely<DB>, table: string): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from ${sql.raw(`${table}_docsize`)}`.execute(db);
  return rows[0]!.n;
}

/** Situations' rids only grow: the newest tells how many the index has taken in, roughly. */
async function newestSituation(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{
    rid: number;
  }>`select coalesce(max(rid), 0) as rid from situations`.execute(db);
  return rows[0]!.rid;
}

async function totalChanges(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  return rows[0]!.n;
}
