import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';

const EUR = (minor: number) => ({ minor, currency: 'EUR' });

describe.each(testDialects())('making it up over the API on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let staff: { id: string; token: string };
  let manager: { id: string; token: string };
  let bistro: string;
  let salon: string;

  const open = async (locationId: string, token = staff.token) => {
    const res = await t.as(token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'Wrong dish at table 4', locationId },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const grant = (situationId: string, payload: object, token = staff.token, headers = {}) =>
    t.as(token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/gestures`,
      payload,
      headers,
    });
  const dessert = {
    kind: 'free_item',
    name: 'Dessert on the house',
    amount: EUR(750),
    reason: 'They are celebrating',
  };
  const ledger = async (query = '') =>
    (await t.as(org.token, { url: `/api/v1/ledger${query}` })).json().items as Array<{
      type: string;
      amount: { minor: number };
    }>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await t.newOrganization('Larkspur');
    other = await t.newOrganization('Elsewhere');
    staff = await addMember(t, org, 'staff', 'Sam Staff');
    manager = await addMember(t, org, 'manager', 'Mia Manager');
    const location = async (name: string) =>
      (
        await t.as(org.token, { method: 'POST', url: '/api/v1/locations', payload: { name } })
      ).json().id as string;
    bistro = await location('Bistro');
    salon = await location('Salon');
    const limits = await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/empowerment',
      payload: {
        roles: {
          staff: { perSituation: 2000, perPeriod: 5000, period: 'day' },
          manager: { perSituation: 10000, perPeriod: null, period: 'month' },
        },
        budgets: { [bistro]: 50000, [salon]: 10000 },
      },
    });
    expect(limits.statusCode, limits.body).toBe(200);
  });
  afterAll(() => t.close());

  it('grants within the limit on the spot, fills the make-it-up step and writes the ledger', async () => {
    const id = await open(bistro);
    const res = await grant(id, dessert);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'granted',
      amount: EUR(750),
      name: 'Dessert on the house',
    });
    const situation = (await t.as(staff.token, { url: `/api/v1/situations/${id}` })).json();
    expect(situation.steps.find((s: { id: string }) => s.id === 'make_it_up')).toMatchObject({
      status: 'done',
      captures: { gesture: 'Dessert on the house', value: EUR(750), fit: 'They are celebrating' },
    });
    const events = (await t.as(staff.token, { url: `/api/v1/situations/${id}/events` })).json()
      .items;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'opened',
      'gesture_granted',
      'step_recorded',
    ]);
    const entries = await ledger();
    expect(entries[0]).toMatchObject({
      type: 'granted',
      amount: EUR(750),
      actorName: 'Sam Staff',
      locationName: 'Bistro',
    });
  });

  it('sends what is over the limit for approval; staff cannot approve, nobody their own; a manager can', async () => {
    const id = await open(bistro);
    const voucher = {
      kind: 'voucher',
      name: '€60 voucher',
      amount: EUR(6000),
      reason: 'Their anniversary dinner was ruined',
    };
    const asked = await grant(id, voucher);
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'pending_approval', needs: 'manager' });
    expect(asked.json().why).toMatch(/Over the limit of €20.00 per situation/);
    const gestureId = asked.json().id;

    const queue = (await t.as(manager.token, { url: '/api/v1/approvals' })).json().items;
    expect(
      queue.find((a: { gesture: { id: string } }) => a.gesture.id === gestureId),
    ).toMatchObject({
      requesterName: 'Sam Staff',
      situation: { title: 'Wrong dish at table 4' },
    });
    expect((await t.as(staff.token, { url: '/api/v1/approvals' })).statusCode).toBe(403);
    const byStaff = await t.as(staff.token, {
      method: 'POST',
      url: `/api/v1/approvals/${gestureId}/approve`,
      payload: {},
    });
    expect(byStaff.statusCode).toBe(403);

    const approved = await t.as(manager.token, {
      method: 'POST',
      url: `/api/v1/approvals/${gestureId}/approve`,
      payload: { note: 'Yes, and thank them from me' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'granted',
      decidedBy: manager.id,
      decisionNote: 'Yes, and thank them from me',
    });
    const again = await t.as(manager.token, {
      method: 'POST',
      url: `/api/v1/approvals/${gestureId}/deny`,
      payload: {},
    });
    expect(again.json().code).toBe('ALREADY_DECIDED');

    // A manager's own request over their limit goes to an owner; they cannot approve it themselves.
    const big = await grant(
      await open(bistro, manager.token),
      { ...voucher, amount: EUR(15000) },
      manager.token,
    );
    expect(big.json()).toMatchObject({ status: 'pending_approval', needs: 'owner' });
    const self = await t.as(manager.token, {
      method: 'POST',
      url: `/api/v1/approvals/${big.json().id}/approve`,
      payload: {},
    });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'APPROVAL_REFUSED' });
    const denied = await t.as(org.token, {
      method: 'POST',
      url: `/api/v1/approvals/${big.json().id}/deny`,
      payload: { note: 'Too much for a late starter; offer a dessert' },
    });
    expect(denied.json()).toMatchObject({ status: 'denied' });
    const types = (await ledger()).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['approval_requested', 'approved', 'denied']));
  });

  it('lets exactly those grants that fit the remaining budget succeed when 24 race for it', async () => {
    // The salon's budget is 100.00; the owner is unlimited, so only the budget stops them.
    const situations = await Promise.all(Array.from({ length: 24 }, () => open(salon, org.token)));
    const results = await Promise.all(
      situations.map((id) =>
        grant(id, { kind: 'voucher', amount: EUR(1500), reason: 'Double-booked' }, org.token),
      ),
    );
    const granted = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(granted).toHaveLength(6); // 6 × 15.00 = 90.00; a seventh would be 105.00
    expect(refused).toHaveLength(18);
    expect(refused[0]!.json()).toMatchObject({ code: 'GESTURE_DENIED' });
    expect(refused[0]!.json().detail).toMatch(/has €10.00 left, less than €15.00/);
    const spend = (await t.as(org.token, { url: '/api/v1/ledger/spend?groupBy=location' })).json();
    const salonSpend = spend.items.find((i: { label: string }) => i.label === 'Salon');
    expect(salonSpend).toMatchObject({ total: 9000, count: 6 });
    const salonEntries = await ledger(`?locationId=${salon}`);
    expect(salonEntries.reduce((sum, e) => sum + e.amount.minor, 0)).toBe(9000);
  });

  it('refuses bad amounts and currencies with 400, another organisation’s situation with 404, and grants a replay once', async () => {
    const id = await open(bistro);
    for (const amount of [
      EUR(-100),
      EUR(0),
      { minor: 12.5, currency: 'EUR' },
      EUR(10 ** 12),
      { minor: '750', currency: 'EUR' },
    ]) {
      const res = await grant(id, { ...dessert, amount });
      expect(res.statusCode, JSON.stringify(amount)).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^amount/);
    }
    const unknown = await grant(id, { ...dessert, amount: { minor: 750, currency: 'XYZ' } });
    expect(unknown.json().errors).toEqual([
      { path: 'amount.currency', message: 'Use an ISO 4217 currency code, such as EUR.' },
    ]);
    const dollars = await grant(id, { ...dessert, amount: { minor: 750, currency: 'USD' } });
    expect(dollars.statusCode).toBe(400);
    expect(dollars.json().errors[0]).toEqual({ path: 'amount.currency', message: 'Use EUR.' });
    expect((await grant(id, { ...dessert, reason: '  ' })).statusCode).toBe(400);

    const theirs = await t.as(other.token, {
      method: 'POST',
      url: `/api/v1/situations/${id}/gestures`,
      payload: dessert,
    });
    expect(theirs.statusCode).toBe(404);

    const replayed = await Promise.all(
      [1, 2].map(() =>
        grant(id, { ...dessert, amount: EUR(500) }, staff.token, {
          'idempotency-key': 'dessert-once',
        }),
      ),
    );
    expect(replayed.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(replayed[0]!.json().id).toBe(replayed[1]!.json().id);
    const gestures = (await t.as(staff.token, { url: `/api/v1/situations/${id}/gestures` })).json()
      .items;
    expect(gestures).toHaveLength(1);
  });

  it('lets only owners set the catalogue and the limits', async () => {
    const item = {
      name: 'Free blow-dry',
      kind: 'free_item',
      defaultValue: 2500,
      cost: 800,
      fitsCategories: ['quality'],
    };
    expect(
      (await t.as(manager.token, { method: 'POST', url: '/api/v1/gesture-catalog', payload: item }))
        .statusCode,
    ).toBe(403);
    const created = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/gesture-catalog',
      payload: item,
    });
    expect(created.statusCode, created.body).toBe(201);
    const discount = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/gesture-catalog',
      payload: { name: '20 % off', kind: 'discount', defaultValue: 1000, cost: 1000 },
    });
    expect(discount.json().errors[0].path).toBe('percent');
    expect(
      (await t.as(staff.token, { url: '/api/v1/gesture-catalog' }))
        .json()
        .items.map((i: { name: string }) => i.name),
    ).toContain('Free blow-dry');
    expect(
      (await t.as(staff.token, { method: 'PUT', url: '/api/v1/empowerment', payload: {} }))
        .statusCode,
    ).toBe(403);
    const outsider = await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/empowerment',
      payload: { members: { [other.ownerId]: { perSituation: 1, perPeriod: 1, period: 'day' } } },
    });
    expect(outsider.statusCode).toBe(400);
    // Catalogue items from the grant: an inactive one cannot be granted.
    const id = created.json().id;
    await t.as(org.token, {
      method: 'PUT',
      url: `/api/v1/gesture-catalog/${id}`,
      payload: { ...item, active: false },
    });
    const res = await grant(await open(salon), {
      catalogItemId: id,
      kind: 'free_item',
      amount: EUR(100),
      reason: 'x',
    });
    expect(res.json().errors[0].path).toBe('catalogItemId');
  });

  it('reverses a grant with a reason as a new entry, and exports the ledger as CSV', async () => {
    const id = await open(bistro);
    const given = (
      await grant(id, { ...dessert, amount: EUR(300), name: '=HYPERLINK("x")' })
    ).json();
    expect(
      (
        await t.as(staff.token, {
          method: 'POST',
          url: `/api/v1/gestures/${given.id}/reverse`,
          payload: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const reversed = await t.as(manager.token, {
      method: 'POST',
      url: `/api/v1/gestures/${given.id}/reverse`,
      payload: { reason: 'Entered twice' },
    });
    expect(reversed.json()).toMatchObject({ status: 'reversed' });
    const entries = (await ledger()).filter(
      (e) => (e as unknown as { gestureId: string }).gestureId === given.id,
    );
    expect(entries.map((e) => e.type)).toEqual(['reversed', 'granted']); // newest first
    const csv = await t.as(org.token, { url: '/api/v1/ledger/csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      '"at","type","gesture","kind","amount","currency","location","by","reason","situation"',
    );
    expect(csv.body).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv.body).toContain('"reversed"');
    // Paging through the ledger three at a time gives every entry once, as the CSV has them.
    const paged: Array<{ id: string }> = [];
    let cursor: string | null = null;
    do {
      const res = await t.as(org.token, {
        url: `/api/v1/ledger?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      });
      const page = res.json() as { items: Array<{ id: string }>; nextCursor: string | null };
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(paged.map((e) => e.id)).size).toBe(paged.length);
    expect(paged.length).toBe(csv.body.trim().split('\r\n').length - 1);
    const byKind = (await t.as(org.token, { url: '/api/v1/ledger/spend?groupBy=kind' })).json();
    expect(byKind.total).toBe(
      byKind.items.reduce((s: number, i: { total: number }) => s + i.total, 0),
    );
    expect((await t.as(staff.token, { url: '/api/v1/ledger' })).statusCode).toBe(403);
  });
});
