import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSituationSummary } from '../../contract/situations';
import type { Actor } from '../app/deps';
import { openSituation } from '../app/open-situation';
import {
  createTestApp,
  ownerActor,
  searchIndexMatchesTheRows,
  type TestApp,
  type TestOrg,
} from '../test/harness';
import {
  countSegments,
  keepSearchIndexCompact,
  type SearchIndexUpkeepOptions,
} from './search-index-upkeep';
import { SEARCH_INDEXES } from './search-index';

const QUERIES = ['soup', 'table 7', 'ingrid', 'lindqvist', 'brassy colour', 'umbr', 'nothing'];
const WORDS = ['Cold soup', 'Brassy colour', 'Lost umbrella', 'Wrong bill', 'Late booking'];

describe('the SQLite search index, merged when the server is quiet', () => {
  let t: TestApp;
  let org: TestOrg;
  let actor: Actor;
  const found = async (q: string) => {
    const res = await t.as(org.token, {
      url: `/api/v1/situations?q=${encodeURIComponent(q)}&limit=100`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as TSituationSummary[]).map((s) => s.title).sort();
  };
  const everySearch = async () => Promise.all(QUERIES.map(found));
  const segments = () => countSegments(t.database.db, SEARCH_INDEXES.open);
  const settled = () => countSegments(t.database.db, SEARCH_INDEXES.settled);
  /** Situations logged and then resolved, each in commits of its own. */
  const settleSituations = async (count: number, from: number) => {
    for (let i = from; i < from + count; i++) {
      const s = await openSituation(t.deps, actor, { title: `Spilt wine at table ${i}` });
      await t.deps.storage.transaction((store) =>
        store.situations.saveProjection({ ...s, status: 'resolved' }),
      );
    }
  };
  /** One commit each, as situations logged one at a time: each leaves a segment behind. */
  const logSituations = async (count: number, from: number) => {
    for (let i = from; i < from + count; i++) {
      await openSituation(t.deps, actor, {
        title: `${WORDS[i % WORDS.length]} at table ${i}`,
        ...(i % 4 === 0 ? { account: 'Ingrid Lindqvist waited twenty minutes' } : {}),
      });
    }
  };
  const waitFor = async (done: () => Promise<boolean>) => {
    for (let waited = 0; waited < 15_000; waited += 100) {
      if (await done()) return;
      // Looking is a statement too: leave the upkeep quiet moments to work in.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('timed out');
  };
  const fast: SearchIndexUpkeepOptions = {
    quietMs: 20,
    checkMs: 10,
    slicePages: 2,
    minSegments: 8,
    growthBetweenMerges: 0,
  };

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    org = await t.newOrganization('Quayside Kitchen');
    actor = ownerActor(org);
    await logSituations(40, 0);
  });
  afterAll(() => t.close());

  it('leaves the index alone while the server is busy, or when it is in few segments', async () => {
    const before = await segments();
    expect(before).toBeGreaterThanOrEqual(8);
    const busy = keepSearchIndexCompact(t.database, { ...fast, quietMs: 60_000 });
    const fewEnough = keepSearchIndexCompact(t.database, { ...fast, minSegments: before + 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await busy.stop();
    await fewEnough.stop();
    expect(await segments()).toBe(before);
  });

  it('merges the index into one segment, and every search finds what it found before', async () => {
    const expected = await everySearch();
    expect(expected.flat().length).toBeGreaterThan(40);
    const upkeep = keepSearchIndexCompact(t.database, fast);
    try {
      await waitFor(async () => (await segments()) === 1);
    } finally {
      await upkeep.stop();
    }
    expect(await everySearch()).toEqual(expected);
    await searchIndexMatchesTheRows(t.database);
  });

  it('merges the open part at every quiet moment, the settled part once the desk has grown by a share', async () => {
    await settleSituations(20, 500);
    const upkeep = keepSearchIndexCompact(t.database, {
      ...fast,
      minSegments: 2,
      growthBetweenMerges: 0.5,
    });
    try {
      await waitFor(async () => (await settled()) === 1 && (await segments()) === 1);
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from situations where status <> 'open'`.execute(t.database.db);
      const half = Math.ceil(rows[0]!.n / 2);
      // Each situation logged and resolved in commits of its own adds a segment to each part.
      await settleSituations(half - 4, 600);
      await waitFor(async () => (await segments()) === 1);
      const grown = await settled();
      expect(grown).toBeGreaterThan(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await settled()).toBe(grown);
      await settleSituations(4, 700);
      await waitFor(async () => (await settled()) === 1);
      expect(await found('spilt wine')).toHaveLength(20 + half);
      await searchIndexMatchesTheRows(t.database);
    } finally {
      await upkeep.stop();
    }
  });

  it('reports a failure once and waits before trying again, instead of filling the log', async () => {
    const broken = await createTestApp('sqlite');
    try {
      const brokenOrg = await broken.newOrganization('Broken Bistro');
      await openSituation(broken.deps, ownerActor(brokenOrg), { title: 'Cold soup' });
      await sql`drop table open_situations_fts`.execute(broken.database.db);
      const errors: unknown[] = [];
      const upkeep = keepSearchIndexCompact(broken.database, fast, (error) => errors.push(error));
      // Writes with quiet moments between them: each would be a reason to look again.
      for (let i = 0; i < 6; i++) {
        const res = await broken.as(brokenOrg.token, {
          method: 'POST',
          url: '/api/v1/parties',
          payload: { name: `Guest ${i}` },
        });
        expect(res.statusCode, res.body).toBe(201);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      await upkeep.stop();
      expect(errors).toHaveLength(1);
      expect(String(errors[0])).toContain('open_situations_fts');
    } finally {
      await broken.close();
    }
  });

  it('does nothing more once stopped, and keeps indexing new situations', async () => {
    // Two segments would be enough for a running upkeep to merge.
    const upkeep = keepSearchIndexCompact(t.database, { ...fast, minSegments: 2 });
    await upkeep.stop();
    await logSituations(10, 40);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await segments()).toBeGreaterThan(1);
    expect(await found('table 45')).toEqual(['Cold soup at table 45']);
  });
});
