import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSituationSummary } from '../../contract/situations';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';

describe.each(testDialects())('situations on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: payload as object,
      headers,
    });
  const list = async (query = '') => {
    const res = await t.as(org.token, { url: `/api/v1/situations${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: TSituationSummary[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await t.newOrganization('Bramble Bistro');
  });
  afterAll(() => t.close());

  it('opens a situation from a title alone (quick capture) and numbers it', async () => {
    const res = await post({ title: 'Wrong dish at table 12' });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      number: 1,
      title: 'Wrong dish at table 12',
      status: 'open',
      live: false,
      channel: null,
      mood: null,
      ownerId: org.ownerId,
      ownerName: 'Olive Owner',
      resolvedAt: null,
    });
    expect(new Date(s.openedAt).toISOString()).toBe(s.openedAt);
    expect((await t.as(org.token, { url: `/api/v1/situations/${s.id}` })).json()).toEqual(s);
    expect((await post({ title: 'Second' })).json().number).toBe(2);
  });

  it('completes the details later and records each change on the timeline', async () => {
    const party = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/parties',
        payload: { name: 'Margaret Thompson', email: 'm@example.test' },
      })
    ).json();
    const location = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/locations',
        payload: { name: 'Harbour Street' },
      })
    ).json();
    const s = (await post({ title: 'Soup was cold', live: true })).json();
    const patch = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${s.id}`,
      payload: {
        account: 'Waited 20 minutes, soup arrived cold.',
        mood: 'upset',
        severity: 'medium',
        channel: 'in_person',
        category: 'quality',
        partyId: party.id,
        locationId: location.id,
      },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json()).toMatchObject({
      mood: 'upset',
      partyName: 'Margaret Thompson',
      locationId: location.id,
      category: 'quality',
    });

    const noop = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${s.id}`,
      payload: { mood: 'upset' },
    });
    expect(noop.statusCode).toBe(200);

    const events = (await t.as(org.token, { url: `/api/v1/situations/${s.id}/events` })).json()
      .items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['opened', 'details_changed']);
    expect(events[0]).toMatchObject({
      seq: 1,
      actorName: 'Olive Owner',
      data: { title: 'Soup was cold', live: true },
    });
    expect(events[1].data.changes.mood).toEqual({ from: null, to: 'upset' });

    const fetched = (await t.as(org.token, { url: `/api/v1/situations/${s.id}` })).json();
    expect(fetched).toEqual(patch.json());
  });

  it('resolves once solved, closes after the follow-up, reopens; a closed situation refuses edits', async () => {
    const s = (await post({ title: 'Booking lost' })).json();
    const act = (payload: Record<string, unknown>) =>
      t.as(org.token, {
        method: 'POST',
        url: `/api/v1/situations/${s.id}/actions`,
        payload,
      });
    const unsolved = await act({ type: 'resolve' });
    expect(unsolved.statusCode).toBe(409);
    expect(unsolved.json()).toMatchObject({ code: 'RESOLVE_WITHOUT_SOLUTION' });
    expect(unsolved.json().detail).toMatch(/Record "Solve it" first/);

    await act({ type: 'record', step: 'solve', data: { actions: ['Found them a table'] } });
    const resolved = await act({ type: 'resolve', reason: 'Seated at the chef’s table' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', outcome: 'solved' });
    expect(resolved.json().resolvedAt).not.toBeNull();

    const again = await act({ type: 'resolve' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');

    expect((await act({ type: 'close' })).json().code).toBe('CLOSE_WITHOUT_FOLLOW_UP');
    await act({ type: 'skip', step: 'follow_up', reason: 'They asked not to be contacted' });
    expect((await act({ type: 'close' })).json()).toMatchObject({ status: 'closed' });
    const edit = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${s.id}`,
      payload: { title: 'Changed' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'SITUATION_CLOSED', status: 409 });
    expect((await t.as(org.token, { url: `/api/v1/situations/${s.id}` })).json().title).toBe(
      'Booking lost',
    );

    const reopened = await act({ type: 'reopen' });
    expect(reopened.json()).toMatchObject({ status: 'open', resolvedAt: null, closedAt: null });
    const events = (await t.as(org.token, { url: `/api/v1/situations/${s.id}/events` })).json()
      .items;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'opened',
      'step_recorded',
      'resolved',
      'follow_up_scheduled',
      'step_skipped',
      'closed',
      'reopened',
    ]);
    const unknownAction = await act({ type: 'explode' });
    expect(unknownAction.statusCode).toBe(400);
    expect(unknownAction.json().errors[0].path).toBe('type');
  });

  it('answers a retried create with the same Idempotency-Key once, with the same body', async () => {
    const before = (await list('?limit=100')).items.length;
    const first = await post(
      { title: 'Double tap on a bad connection' },
      { 'idempotency-key': 'capture-123' },
    );
    const retry = await post(
      { title: 'Double tap on a bad connection' },
      { 'idempotency-key': 'capture-123' },
    );
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect((await list('?limit=100')).items.length).toBe(before + 1);

    const reused = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: { name: 'X' },
      headers: { 'idempotency-key': 'capture-123' },
    });
    expect(reused.statusCode).toBe(409);
    const failed = await post({ title: '' }, { 'idempotency-key': 'capture-456' });
    expect(failed.statusCode).toBe(400);
    expect(
      (await post({ title: 'Now valid' }, { 'idempotency-key': 'capture-456' })).statusCode,
    ).toBe(201);

    // A double tap sends both at once: the second waits for the first and gets its answer.
    const count = (await list('?limit=100')).items.length;
    const both = await Promise.all(
      [1, 2, 3].map(() =>
        post({ title: 'Tapped three times' }, { 'idempotency-key': 'capture-789' }),
      ),
    );
    expect(both.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(both.map((r) => r.json().id)).size).toBe(1);
    expect((await list('?limit=100')).items.length).toBe(count + 1);
  });
});

describe.each(testDialects())('the inbox on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let staff: Awaited<ReturnType<typeof addMember>>;
  let harbour: string;
  const titles = async (query = '', token = org.token) => {
    const res = await t.as(token, { url: `/api/v1/situations${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as TSituationSummary[]).map((s) => s.title).sort();
  };

  beforeAll(async () => {
    let now = Date.parse('2026-10-01T12:00:00Z');
    t = await createTestApp(dialect, { clock: () => new Date((now += 60_000)) });
    org = await t.newOrganization();
    staff = await addMember(t, org, 'staff', 'Jonah Webb');
    harbour = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/locations',
        payload: { name: 'Harbour' },
      })
    ).json().id;
    const party = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/parties',
        payload: { name: 'Ingrid Lindqvist' },
      })
    ).json().id;
    const create = (payload: object, token = org.token) =>
      t.as(token, { method: 'POST', url: '/api/v1/situations', payload });
    await create({
      title: 'Cold soup',
      account: 'The broth was lukewarm',
      mood: 'upset',
      severity: 'low',
      channel: 'in_person',
      category: 'quality',
      locationId: harbour,
    });
    await create({
      title: 'Late fish delivery',
      mood: 'calm',
      severity: 'medium',
      channel: 'phone',
      category: 'late',
      ownerId: null,
    });
    await create(
      {
        title: 'Charged twice',
        mood: 'angry',
        severity: 'high',
        channel: 'email',
        category: 'billing',
        partyId: party,
      },
      staff.token,
    );
    now = Date.parse('2026-10-20T12:00:00Z');
    await create(
      {
        title: 'Hair colour brassy',
        mood: 'upset',
        severity: 'critical',
        channel: 'phone',
        category: 'quality',
      },
      staff.token,
    );
  });
  afterAll(() => t.close());

  it('filters by each field, alone and combined', async () => {
    expect(await titles('?mood=upset')).toEqual(['Cold soup', 'Hair colour brassy']);
    expect(await titles('?mood=upset,angry&severity=high,critical')).toEqual([
      'Charged twice',
      'Hair colour brassy',
    ]);
    expect(await titles('?channel=phone')).toEqual(['Hair colour brassy', 'Late fish delivery']);
    expect(await titles('?category=quality')).toEqual(['Cold soup', 'Hair colour brassy']);
    expect(await titles(`?locationId=${harbour}`)).toEqual(['Cold soup']);
    expect(await titles(`?ownerId=${staff.id}`)).toEqual(['Charged twice', 'Hair colour brassy']);
    expect(await titles('?status=resolved')).toEqual([]);
    expect(await titles('?from=2026-10-15')).toEqual(['Hair colour brassy']);
    expect(await titles('?to=2026-10-01')).toHaveLength(3);
    expect(await titles('?from=2026-10-02&to=2026-10-30')).toEqual(['Hair colour brassy']);
  });

  it('shows the new owner’s name as soon as a situation is handed over', async () => {
    const [late] = (await t.as(org.token, { url: '/api/v1/situations?q=fish' })).json().items;
    const handed = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${late.id}`,
      payload: { ownerId: staff.id },
    });
    expect(handed.json()).toMatchObject({ ownerId: staff.id, ownerName: 'Jonah Webb' });
    const back = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${late.id}`,
      payload: { ownerId: null },
    });
    expect(back.json()).toMatchObject({ ownerId: null, ownerName: null });
    expect((await t.as(org.token, { url: `/api/v1/situations/${late.id}` })).json()).toEqual(
      back.json(),
    );
  });

  it('has mine and unassigned views', async () => {
    expect(await titles('?view=mine', staff.token)).toEqual([
      'Charged twice',
      'Hair colour brassy',
    ]);
    expect(await titles('?view=unassigned')).toEqual(['Late fish delivery']);
  });

  it('searches title, account and party name, by word prefix, in any case', async () => {
    expect(await titles('?q=soup')).toEqual(['Cold soup']);
    expect(await titles('?q=LUKEWARM')).toEqual(['Cold soup']);
    expect(await titles('?q=lindq')).toEqual(['Charged twice']);
    expect(await titles('?q=cold%20broth')).toEqual(['Cold soup']);
    expect(await titles('?q=cold%20fish')).toEqual([]);
    expect(await titles(`?q=${encodeURIComponent(`'; DROP TABLE situations; --`)}`)).toEqual([]);
    expect(await titles(`?q=${encodeURIComponent('"*):')}`)).toEqual([]);
    expect(await titles()).toHaveLength(4);
  });

  it('pages through a search with a filter, every match once, in order', async () => {
    const pages = async (query: string) => {
      const seen: string[][] = [];
      let cursor: string | null = null;
      do {
        const res = await t.as(org.token, {
          url: `/api/v1/situations?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        });
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { items: TSituationSummary[]; nextCursor: string | null };
        seen.push(page.items.map((s) => s.title));
        cursor = page.nextCursor;
      } while (cursor && seen.length < 10);
      return seen;
    };
    // "c" starts a word in three titles: Cold soup, Charged twice, Hair colour brassy.
    expect(await pages('q=c&status=open')).toEqual([
      ['Hair colour brassy'],
      ['Charged twice'],
      ['Cold soup'],
    ]);
    expect(await pages('q=c&status=open&sort=oldest')).toEqual([
      ['Cold soup'],
      ['Charged twice'],
      ['Hair colour brassy'],
    ]);
    expect(await pages('q=c&mood=upset')).toEqual([['Hair colour brassy'], ['Cold soup']]);
  });

  it('finds a situation under a party’s new name after the party is renamed', async () => {
    const [party] = (await t.as(org.token, { url: '/api/v1/parties?q=ingrid' })).json().items;
    await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/parties/${party.id}`,
      payload: { name: 'Ingrid Berg' },
    });
    expect(await titles('?q=berg')).toEqual(['Charged twice']);
    expect(await titles('?q=lindqvist')).toEqual([]);
  });

  it('sorts and pages with a cursor, without gaps or repeats', async () => {
    const newest = await t.as(org.token, { url: '/api/v1/situations?limit=3' });
    const page1 = newest.json();
    expect(page1.items[0].title).toBe('Hair colour brassy');
    expect(page1.nextCursor).not.toBeNull();
    const page2 = (
      await t.as(org.token, { url: `/api/v1/situations?limit=3&cursor=${page1.nextCursor}` })
    ).json();
    expect(page2.nextCursor).toBeNull();
    const ids = [...page1.items, ...page2.items].map((s: TSituationSummary) => s.id);
    expect(new Set(ids).size).toBe(4);

    const oldest = (
      await t.as(org.token, { url: '/api/v1/situations?sort=oldest&limit=1' })
    ).json();
    expect(oldest.items[0].title).toBe('Cold soup');
    const next = (
      await t.as(org.token, {
        url: `/api/v1/situations?sort=oldest&limit=1&cursor=${oldest.nextCursor}`,
      })
    ).json();
    expect(next.items[0].title).toBe('Late fish delivery');
  });

  it('lists summaries: the fields of the full situation, without the long account', async () => {
    const [summary] = (await t.as(org.token, { url: '/api/v1/situations?q=lukewarm' })).json()
      .items;
    const full = (await t.as(org.token, { url: `/api/v1/situations/${summary.id}` })).json();
    expect(full.account).toBe('The broth was lukewarm');
    expect(summary).not.toHaveProperty('account');
    // The summary leaves out the long account, the closing times, the playbook detail and the tasks.
    const leftOut = new Set([
      'account',
      'resolvedAt',
      'closedAt',
      'playbook',
      'steps',
      'currentStepSince',
      'outcome',
      'timings',
      'tasks',
      'followUpDueAt',
    ]);
    const rest = Object.fromEntries(Object.entries(full).filter(([key]) => !leftOut.has(key)));
    expect(summary).toEqual(rest);
  });

  it('refuses bad filters with the field named', async () => {
    const bad = await t.as(org.token, { url: '/api/v1/situations?status=pending' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('status');
    expect(
      (await t.as(org.token, { url: '/api/v1/situations?limit=1000' })).json().errors[0].path,
    ).toBe('limit');
    expect(
      (await t.as(org.token, { url: '/api/v1/situations?from=yesterday' })).json().errors[0].path,
    ).toBe('from');
    const cursor = await t.as(org.token, { url: '/api/v1/situations?cursor=not-a-cursor' });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().errors[0].path).toBe('cursor');
  });
});
