import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';

describe.each(testDialects())('the reply coach over the API on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let staff: { id: string; token: string };
  let situationId: string;

  const analyze = (payload: object, token = staff.token) =>
    t.as(token, { method: 'POST', url: '/api/v1/coach/analyze', payload });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await t.newOrganization('Larkspur');
    other = await t.newOrganization('Elsewhere');
    staff = await addMember(t, org, 'staff', 'Sam Staff');
    const party = await t.as(staff.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: { name: 'Ana Duarte', kind: 'customer' },
    });
    expect(party.statusCode, party.body).toBe(201);
    const opened = await t.as(staff.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'Order arrived an hour late', partyId: party.json().id, category: 'late' },
    });
    situationId = opened.json().id;
    const act = (payload: object) =>
      t.as(staff.token, {
        method: 'POST',
        url: `/api/v1/situations/${situationId}/actions`,
        payload,
      });
    expect(
      (await act({ type: 'record', step: 'listen', data: { account: 'It came at nine.' } }))
        .statusCode,
    ).toBe(200);
    const diagnosed = await act({
      type: 'record',
      step: 'diagnose',
      data: { root_cause: 'The courier was sent to the old address' },
    });
    expect(diagnosed.statusCode, diagnosed.body).toBe(200);
  });
  afterAll(() => t.close());

  it('reads a draft: findings with spans, readiness and the labels', async () => {
    const text = "I'm sorry you feel that way, but that's our policy. Calm down!!!";
    const res = await analyze({ text });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ apology: 'non_apology', blame: true });
    const dismissive = body.findings.find((f: { kind: string }) => f.kind === 'dismissive');
    expect(text.slice(dismissive.span.start, dismissive.span.end)).toBe('Calm down');
    expect(dismissive.suggestion.replacement).toBeTruthy();
    expect(body.readiness).toBeLessThan(30);
  });

  it('checks the apology against the situation’s diagnosed cause', async () => {
    const wrongCause = await analyze({ text: "I'm sorry the food was cold.", situationId });
    expect(wrongCause.json().apology).toBe('generic');
    const apology = wrongCause.json().findings.find((f: { kind: string }) => f.kind === 'apology');
    expect(apology.message).toContain('The courier was sent to the old address');
    expect(apology.suggestion.replacement).toBe(
      "I'm sorry that the courier was sent to the old address.",
    );
    const rightCause = await analyze({
      text: "I'm sorry, Ana: the courier went to our old address, so your order was late.",
      situationId,
    });
    expect(rightCause.json().apology).toBe('targeted');
  });

  it('answers bad input with the field and the reason, and never a 500', async () => {
    const missing = await analyze({});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('text');
    const unknown = await analyze({ text: 'hi', tone: 'warm' });
    expect(unknown.statusCode).toBe(400);
    const tooLong = await analyze({ text: 'a'.repeat(20_001) });
    expect(tooLong.statusCode).toBe(400);
    const empty = await analyze({ text: '' });
    expect(empty.statusCode).toBe(200);
    expect(empty.json().readiness).toBe(0);
    const emoji = await analyze({
      text: '😡😡 WHERE IS MY ORDER?!',
      context: { role: 'customer' },
    });
    expect(emoji.statusCode).toBe(200);
    expect(['upset', 'angry']).toContain(emoji.json().mood.label);
  });

  it("keeps another organisation's situation out of reach", async () => {
    const res = await analyze({ text: 'Sorry', situationId }, other.token);
    expect(res.statusCode).toBe(404);
    const phrases = await t.as(other.token, {
      url: `/api/v1/phrasebook?situationId=${situationId}`,
    });
    expect(phrases.statusCode).toBe(404);
    const message = await t.as(other.token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/messages`,
      payload: { direction: 'in', text: 'Hello' },
    });
    expect(message.statusCode).toBe(404);
  });

  it('offers phrases for the step, the category first, filled from the situation', async () => {
    const res = await t.as(staff.token, {
      url: `/api/v1/phrasebook?situationId=${situationId}&step=apologize&party=customer`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { items, fill } = res.json();
    expect(items[0]).toMatchObject({ step: 'apologize', topic: 'late', party: 'customer' });
    expect(items.some((p: { topic: string | null }) => p.topic === null)).toBe(true);
    expect(
      items.every((p: { topic: string | null }) => p.topic === null || p.topic === 'late'),
    ).toBe(true);
    expect(fill).toEqual({
      name: 'Ana',
      cause: 'The courier was sent to the old address',
      business: 'Larkspur',
    });
  });

  it('lets owners add and remove their own phrases; staff cannot', async () => {
    const phrase = {
      step: 'apologize',
      party: 'customer',
      tone: 'warm',
      topic: 'late',
      text: 'We let you down on timing, {name}.',
    };
    const refused = await t.as(staff.token, {
      method: 'POST',
      url: '/api/v1/phrasebook',
      payload: phrase,
    });
    expect(refused.statusCode).toBe(403);
    const added = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/phrasebook',
      payload: phrase,
    });
    expect(added.statusCode, added.body).toBe(201);
    const listed = await t.as(staff.token, {
      url: '/api/v1/phrasebook?step=apologize&party=customer',
    });
    expect(listed.json().items[0]).toMatchObject({ id: added.json().id, builtIn: false });
    const elsewhere = await t.as(other.token, { url: '/api/v1/phrasebook?step=apologize' });
    expect(elsewhere.json().items.some((p: { id: string }) => p.id === added.json().id)).toBe(
      false,
    );
    const badTone = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/phrasebook',
      payload: { ...phrase, tone: 'angry' },
    });
    expect(badTone.statusCode).toBe(400);
    expect(badTone.json().errors[0].path).toBe('tone');
    const notTheirs = await t.as(other.token, {
      method: 'DELETE',
      url: `/api/v1/phrasebook/${added.json().id}`,
    });
    expect(notTheirs.statusCode).toBe(404);
    const builtIn = await t.as(org.token, {
      method: 'DELETE',
      url: `/api/v1/phrasebook/${listed.json().items[1].id}`,
    });
    expect(builtIn.statusCode).toBe(400);
    const removed = await t.as(org.token, {
      method: 'DELETE',
      url: `/api/v1/phrasebook/${added.json().id}`,
    });
    expect(removed.statusCode).toBe(204);
  });

  it("logs the person's words with their mood, and our reply with its findings", async () => {
    const incoming = await t.as(staff.token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/messages`,
      payload: {
        direction: 'in',
        text: 'This is the THIRD time my order has been late. Unacceptable!!',
      },
    });
    expect(incoming.statusCode, incoming.body).toBe(201);
    await t.as(staff.token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/messages`,
      payload: {
        direction: 'out',
        text: "I'm sorry your order was late again, Ana. I'll call you by 5pm today.",
      },
    });
    const events = (
      await t.as(staff.token, { url: `/api/v1/situations/${situationId}/events` })
    ).json().items;
    const messages = events.filter((e: { type: string }) => e.type === 'message_logged');
    expect(messages).toHaveLength(2);
    expect(messages[0].data.direction).toBe('in');
    expect(messages[0].data.coach.mood.label).toBe('angry');
    expect(messages[0].data.coach.mood.cues.length).toBeGreaterThan(0);
    expect(messages[0].data.coach.complaint).toBe(true);
    expect(messages[1].data.coach).toMatchObject({ apology: 'targeted', commitment: 'concrete' });
    const blank = await t.as(staff.token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/messages`,
      payload: { direction: 'sideways', text: '   ' },
    });
    expect(blank.statusCode).toBe(400);
    const after = (
      await t.as(staff.token, { url: `/api/v1/situations/${situationId}/events` })
    ).json().items;
    expect(after).toHaveLength(events.length);
  });

  it('reads a message on a situation as written to us: a problem is a complaint without a "you"', async () => {
    const logged = await t.as(staff.token, {
      method: 'POST',
      url: `/api/v1/situations/${situationId}/messages`,
      payload: { direction: 'in', text: 'The soup was cold again.' },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const events = (
      await t.as(staff.token, { url: `/api/v1/situations/${situationId}/events` })
    ).json().items;
    expect(events.at(-1).data.coach.complaint).toBe(true);
    // The same words sent for analysis with no situation could be a remark about anything.
    const alone = await t.as(staff.token, {
      method: 'POST',
      url: '/api/v1/coach/analyze',
      payload: { text: 'The soup was cold again.', context: { role: 'customer' } },
    });
    expect(alone.json().complaint).toBe(false);
    const toUs = await t.as(staff.token, {
      method: 'POST',
      url: '/api/v1/coach/analyze',
      payload: { text: 'The soup was cold again.', context: { role: 'customer', toUs: true } },
    });
    expect(toUs.json().complaint).toBe(true);
  });
});
