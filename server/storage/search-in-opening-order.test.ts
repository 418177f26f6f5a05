import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSituationPage } from '../../contract/situations';
import type { Actor } from '../app/deps';
import { openSituation } from '../app/open-situation';
import {
  createTestApp,
  ownerActor,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';
import { up as addOpeningOrder } from './migrations/2026-12-06T1200-situation-opening-order';

const MINUTE = 60_000;

// A SQLite search sorted by opening time reads its matches in the full-text index's order and
// stops early (queries/situations.ts, searchInOpeningOrder); PostgreSQL sorts them all. Either
// way a page must hold exactly what a sort of every match would put there, even when the
// desk's clock was set back or a history was logged after newer situations.
describe.each(testDialects())('a search sorted by opening time on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let actor: Actor;
  let otherActor: Actor;
  let now = Date.parse('2026-03-02T09:00:00.000Z');

  /** Every page of a search, followed by cursor, as the ids it lists in turn. */
  const pages = async (query: string, limit: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await t.as(org.token, {
        url: `/api/v1/situations?${query}&limit=${limit}${after}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<TSituationPage>();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  };

  /** The same situations, sorted from the rows themselves. */
  const sorted = async (title: string, statuses: string[], newestFirst: boolean, from = '') => {
    const rows = await t.database.db
      .selectFrom('situations')
      .select(['id', 'opened_at'])
      .where('organization_id', '=', org.organizationId)
      .where('status', 'in', statuses)
      .where('title', 'like', `%${title}%`)
      .execute();
    const keys = rows
      .map((r) => ({ id: r.id, at: new Date(r.opened_at).toISOString() }))
      .filter((k) => k.at >= from);
    keys.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
    if (newestFirst) keys.reverse();
    return keys.map((k) => k.id);
  };

  const open = async (as: Actor, title: string, opened: number) => {
    now = opened;
    return openSituation(t.deps, as, { title });
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: () => new Date(now) });
    org = await t.newOrganization('Harbour Lights Bistro');
    other = await t.newOrganization('Harbour Lights Rival');
    actor = ownerActor(org);
    otherActor = ownerActor(other);
  });
  afterAll(() => t.close());

  it('pages through many matches in order, with some situations opened before ones logged ahead of them', async () => {
    let clock = now;
    for (let i = 0; i < 90; i++) {
      clock += MINUTE;
      // Some logged with the clock set back, some long after they happened, some in the
      // same millisecond as the one before; another organisation's in between.
      const opened =
        i % 11 === 5
          ? clock - 7 * MINUTE
          : i % 17 === 3
            ? clock - 38 * MINUTE
            : i % 13 === 0
              ? clock - MINUTE
              : clock;
      await open(actor, `Window seat ${i} was double booked`, opened);
      if (i % 4 === 0) await open(otherActor, `Window seat ${i} at the rival`, opened);
    }
    for (const sort of ['newest', 'oldest'] as const) {
      const expected = await sorted('Window seat', ['open'], sort === 'newest');
      expect(expected).toHaveLength(90);
      for (const limit of [1, 4, 25, 100])
        expect(await pages(`q=window+seat&status=open&sort=${sort}`, limit)).toEqual(expected);
      // Narrowed by a filter the index knows nothing of: the order still holds.
      const from = new Date(Date.parse('2026-03-02T09:00:00.000Z') + 30 * MINUTE).toISOString();
      const narrowed = await sorted('Window seat', ['open'], sort === 'newest', from);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.length).toBeLessThan(90);
      expect(await pages(`q=window&status=open&sort=${sort}&from=${from}`, 6)).toEqual(narrowed);
    }
  });

  it('orders the resolved the same way, and a search of every status across both parts', async () => {
    const opened: string[] = [];
    let clock = now;
    for (let i = 0; i < 40; i++) {
      clock += MINUTE;
      const at = i % 7 === 3 ? clock - 25 * MINUTE : i % 5 === 1 ? clock - 4 * MINUTE : clock;
      opened.push((await open(actor, `Corkage charged twice ${i}`, at)).id);
    }
    now = clock + 60 * MINUTE; // what is done to them comes after they were opened
    // Every other one resolved: the open and the settled part of the index interleave.
    for (const id of opened.filter((_, i) => i % 2 === 0)) {
      for (const payload of [
        { type: 'record', step: 'solve', data: { actions: ['Refunded the corkage'] } },
        { type: 'resolve' },
      ]) {
        const res = await t.as(org.token, {
          method: 'POST',
          url: `/api/v1/situations/${id}/actions`,
          payload,
        });
        expect(res.statusCode, res.body).toBe(200);
      }
    }
    for (const sort of ['newest', 'oldest'] as const) {
      const resolved = await sorted('Corkage', ['resolved'], sort === 'newest');
      const all = await sorted('Corkage', ['open', 'resolved'], sort === 'newest');
      expect([resolved.length, all.length]).toEqual([20, 40]);
      for (const limit of [2, 5, 25]) {
        expect(await pages(`q=corkage&status=resolved&sort=${sort}`, limit)).toEqual(resolved);
        expect(await pages(`q=corkage&sort=${sort}`, limit)).toEqual(all);
        expect(await pages(`q=corkage&status=open,resolved&sort=${sort}`, limit)).toEqual(all);
      }
    }
  });

  it('still orders a desk whose history was logged days after newer situations', async () => {
    const later = now + 3 * MINUTE;
    await open(actor, 'Terrace heater broke on arrival', later);
    for (let day = 1; day <= 4; day++)
      await open(actor, `Terrace table wobbled ${day}`, later - day * 24 * 60 * MINUTE);
    await open(actor, 'Terrace umbrella blew over', later + MINUTE);
    for (const sort of ['newest', 'oldest'] as const) {
      const expected = await sorted('Terrace', ['open'], sort === 'newest');
      expect(expected).toHaveLength(6);
      expect(await pages(`q=terrace&status=open&sort=${sort}`, 2)).toEqual(expected);
    }
  });

  it.runIf(dialect === 'sqlite')(
    'knows how far out of order situations were opened, from the rows when the migration runs',
    async () => {
      const bound = async () => {
        const { rows } = await sql<{
          organization_id: string;
          backdated_ms: number;
        }>`select organization_id, backdated_ms from situation_opening_order order by organization_id`.execute(
          t.database.db,
        );
        return rows;
      };
      /** The most any situation was opened before one logged ahead of it, from the rows. */
      const mostBackdated = async (organizationId: string) => {
        const rows = await t.database.db
          .selectFrom('situations')
          .select('opened_at')
          .where('organization_id', '=', organizationId)
          .orderBy('rid')
          .execute();
        let latest = -Infinity;
        let most = 0;
        for (const { opened_at } of rows) {
          const at = Date.parse(opened_at);
          most = Math.max(most, latest - at);
          latest = Math.max(latest, at);
        }
        return most;
      };
      const kept = await bound();
      expect(kept).toHaveLength(2);
      // The history above was logged four days late: the bound says so, within a millisecond.
      for (const { organization_id, backdated_ms } of kept) {
        const most = await mostBackdated(organization_id);
        expect(backdated_ms).toBeGreaterThanOrEqual(most);
        expect(backdated_ms).toBeLessThanOrEqual(most + 1);
      }
      expect(await mostBackdated(org.organizationId)).toBeGreaterThanOrEqual(4 * 24 * 60 * MINUTE);

      // A database from before this table gets the same bounds from its rows.
      for (const statement of [
        'drop trigger situation_opening_order_on_insert',
        'drop trigger situation_opening_order_on_change',
        'drop table situation_opening_order',
      ])
        await sql.raw(statement).execute(t.database.db);
      await addOpeningOrder(t.database.db);
      expect(await bound()).toEqual(kept);

      // An opening time changed behind the app's back widens the bound by the change.
      await sql`update situations set opened_at = '2026-01-01T00:00:00.000Z' where rid = (select max(rid) from situations where organization_id = ${other.organizationId})`.execute(
        t.database.db,
      );
      const widened = (await bound()).find((r) => r.organization_id === other.organizationId)!;
      expect(widened.backdated_ms).toBeGreaterThan(60 * 24 * 60 * MINUTE);
    },
  );
});
