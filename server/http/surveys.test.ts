import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test/eventually';
import { createTestApp, testDialects, type TestApp, type TestOrg } from '../test/harness';
import { smtpReceiver } from '../test/smtp-receiver';

const DAY = 24 * 3_600_000;

describe.each(testDialects())('surveys on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  // Real time, so jobs run; a test that needs the future moves it forward.
  let skew = 0;
  const now = () => new Date(Date.now() + skew);

  const post = (url: string, payload: object, token = org.token) =>
    t.as(token, { method: 'POST', url, payload });
  const act = async (id: string, payload: object) => {
    const res = await post(`/api/v1/situations/${id}/actions`, payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const mailTo = (email: string) =>
    smtp.messages.filter((m) => m.to && 'text' in m.to && m.to.text.includes(email));
  const situation = async (id: string) =>
    (await t.as(org.token, { url: `/api/v1/situations/${id}` })).json();
  const timeline = async (id: string) =>
    (await t.as(org.token, { url: `/api/v1/situations/${id}/events` })).json().items as Array<{
      type: string;
      data: Record<string, unknown>;
    }>;
  const publicGet = (token: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${token}` });
  const publicAnswer = (token: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/public/surveys/${token}`, payload });

  /** A customer's situation, resolved after they only wanted to vent. */
  const resolvedFor = async (party: { name: string; email?: string; kind?: string }) => {
    const partyId = (await post('/api/v1/parties', { kind: 'customer', ...party })).json()
      .id as string;
    const s = (
      await post('/api/v1/situations', {
        title: `${party.name}: wrong table booked`,
        partyId,
        ownerId: org.ownerId,
      })
    ).json();
    await act(s.id, {
      type: 'record',
      step: 'listen',
      data: { account: 'We were seated by the door.' },
    });
    await act(s.id, {
      type: 'record',
      step: 'empathize',
      data: { acknowledgement: 'Not the evening you planned.' },
    });
    await act(s.id, { type: 'vent_only', reason: 'They wanted us to know' });
    return s.id as string;
  };
  const tokenIn = (text: string) => /\/survey\/([\w.-]+)/.exec(text)?.[1];

  beforeAll(async () => {
    smtp = await smtpReceiver();
    t = await createTestApp(dialect, { smtpUrl: smtp.url, runJobsEveryMs: 200, clock: now });
    org = await t.newOrganization('Larkspur Bistro');
    other = await t.newOrganization('Elsewhere');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('emails the survey when the follow-up falls due; a low answer reopens the situation and tells its owner', async () => {
    const id = await resolvedFor({ name: 'Maya Lind', email: 'maya@example.test' });
    await act(id, { type: 'schedule_follow_up', dueAt: new Date(Date.now() + 500).toISOString() });

    await eventually(() => mailTo('maya@example.test').length === 1);
    const mail = mailTo('maya@example.test')[0]!;
    expect(mail.subject).toBe('Did we put it right? Larkspur Bistro');
    expect(mail.text).toContain('Hello Maya,');
    const token = tokenIn(mail.text!)!;
    expect(mail.text).toContain(`http://turnaround.test/survey/${token}`);
    await eventually(async () => (await timeline(id)).some((e) => e.type === 'survey_sent'));

    // Opening the link (a mail scanner does) shows the page and records nothing.
    for (let i = 0; i < 3; i++) {
      const page = await publicGet(token);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({
        organization: 'Larkspur Bistro',
        firstName: 'Maya',
        state: 'open',
      });
      expect(page.body).not.toContain('wrong table');
    }
    expect((await situation(id)).status).toBe('resolved');

    const answered = await publicAnswer(token, {
      putRight: 'partly',
      score: 2,
      comeBack: 'maybe',
      comment: 'Still waiting for the refund 🙁',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().thanks).toMatch(/we will be in touch/);

    const reopened = await situation(id);
    expect(reopened.status).toBe('open');
    const events = await timeline(id);
    expect(events.at(-2)).toMatchObject({
      type: 'survey_answered',
      data: { score: 2, putRight: 'partly', comment: 'Still waiting for the refund 🙁', low: true },
    });
    expect(events.at(-1)).toMatchObject({ type: 'reopened' });
    expect(String(events.at(-1)!.data.note)).toContain('2/5');

    await eventually(() =>
      smtp.messages.some((m) => m.subject?.startsWith('Survey came back low')),
    );
    const toOwner = smtp.messages.find((m) => m.subject?.startsWith('Survey came back low'))!;
    expect((toOwner.to as { text: string }).text).toContain(org.email);
    expect(toOwner.text).toContain('Still waiting for the refund 🙁');
    expect(toOwner.text).toContain(`/situations/${id}`);

    // One answer per link.
    const again = await publicAnswer(token, { putRight: 'yes', score: 5, comeBack: 'yes' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SURVEY_ANSWERED');
    expect((await publicGet(token)).json().state).toBe('answered');
    const listed = (await t.as(org.token, { url: `/api/v1/situations/${id}/surveys` })).json();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      state: 'answered',
      to: 'maya@example.test',
      answer: { score: 2, comeBack: 'maybe' },
    });
  });

  it('keeps a good answer on the timeline and the situation as it was', async () => {
    const id = await resolvedFor({ name: 'Omar Said', email: 'omar@example.test' });
    const sent = await post(`/api/v1/situations/${id}/surveys`, {});
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ emailing: true, state: 'open', to: 'omar@example.test' });
    const token = tokenIn(sent.json().url)!;
    const res = await publicAnswer(token, { putRight: 'yes', score: 5, comeBack: 'yes' });
    expect(res.statusCode).toBe(200);
    expect(res.json().thanks).toBe('Thank you for your answer.');
    expect((await situation(id)).status).toBe('resolved');
    expect((await timeline(id)).at(-1)).toMatchObject({
      type: 'survey_answered',
      data: { score: 5, low: false, comment: null },
    });
  });

  it('hands over a link without email, and refuses forged, unknown and expired links', async () => {
    const id = await resolvedFor({ name: 'Pia Berg' });
    const sent = await post(`/api/v1/situations/${id}/surveys`, { email: true });
    expect(sent.json()).toMatchObject({ emailing: false, to: null });
    const token = tokenIn(sent.json().url)!;

    const [surveyId, signature] = token.split('.') as [string, string];
    const forged = `${surveyId}.${signature.slice(0, -1)}${signature.endsWith('a') ? 'b' : 'a'}`;
    for (const bad of [forged, `${surveyId}`, 'nonsense', `${'0'.repeat(36)}.${signature}`]) {
      const res = await publicGet(bad);
      expect(res.statusCode, bad).toBe(404);
      expect(
        (await publicAnswer(bad, { putRight: 'no', score: 1, comeBack: 'no' })).statusCode,
      ).toBe(404);
    }
    expect((await situation(id)).status).toBe('resolved');

    skew = 15 * DAY;
    try {
      expect((await publicGet(token)).json().state).toBe('expired');
      const late = await publicAnswer(token, { putRight: 'no', score: 1, comeBack: 'no' });
      expect(late.statusCode).toBe(410);
      expect(late.json().code).toBe('SURVEY_EXPIRED');
    } finally {
      skew = 0;
    }
    expect((await situation(id)).status).toBe('resolved');
  });

  it('answers bad input with the field and the reason, and changes nothing', async () => {
    const id = await resolvedFor({ name: 'Rui Costa' });
    const token = tokenIn(
      (await post(`/api/v1/situations/${id}/surveys`, { email: false })).json().url,
    )!;
    const cases: Array<[object, string]> = [
      [{ putRight: 'yes', score: 6, comeBack: 'yes' }, 'score'],
      [{ putRight: 'yes', score: 2.5, comeBack: 'yes' }, 'score'],
      [{ putRight: 'sort of', score: 3, comeBack: 'yes' }, 'putRight'],
      [{ putRight: 'yes', score: 3 }, 'comeBack'],
      [{ putRight: 'yes', score: 3, comeBack: 'yes', rating: 3 }, 'rating'],
      [{ putRight: 'yes', score: 3, comeBack: 'yes', comment: 'x'.repeat(4001) }, 'comment'],
    ];
    for (const [payload, field] of cases) {
      const res = await publicAnswer(token, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect((await publicGet(token)).json().state).toBe('open');
    expect((await timeline(id)).some((e) => e.type === 'survey_answered')).toBe(false);
  });

  it("keeps one organisation's surveys from another", async () => {
    const id = await resolvedFor({ name: 'Sam Reed' });
    expect((await post(`/api/v1/situations/${id}/surveys`, {}, other.token)).statusCode).toBe(404);
    expect((await t.as(other.token, { url: `/api/v1/situations/${id}/surveys` })).statusCode).toBe(
      404,
    );
  });

  it('sends it once the follow-up is recorded when the organisation prefers that, and never when off', async () => {
    const patch = (surveyTiming: string) =>
      t.as(org.token, { method: 'PATCH', url: '/api/v1/organization', payload: { surveyTiming } });
    expect((await patch('whenever')).statusCode).toBe(400);
    expect((await patch('follow_up_recorded')).json().surveyTiming).toBe('follow_up_recorded');
    const recorded = await resolvedFor({ name: 'Tia Moss', email: 'tia@example.test' });
    await act(recorded, {
      type: 'record',
      step: 'follow_up',
      data: { how: 'phone', held: 'yes', satisfaction: 4, come_back: 'yes' },
    });
    await eventually(() => mailTo('tia@example.test').length === 1);

    expect((await patch('off')).json().surveyTiming).toBe('off');
    const off = await resolvedFor({ name: 'Uma Vale', email: 'uma@example.test' });
    await act(off, { type: 'schedule_follow_up', dueAt: new Date(Date.now() + 200).toISOString() });
    await act(off, {
      type: 'record',
      step: 'follow_up',
      data: { how: 'phone', held: 'yes', satisfaction: 4, come_back: 'yes' },
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailTo('uma@example.test')).toEqual([]);
    await patch('follow_up_due');
  });
});
