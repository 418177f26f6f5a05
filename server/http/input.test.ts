import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDialects, type TestApp, type TestOrg } from '../test/harness';

describe.each(testDialects())('bad input and isolation on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let situationId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await t.newOrganization('Ours');
    other = await t.newOrganization('Theirs');
    situationId = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/situations',
        payload: { title: 'Ours', account: 'Kept safe' },
      })
    ).json().id;
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    situation: (await t.as(org.token, { url: `/api/v1/situations/${situationId}` })).json(),
    events: (await t.as(org.token, { url: `/api/v1/situations/${situationId}/events` })).json()
      .items.length,
    count: (await t.as(org.token, { url: '/api/v1/situations?limit=100' })).json().items.length,
  });

  it('answers malformed JSON, wrong types and unknown fields with 400 naming the field', async () => {
    const before = await snapshot();
    const malformed = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(malformed.json()).toMatchObject({
      code: 'MALFORMED_JSON',
      status: 400,
      title: 'Bad request',
    });

    const wrongType = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 42, live: 'yes' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(
      wrongType
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['live', 'title']);

    const unknown = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${situationId}`,
      payload: { mood: 'calm', priority: 'urgent' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: 'priority', message: 'This field is not known here.' },
    ]);

    const badEnum = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${situationId}`,
      payload: { mood: 'furious' },
    });
    expect(badEnum.json().errors[0].path).toBe('mood');
    const notAnObject = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: [1, 2] as unknown as object,
    });
    expect(notAnObject.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const res = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'big', account: 'x'.repeat(1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'BODY_TOO_LARGE', status: 413 });
  });

  it('keeps Unicode, emoji, HTML and SQL metacharacters exactly as typed', async () => {
    const title = `Zoë's 🍲 soup — "cold" <script>alert('x')</script> '; DROP TABLE situations; -- 東京 \u{1F469}\u{200D}\u{1F373}`;
    const created = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title, account: `O'Brien said: 50% off? \\ _ %` },
    });
    expect(created.statusCode).toBe(201);
    const fetched = (
      await t.as(org.token, { url: `/api/v1/situations/${created.json().id}` })
    ).json();
    expect(fetched.title).toBe(title);
    expect(fetched.account).toBe(`O'Brien said: 50% off? \\ _ %`);
    const found = (
      await t.as(org.token, { url: `/api/v1/situations?q=${encodeURIComponent('Zoë 東京')}` })
    ).json().items;
    expect(found.map((s: { id: string }) => s.id)).toEqual([created.json().id]);
    const party = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: { name: `100%_O'Neil` },
    });
    expect(
      (await t.as(org.token, { url: `/api/v1/parties?q=${encodeURIComponent('%_')}` }))
        .json()
        .items.map((p: { id: string }) => p.id),
    ).toEqual([party.json().id]);
  });

  it('never shows one organisation another’s records: their ids answer 404', async () => {
    const before = await snapshot();
    expect((await t.as(other.token, { url: `/api/v1/situations/${situationId}` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.as(other.token, { url: `/api/v1/situations/${situationId}/events` })).statusCode,
    ).toBe(404);
    const patch = await t.as(other.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${situationId}`,
      payload: { title: 'Hijacked' },
    });
    expect(patch.statusCode).toBe(404);
    const act = await t.as(other.token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/actions`,
      payload: { type: 'close' },
    });
    expect(act.statusCode).toBe(404);
    expect((await t.as(other.token, { url: '/api/v1/situations' })).json().items).toEqual([]);
    expect((await t.as(other.token, { url: '/api/v1/situations?q=ours' })).json().items).toEqual(
      [],
    );

    const ourParty = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/parties',
        payload: { name: 'Private Person', email: 'pp@example.test' },
      })
    ).json();
    expect((await t.as(other.token, { url: `/api/v1/parties/${ourParty.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.as(other.token, { url: '/api/v1/parties?email=pp@example.test' })).json().items,
    ).toEqual([]);
    const borrow = await t.as(other.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'x', partyId: ourParty.id },
    });
    expect(borrow.statusCode).toBe(400);
    expect(borrow.json().errors).toEqual([{ path: 'partyId', message: 'There is no such party.' }]);
    const ourMembers = (await t.as(org.token, { url: '/api/v1/members' })).json().items;
    const assign = await t.as(other.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'x', ownerId: ourMembers[0].id },
    });
    expect(assign.json().errors[0].path).toBe('ownerId');
    expect(
      (
        await t.as(other.token, {
          method: 'PATCH',
          url: `/api/v1/members/${ourMembers[0].id}`,
          payload: { role: 'staff' },
        })
      ).statusCode,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves stored data unchanged when a request fails half-way through validation', async () => {
    const before = await snapshot();
    const res = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${situationId}`,
      payload: { title: 'New title', category: 'not_a_category', locationId: 'nope' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['category', 'locationId']);
    expect(await snapshot()).toEqual(before);
  });

  it('answers unknown routes and methods with problem+json, never a 500', async () => {
    const missing = await t.as(org.token, { url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    expect((await t.as(org.token, { url: '/api/v1/situations/does-not-exist' })).statusCode).toBe(
      404,
    );
    expect(
      (
        await t.as(org.token, {
          method: 'POST',
          url: '/api/v1/situations',
          headers: { 'content-type': 'application/xml' },
          payload: '<a/>',
        })
      ).statusCode,
    ).toBe(415);
  });

  it('never answers a 500 to any JSON body (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(
          '/api/v1/situations',
          '/api/v1/parties',
          `/api/v1/situations/${situationId}`,
        ),
        async (body, url) => {
          const method = url.endsWith(situationId) ? 'PATCH' : 'POST';
          const res = await t.as(org.token, {
            method,
            url,
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
