import { afterEach, describe, expect, it } from 'vitest';
import { announceChange } from '../app/announce-change';
import { eventually } from '../test/eventually';
import { openEventStream, type StreamEvent } from '../test/event-stream';
import { createTestApp, testDialects, type TestApp, type TestOrg } from '../test/harness';

const situationEvents = (events: StreamEvent[]) =>
  events
    .filter((e) => e.event === 'situation')
    .map((e) => JSON.parse(e.data) as { situationId: string; seq: number; status: string });

describe.each(testDialects())('live updates on %s', (dialect) => {
  const opened: TestApp[] = [];
  const start = async (options: Parameters<typeof createTestApp>[1] = {}) => {
    const t = await createTestApp(dialect, options);
    opened.push(t);
    return t;
  };
  afterEach(async () => {
    // A second instance closes before the first drops the database they share.
    for (const t of opened.reverse()) await t.close();
    opened.length = 0;
  });

  const listen = (base: string, org: TestOrg) =>
    openEventStream(`${base}/api/v1/live`, { authorization: `Bearer ${org.token}` });
  const openSituation = async (t: TestApp, org: TestOrg, title: string) => {
    const res = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };

  it('tells a member of the organisation each change as it lands, and nobody else', async () => {
    const t = await start();
    const org = await t.newOrganization('Larkspur');
    const other = await t.newOrganization('Elsewhere');
    const base = await t.listen();
    const mine = await listen(base, org);
    const theirs = await listen(base, other);
    expect(mine.status).toBe(200);

    const situation = await openSituation(t, org, 'Cold soup at table 4');
    const changed = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${situation.id}`,
      payload: { severity: 'high' },
    });
    expect(changed.statusCode, changed.body).toBe(200);

    await eventually(() => situationEvents(mine.events).length >= 2);
    const heard = situationEvents(mine.events);
    expect(heard).toEqual([
      { situationId: situation.id, seq: 1, status: 'open' },
      { situationId: situation.id, seq: 2, status: 'open' },
    ]);
    expect(situationEvents(theirs.events)).toEqual([]);
    // Streams still open: closing the server ends them instead of waiting for ever.
  });

  it('announces nothing for a change that was rolled back', async () => {
    const t = await start();
    const org = await t.newOrganization();
    const base = await t.listen();
    const stream = await listen(base, org);
    const situation = await openSituation(t, org, 'Wrong colour on the invoice');
    await eventually(() => situationEvents(stream.events).length === 1);
    const record = (await t.deps.storage.read.situations.byId(org.organizationId, situation.id))!;

    // Two writes arrive together (on SQLite they share one commit); the first fails.
    const failing = t.deps.storage.transaction(async (store) => {
      await announceChange(t.deps, store, { ...record, eventCount: 98 });
      throw new Error('the write failed after announcing');
    });
    const landing = t.deps.storage.transaction((store) =>
      announceChange(t.deps, store, { ...record, eventCount: 99 }),
    );
    await expect(failing).rejects.toThrow('failed after announcing');
    await landing;

    await eventually(() => situationEvents(stream.events).some((e) => e.seq === 99));
    expect(situationEvents(stream.events).map((e) => e.seq)).toEqual([1, 99]);
    stream.close();
  });

  it('refuses a stream to someone not signed in', async () => {
    const t = await start();
    const base = await t.listen();
    const res = await fetch(`${base}/api/v1/live`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.runIf(dialect === 'postgres')(
    'carries a change made on one instance to a member listening on another',
    async () => {
      const one = await start();
      const two = await start({ sameDatabaseAs: one });
      const org = await one.newOrganization('Two-site bakery');
      const other = await one.newOrganization('Elsewhere');
      const baseTwo = await two.listen();
      const onTwo = await listen(baseTwo, org);
      const otherOnTwo = await listen(baseTwo, other);

      const situation = await openSituation(one, org, 'Birthday cake order lost');
      await eventually(() => situationEvents(onTwo.events).length === 1);
      expect(situationEvents(onTwo.events)).toEqual([
        { situationId: situation.id, seq: 1, status: 'open' },
      ]);
      expect(situationEvents(otherOnTwo.events)).toEqual([]);
      onTwo.close();
      otherOnTwo.close();
    },
  );
});
