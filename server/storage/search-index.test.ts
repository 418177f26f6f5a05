import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSituationSummary } from '../../contract/situations';
import type { Actor } from '../app/deps';
import { openSituation, openSituationIn } from '../app/open-situation';
import { updateParty } from '../app/update-party';
import { updateSituation } from '../app/update-situation';
import {
  createTestApp,
  ownerActor,
  searchIndexMatchesTheRows,
  type TestApp,
  type TestOrg,
} from '../test/harness';
import { SEARCH_INDEXES } from './search-index';
import { countSegments } from './search-index-upkeep';

// The SQLite full-text index is written by the storage layer once per commit (PostgreSQL's
// is a generated column). These transactions all arrive together, so group commit runs them
// in one database transaction, each in its own savepoint.
describe('the SQLite search index, kept once per commit', () => {
  let t: TestApp;
  let org: TestOrg;
  let actor: Actor;
  const deps = () => t.deps;
  const titles = async (q: string, status?: string) => {
    const filter = status ? `&status=${status}` : '';
    const res = await t.as(org.token, {
      url: `/api/v1/situations?q=${encodeURIComponent(q)}${filter}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as TSituationSummary[]).map((s) => s.title).sort();
  };
  const indexMatchesTheRows = () => searchIndexMatchesTheRows(t.database);

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    org = await t.newOrganization('Quayside Kitchen');
    actor = ownerActor(org);
  });
  afterAll(() => t.close());

  it('indexes what a batch committed, in its final words, and nothing that was rolled back', async () => {
    const party = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/parties',
        payload: { name: 'Ingrid Lindqvist' },
      })
    ).json();
    const booking = await openSituation(deps(), actor, {
      title: 'Late booking confirmation',
      partyId: party.id,
    });
    const draft = { title: 'Hair colour came out brassy' };

    const results = await Promise.allSettled([
      openSituation(deps(), actor, { title: 'Cold soup at table four' }),
      deps().storage.transaction(async (store) => {
        await openSituationIn(deps(), store, org.organizationId, actor, {
          title: 'Lost umbrella in the cloakroom',
        });
        throw new Error('refused half-way');
      }),
      updateSituation(deps(), actor, booking.id, { title: 'Wrong bill at checkout' }),
      // Opened and reworded in the same batch: only the last words count.
      deps().storage.transaction(async (store) => {
        const opened = await openSituationIn(deps(), store, org.organizationId, actor, {
          title: 'Draft note',
        });
        await store.situations.saveProjection({ ...opened, ...draft });
      }),
      updateParty(deps(), actor, party.id, { name: 'Ingrid Berg' }),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);

    expect(await titles('soup')).toEqual(['Cold soup at table four']);
    expect(await titles('umbrella')).toEqual([]);
    expect(await titles('booking')).toEqual([]);
    expect(await titles('wrong bill')).toEqual(['Wrong bill at checkout']);
    expect(await titles('draft')).toEqual([]);
    expect(await titles('brassy')).toEqual(['Hair colour came out brassy']);
    expect(await titles('berg')).toEqual(['Wrong bill at checkout']);
    expect(await titles('lindqvist')).toEqual([]);
    await indexMatchesTheRows();
  });

  it('writes a batch of new situations to the index as one segment', async () => {
    const segments = () => countSegments(t.database.db, SEARCH_INDEXES.open);
    const before = await segments();
    // Each statement that writes the index opens a savepoint, where FTS5 writes out what it
    // holds: one statement per situation would leave eight segments here.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        openSituation(deps(), actor, { title: `Crème brûlée ${i} arrived cold 🍮` }),
      ),
    );
    expect(await segments()).toBeLessThanOrEqual(before + 1);
    expect(await titles('brulee')).toHaveLength(8);
    await indexMatchesTheRows();
  });

  it('forgets the exact words it held when they change, whatever their script', async () => {
    const s = await openSituation(deps(), actor, {
      title: 'Ramen «très» salé 🍜',
      account: 'Zu salzig, sagte Jürgen',
    });
    await Promise.all([
      updateSituation(deps(), actor, s.id, { title: 'Ramen arrived lukewarm', account: null }),
      openSituation(deps(), actor, { title: 'Another ramen, just right' }),
    ]);
    expect(await titles('salé')).toEqual([]);
    expect(await titles('jürgen')).toEqual([]);
    expect(await titles('ramen')).toEqual(['Another ramen, just right', 'Ramen arrived lukewarm']);
    await indexMatchesTheRows();
  });

  it('leaves the index alone when an action changes nothing it holds', async () => {
    const s = await openSituation(deps(), actor, { title: 'Noisy table by the door' });
    // Every write to the index adds a segment to its data table.
    const indexBlocks = async () =>
      (
        await sql<{ n: number }>`select count(*) as n from open_situations_fts_data`.execute(
          t.database.db,
        )
      ).rows[0]!.n;
    const before = await indexBlocks();
    await updateSituation(deps(), actor, s.id, { mood: 'upset', severity: 'high' });
    expect(await indexBlocks()).toBe(before);
    expect(await titles('noisy')).toEqual(['Noisy table by the door']);
    await indexMatchesTheRows();
  });

  it('moves a situation between the open and the settled part as it is resolved, closed and reopened', async () => {
    const party = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/parties',
        payload: { name: 'Wilhelmina Okonjo' },
      })
    ).json();
    const s = await openSituation(deps(), actor, {
      title: 'Birthday cake never arrived',
      partyId: party.id,
    });
    const act = async (payload: Record<string, unknown>) => {
      const res = await t.as(org.token, {
        method: 'POST',
        url: `/api/v1/situations/${s.id}/actions`,
        payload,
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const where = async (q: string) => ({
      open: await titles(q, 'open'),
      settled: await titles(q, 'resolved,closed'),
      any: await titles(q),
    });
    const cake = ['Birthday cake never arrived'];

    await act({ type: 'record', step: 'solve', data: { actions: ['Baked another one'] } });
    await act({ type: 'resolve' });
    expect(await where('birthday cake')).toEqual({ open: [], settled: cake, any: cake });
    expect(await titles('cake', 'resolved')).toEqual(cake);
    await indexMatchesTheRows();

    // Settled situations keep up with their words too: here the party's new name.
    await updateParty(deps(), actor, party.id, { name: 'Wilhelmina Achterberg' });
    expect(await where('achterberg')).toEqual({ open: [], settled: cake, any: cake });
    expect(await titles('okonjo')).toEqual([]);

    await act({ type: 'skip', step: 'follow_up', reason: 'They asked not to be contacted' });
    await act({ type: 'close' });
    expect(await titles('cake', 'closed')).toEqual(cake);
    expect(await titles('cake', 'resolved')).toEqual([]);

    await act({ type: 'reopen', reason: 'The replacement was wrong too' });
    expect(await where('wilhelmina cake')).toEqual({ open: cake, settled: [], any: cake });
    // The last word is a prefix, whatever its length (the open part keeps prefixes to 10).
    for (const typed of ['wi', 'wilh', 'wilhelm', 'wilhelmin', 'wilhelmina', 'achterberg'])
      expect(await titles(`cake ${typed}`, 'open')).toEqual(cake);
    expect(await titles('cake wilhelminas', 'open')).toEqual([]);
    await indexMatchesTheRows();
  });

  it('notices an index that does not match the rows', async () => {
    // The check above is worth something only if it can fail.
    await sql`update situations set title = 'Changed behind the index' where rowid = (select min(rid) from situations)`.execute(
      t.database.db,
    );
    await expect(indexMatchesTheRows()).rejects.toThrow();
  });
});
