import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test/eventually';
import { createTestApp, testDialects, type TestApp, type TestOrg } from '../test/harness';
import { smtpReceiver } from '../test/smtp-receiver';

const MAX_BYTES = 16 * 1024 * 1024;

interface Event {
  type: string;
  data: Record<string, unknown>;
}

describe.each(testDialects())('email in on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let address: string;
  let otherAddress: string;
  let outbound: Awaited<ReturnType<typeof smtpReceiver>>;
  let transport: nodemailer.Transporter;

  const send = (mail: nodemailer.SendMailOptions) => transport.sendMail(mail);
  /** What our listener answered, for mail it refused: the SMTP code. */
  const refusedWith = async (mail: nodemailer.SendMailOptions) => {
    const error = await send(mail).then(
      () => null,
      (e: { responseCode?: number }) => e,
    );
    return error?.responseCode ?? null;
  };
  const situations = async (token = org.token) =>
    (await t.as(token, { url: '/api/v1/situations?limit=100' })).json().items as Array<{
      id: string;
      title: string;
      channel: string | null;
      partyId: string | null;
      ownerId: string | null;
    }>;
  const timeline = async (id: string, token = org.token) =>
    (await t.as(token, { url: `/api/v1/situations/${id}/events` })).json().items as Event[];
  const messagesIn = async (id: string) =>
    (await timeline(id)).filter((e) => e.type === 'message_logged' && e.data.direction === 'in');

  beforeAll(async () => {
    outbound = await smtpReceiver();
    t = await createTestApp(dialect, {
      smtpUrl: outbound.url,
      runJobsEveryMs: 200,
      inboundSmtp: { maxBytes: MAX_BYTES },
    });
    org = await t.newOrganization('Bramble Bistro');
    other = await t.newOrganization('Elsewhere Café');
    const orgInfo = (await t.as(org.token, { url: '/api/v1/organization' })).json();
    address = orgInfo.inboundAddress;
    otherAddress = (await t.as(other.token, { url: '/api/v1/organization' })).json().inboundAddress;
    transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: t.inboundPort!,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterAll(async () => {
    transport.close();
    await t.close();
    await outbound.close();
  });

  it('opens a situation for a new email, from a party found by the sender or made for them, with the mood and the attachments', async () => {
    expect(address).toMatch(/^bramble-bistro-[0-9a-f]{6}@turnaround\.test$/);
    const photo = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const info = await send({
      from: 'Maya Lind <Maya@Example.test>',
      to: address,
      subject: 'Fwd: Wrong name on the anniversary cake',
      text: 'The cake said MARK. My husband is called Luke. This is RIDICULOUS and I am furious!!!',
      attachments: [{ filename: 'cake photo.png', content: photo, contentType: 'image/png' }],
    });
    expect(info.accepted).toEqual([address]);

    const opened = (await situations()).find(
      (s) => s.title === 'Wrong name on the anniversary cake',
    );
    expect(opened).toMatchObject({ channel: 'email', ownerId: null });
    const party = (await t.as(org.token, { url: `/api/v1/parties/${opened!.partyId}` })).json();
    expect(party).toMatchObject({
      name: 'Maya Lind',
      email: 'maya@example.test',
      kind: 'customer',
    });

    const [message] = await messagesIn(opened!.id);
    expect(message!.data).toMatchObject({
      text: expect.stringContaining('My husband is called Luke'),
      received: { from: 'Maya@example.test', name: 'Maya Lind', messageId: info.messageId },
      attachments: [{ filename: 'cake photo.png', contentType: 'image/png', size: photo.length }],
    });
    const mood = (message!.data.coach as { mood: { label: string; intensity: number } }).mood;
    expect(['upset', 'angry']).toContain(mood.label);

    const fileId = (message!.data.attachments as Array<{ id: string }>)[0]!.id;
    const file = await t.as(org.token, {
      url: `/api/v1/situations/${opened!.id}/attachments/${fileId}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(photo)).toBe(true);
    expect(file.headers['content-disposition']).toContain('attachment;');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''cake%20photo.png");
    // Another organisation cannot fetch it, nor see the situation.
    const theirs = await t.as(other.token, {
      url: `/api/v1/situations/${opened!.id}/attachments/${fileId}`,
    });
    expect(theirs.statusCode).toBe(404);

    // A second thread from the same sender: a new situation, the same party.
    await send({
      from: 'maya@example.test',
      to: address,
      subject: 'Table booking for Friday',
      text: 'Could you move our booking to 8pm?',
    });
    const second = (await situations()).find((s) => s.title === 'Table booking for Friday');
    expect(second!.partyId).toBe(opened!.partyId);
  });

  it('joins a reply to its situation by its threading headers, with only the new words, and ignores the same message twice', async () => {
    const first = await send({
      from: 'Omar Said <omar@example.test>',
      to: address,
      subject: 'Cold soup',
      text: 'The soup was cold.',
    });
    const before = (await situations()).length;
    const s = (await situations()).find((x) => x.title === 'Cold soup')!;
    const reply = {
      from: 'Omar Said <omar@example.test>',
      to: address,
      subject: 'Re: Cold soup',
      inReplyTo: first.messageId,
      references: [first.messageId],
      messageId: `<omar-2-${Date.now()}@example.test>`,
      text: 'And nobody came back to ask.\n\nOn Mon, 23 Nov 2026 at 10:02, Omar Said <omar@example.test> wrote:\n> The soup was cold.',
    };
    await send(reply);
    await send(reply);
    expect((await situations()).length).toBe(before);
    const messages = await messagesIn(s.id);
    expect(messages.map((m) => m.data.text)).toEqual([
      'The soup was cold.',
      'And nobody came back to ask.',
    ]);
  });

  it('threads our emailed reply on their message, and their answer to its Reply-To joins even without headers', async () => {
    const first = await send({
      from: 'Pia Berg <pia@example.test>',
      to: address,
      subject: 'Booking lost',
      text: 'We arrived and there was no booking.',
    });
    const s = (await situations()).find((x) => x.title === 'Booking lost')!;
    const held = await t.as(org.token, {
      method: 'POST',
      url: `/api/v1/situations/${s.id}/replies`,
      payload: {
        text: 'I am sorry we lost your booking, Pia. I have set aside a table for Friday.',
      },
    });
    expect(held.statusCode, held.body).toBe(202);
    await t.as(org.token, { method: 'POST', url: `/api/v1/replies/${held.json().id}/send-now` });
    await eventually(() => outbound.messages.some((m) => m.subject?.includes('Booking lost')));
    const ours = outbound.messages.find((m) => m.subject?.includes('Booking lost'))!;
    expect(ours.inReplyTo).toBe(first.messageId);
    const replyTo = (ours.replyTo as { value: Array<{ address: string }> }).value[0]!.address;
    const [mailbox, domain] = address.split('@') as [string, string];
    expect(replyTo).toMatch(new RegExp(`^${mailbox}\\+\\d+-[0-9a-f]{12}@${domain}$`));

    const before = (await situations()).length;
    // Their mail program kept no headers; the address alone says where it belongs.
    await send({ from: 'pia@example.test', to: replyTo, subject: 'Thanks', text: 'Friday works.' });
    expect((await situations()).length).toBe(before);
    expect((await messagesIn(s.id)).at(-1)!.data.text).toBe('Friday works.');

    // A made-up token is not a way into a situation: it starts a thread of its own.
    const forged = replyTo.replace(/-[0-9a-f]{12}@/, '-000000000000@');
    await send({ from: 'pia@example.test', to: forged, subject: 'Guess', text: 'Hello?' });
    expect((await situations()).length).toBe(before + 1);
    expect((await messagesIn(s.id)).at(-1)!.data.text).toBe('Friday works.');
  });

  it('reopens a resolved situation when they write again upset, not when they say thank you', async () => {
    const first = await send({
      from: 'Vera Holm <vera@example.test>',
      to: address,
      subject: 'Noisy table',
      text: 'We were seated next to the kitchen door all evening.',
    });
    const s = (await situations()).find((x) => x.title === 'Noisy table')!;
    const act = (payload: object) =>
      t.as(org.token, { method: 'POST', url: `/api/v1/situations/${s.id}/actions`, payload });
    await act({ type: 'record', step: 'listen', data: { account: 'Seated by the kitchen door.' } });
    await act({
      type: 'record',
      step: 'empathize',
      data: { acknowledgement: 'Not the evening you wanted.' },
    });
    expect((await act({ type: 'vent_only', reason: 'They wanted us to know' })).statusCode).toBe(
      200,
    );
    const status = async () =>
      (await t.as(org.token, { url: `/api/v1/situations/${s.id}` })).json().status;

    const thread = { inReplyTo: first.messageId, references: [first.messageId] };
    await send({
      from: 'vera@example.test',
      to: address,
      subject: 'Re: Noisy table',
      text: 'Thanks for listening, that is kind.',
      ...thread,
    });
    expect(await status()).toBe('resolved');
    await send({
      from: 'vera@example.test',
      to: address,
      subject: 'Re: Noisy table',
      text: 'I was promised a call back and NOBODY called. This is unacceptable and I am furious.',
      ...thread,
    });
    expect(await status()).toBe('open');
    expect((await timeline(s.id)).at(-1)).toMatchObject({ type: 'reopened' });
  });

  it("keeps each organisation's mail to itself", async () => {
    await send({
      from: 'sam@example.test',
      to: otherAddress,
      subject: 'For Elsewhere',
      text: 'Hi.',
    });
    expect((await situations(other.token)).map((s) => s.title)).toContain('For Elsewhere');
    expect((await situations()).map((s) => s.title)).not.toContain('For Elsewhere');
  });

  it('refuses unknown addresses, oversize and unreadable mail with SMTP codes, storing nothing', async () => {
    const before = (await situations()).length;
    const partiesBefore = (await t.as(org.token, { url: '/api/v1/parties?limit=100' })).json().items
      .length;
    expect(
      await refusedWith({ from: 'x@example.test', to: 'nobody@turnaround.test', text: 'Hi' }),
    ).toBe(550);
    expect(
      await refusedWith({ from: 'x@example.test', to: 'someone@elsewhere.test', text: 'Hi' }),
    ).toBe(550);
    expect(
      await refusedWith({
        from: 'x@example.test',
        to: address,
        subject: 'Huge',
        text: 'x'.repeat(MAX_BYTES + 1024),
      }),
    ).toBe(552);
    expect(
      await refusedWith({
        envelope: { from: 'x@example.test', to: [address] },
        raw: 'Subject: no sender here\r\n\r\nJust some text.\r\n',
      }),
    ).toBe(554);
    expect(
      await refusedWith({
        envelope: { from: 'x@example.test', to: [address] },
        raw: 'From: not an address\r\nSubject: hm\r\n\r\nText.\r\n',
      }),
    ).toBe(554);
    expect((await situations()).length).toBe(before);
    expect((await t.as(org.token, { url: '/api/v1/parties?limit=100' })).json().items.length).toBe(
      partiesBefore,
    );
  });

  it('keeps the message but not an attachment over the size limit, and says so', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 7);
    await send({
      from: 'uma@example.test',
      to: address,
      subject: 'Photos of the damage',
      text: 'See attached, the box was crushed.',
      attachments: [
        { filename: 'video.mov', content: big, contentType: 'video/quicktime' },
        { filename: 'note.txt', content: 'small', contentType: 'text/plain' },
      ],
    });
    const s = (await situations()).find((x) => x.title === 'Photos of the damage')!;
    const [message] = await messagesIn(s.id);
    expect(message!.data.attachments).toEqual([
      expect.objectContaining({ filename: 'note.txt', size: 5 }),
    ]);
    expect(message!.data.attachmentsNotKept).toEqual([{ filename: 'video.mov', size: big.length }]);
  });
});
