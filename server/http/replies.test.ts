import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpReceiver } from '../test/smtp-receiver';
import { createTestApp, testDialects, type TestApp, type TestOrg } from '../test/harness';
import { eventually } from '../test/eventually';
import { deliverReply } from '../app/deliver-reply';

describe.each(testDialects())('replies by email, with a cool-down, on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;

  const post = (url: string, payload?: object, token = org.token) =>
    t.as(token, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const situationFor = async (
    title: string,
    party: { name: string; email?: string } | null,
    extra: object = {},
  ) => {
    const partyId = party
      ? (await post('/api/v1/parties', { kind: 'customer', ...party })).json().id
      : null;
    const res = await post('/api/v1/situations', { title, partyId, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; number: number };
  };
  const reply = (situationId: string, text: string, token = org.token) =>
    post(`/api/v1/situations/${situationId}/replies`, { text }, token);

  beforeAll(async () => {
    smtp = await smtpReceiver();
    t = await createTestApp(dialect, { smtpUrl: smtp.url, runJobsEveryMs: 200 });
    org = await t.newOrganization('Larch Street Salon');
    other = await t.newOrganization('Elsewhere Ltd');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('holds a reply for a minute, five when the person is angry or the reply blames', async () => {
    const calm = await situationFor('Colour darker than asked', {
      name: 'Mia Lund',
      email: 'mia@example.test',
    });
    const held = await reply(calm.id, 'I am sorry the colour came out darker than you asked for.');
    expect(held.statusCode, held.body).toBe(202);
    const body = held.json();
    expect(body).toMatchObject({
      status: 'held',
      to: 'mia@example.test',
      subject: 'Larch Street Salon: Colour darker than asked',
      coolDownReason: null,
      sentAt: null,
    });
    const listed = (await t.as(org.token, { url: `/api/v1/situations/${calm.id}/replies` })).json()
      .items;
    expect(listed.map((r: { id: string }) => r.id)).toEqual([body.id]);
    const minute = Date.parse(body.sendAt) - Date.now();
    expect(minute).toBeGreaterThan(50_000);
    expect(minute).toBeLessThanOrEqual(60_000);

    const angry = await situationFor(
      'Shouted at in reception',
      { name: 'Ola Berg', email: 'ola@example.test' },
      { mood: 'angry' },
    );
    const slow = (await reply(angry.id, 'We will call you at 4 today to put this right.')).json();
    expect(slow.coolDownReason).toBe('they are angry');
    expect(Date.parse(slow.sendAt) - Date.now()).toBeGreaterThan(4 * 60_000);

    const blaming = (
      await reply(calm.id, 'You should have told us you wanted it lighter. That is our policy.')
    ).json();
    expect(blaming.coolDownReason).toBe('the reply blames');
    // Taken back: its text comes back, and it can neither be taken back twice nor sent.
    const undone = await post(`/api/v1/replies/${blaming.id}/undo`);
    expect(undone.json()).toMatchObject({ status: 'cancelled', text: blaming.text });
    expect((await post(`/api/v1/replies/${blaming.id}/undo`)).statusCode).toBe(409);
    const late = await post(`/api/v1/replies/${blaming.id}/send-now`);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('ILLEGAL_TRANSITION');
  });

  it('sends now over SMTP with threading headers, and puts the reply and the coach’s reading on the timeline', async () => {
    const s = await situationFor('Booked on the wrong day', {
      name: 'Pia Holm',
      email: 'pia@example.test',
    });
    // A reply taken back before it left does not start the thread.
    const takenBack = (await reply(s.id, 'Sorry about that.')).json();
    await post(`/api/v1/replies/${takenBack.id}/undo`);
    const first = (
      await reply(
        s.id,
        'I am sorry we booked you on the wrong day. I have moved you to Friday at 10.',
      )
    ).json();
    expect((await post(`/api/v1/replies/${first.id}/send-now`)).statusCode).toBe(200);
    await eventually(() =>
      smtp.messages.some((m) => m.to && 'text' in m.to && m.to.text === 'pia@example.test'),
    );
    const firstMail = smtp.messages.find(
      (m) => m.subject === 'Larch Street Salon: Booked on the wrong day',
    )!;
    expect(first.subject).toBe('Larch Street Salon: Booked on the wrong day');
    expect(firstMail.messageId).toBe(`<reply-${first.id}@turnaround.test>`);
    expect(firstMail.text?.trim()).toBe(first.text);
    expect(firstMail.inReplyTo).toBeUndefined();

    const second = (
      await reply(s.id, "I'm sorry you feel that way, but Friday is all we have.")
    ).json();
    expect(second.subject).toBe('Re: Larch Street Salon: Booked on the wrong day');
    await post(`/api/v1/replies/${second.id}/send-now`);
    await eventually(() =>
      smtp.messages.some((m) => m.subject?.startsWith('Re: Larch Street Salon: Booked')),
    );
    const secondMail = smtp.messages.find((m) =>
      m.subject?.startsWith('Re: Larch Street Salon: Booked'),
    )!;
    expect(secondMail.inReplyTo).toBe(firstMail.messageId);
    expect(secondMail.references).toContain(firstMail.messageId);

    await eventually(async () => {
      const items = (await t.as(org.token, { url: `/api/v1/situations/${s.id}/replies` })).json()
        .items;
      return items.every(
        (r: { status: string }) => r.status === 'sent' || r.status === 'cancelled',
      );
    });
    const events = (await t.as(org.token, { url: `/api/v1/situations/${s.id}/events` })).json()
      .items;
    const sent = events.filter((e: { type: string }) => e.type === 'message_logged');
    expect(sent).toHaveLength(2);
    expect(smtp.messages.filter((m) => m.text?.trim() === 'Sorry about that.')).toEqual([]);
    expect(sent[0].data).toMatchObject({
      direction: 'out',
      email: { to: 'pia@example.test', messageId: firstMail.messageId },
      coach: { apology: 'targeted' },
    });
    // The coach read the reply again before it left, and kept what it found.
    expect(sent[1].data.coach.apology).toBe('non_apology');
  });

  it('sends again a reply left "sending" by a runner that stopped, once that is long enough ago', async () => {
    const s = await situationFor('Extensions fell out', {
      name: 'Ada Roe',
      email: 'ada@example.test',
    });
    const id = (
      await reply(s.id, 'I am sorry the extensions came loose. Come in tomorrow at 10.')
    ).json().id as string;
    const job = { organizationId: org.organizationId, replyId: id };
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const replies = t.deps.storage.read.replies;
    // A runner took it a minute ago and may be sending it still: this try waits.
    expect(
      await replies.transition(org.organizationId, id, 'held', {
        status: 'sending',
        claimedAt: minutesAgo(1),
      }),
    ).toBe(true);
    await expect(deliverReply(t.deps, job)).rejects.toThrow(/being sent/);
    expect(smtp.messages.filter((m) => m.subject?.includes('Extensions'))).toEqual([]);

    // That runner stopped ten minutes ago: the reply goes, once.
    await replies.transition(org.organizationId, id, 'sending', { claimedAt: minutesAgo(10) });
    expect(await deliverReply(t.deps, job)).toBe('sent');
    expect(await deliverReply(t.deps, job)).toBe('stale');
    await eventually(() => smtp.messages.some((m) => m.subject?.includes('Extensions')));
    expect(smtp.messages.filter((m) => m.subject?.includes('Extensions'))).toHaveLength(1);
    const listed = (await t.as(org.token, { url: `/api/v1/situations/${s.id}/replies` })).json()
      .items;
    expect(listed[0]).toMatchObject({ status: 'sent', messageId: `<reply-${id}@turnaround.test>` });
  });

  it('refuses what cannot be sent with a clear reason, and keeps one organisation’s replies from another', async () => {
    const nobody = await situationFor('Walk-in complaint', null);
    const noParty = await reply(nobody.id, 'Thank you for telling us.');
    expect(noParty.statusCode).toBe(409);
    expect(noParty.json().code).toBe('NO_EMAIL_ADDRESS');
    const phoneOnly = await situationFor('Phone complaint', { name: 'Bo Ek' });
    expect((await reply(phoneOnly.id, 'Thanks.')).json().detail).toMatch(
      /Bo Ek has no email address/,
    );

    const s = await situationFor('Late for a fitting', {
      name: 'Liv Sand',
      email: 'liv@example.test',
    });
    for (const [payload, field] of [
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(20_001) }, 'text'],
      [{ text: 'Hi', cc: 'boss@example.test' }, ''],
      [{}, 'text'],
    ] as const) {
      const res = await post(`/api/v1/situations/${s.id}/replies`, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(400);
      if (field) expect(res.json().errors[0].path).toBe(field);
    }
    const mine = (await reply(s.id, 'We will call you today at 3.')).json();
    expect((await reply(s.id, 'Hello', other.token)).statusCode).toBe(404);
    expect((await post(`/api/v1/replies/${mine.id}/undo`, undefined, other.token)).statusCode).toBe(
      404,
    );
    expect(
      (await post(`/api/v1/replies/${mine.id}/send-now`, undefined, other.token)).statusCode,
    ).toBe(404);
    expect(
      (await t.as(other.token, { url: `/api/v1/situations/${s.id}/replies` })).statusCode,
    ).toBe(404);
    await post(`/api/v1/replies/${mine.id}/undo`);
  });

  it('says email is not set up when SMTP_URL is not, instead of pretending to send', async () => {
    const plain = await createTestApp(dialect);
    try {
      const owner = await plain.newOrganization('No Mail Co');
      const party = (
        await plain.as(owner.token, {
          method: 'POST',
          url: '/api/v1/parties',
          payload: { name: 'Kim Vik', email: 'kim@example.test' },
        })
      ).json();
      const s = (
        await plain.as(owner.token, {
          method: 'POST',
          url: '/api/v1/situations',
          payload: { title: 'Lost coat', partyId: party.id },
        })
      ).json();
      const res = await plain.as(owner.token, {
        method: 'POST',
        url: `/api/v1/situations/${s.id}/replies`,
        payload: { text: 'We found your coat.' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'EMAIL_NOT_CONFIGURED' });
      expect(res.json().detail).toMatch(/SMTP_URL/);
      expect(
        (await plain.as(owner.token, { url: '/api/v1/organization' })).json().emailConfigured,
      ).toBe(false);
    } finally {
      await plain.close();
    }
  });
});
