import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';
import { eventually } from '../test/eventually';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP receiver that answers 503 to the first `failFirst` requests, then 200. */
async function receiver(failFirst: number) {
  const received: Received[] = [];
  let seen = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      seen++;
      response.statusCode = seen <= failFirst ? 503 : 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/turnaround`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(testDialects())('webhooks on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      runJobsEveryMs: 200,
      jobRetry: { retries: 3, delaySeconds: 1 },
    });
    org = await t.newOrganization('Harbour Bakery');
    other = await t.newOrganization('Elsewhere Ltd');
  });
  afterAll(() => t.close());

  it('refuses addresses inside the server’s network unless the deployment allows them', async () => {
    const strict = await createTestApp(dialect, { webhooksAllowPrivate: false });
    try {
      const owner = await strict.newOrganization('Locked Down Ltd');
      const res = await strict.as(owner.token, {
        method: 'POST',
        url: '/api/v1/webhooks',
        payload: { url: 'http://169.254.169.254/latest/meta-data', events: ['situation.opened'] },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        { path: 'url', message: expect.stringContaining('WEBHOOKS_ALLOW_PRIVATE') },
      ]);
      expect((await strict.as(owner.token, { url: '/api/v1/webhooks' })).json().items).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('shows a delivery as failed once its last try has failed', async () => {
    const hook = await receiver(99);
    const quick = await createTestApp(dialect, {
      runJobsEveryMs: 200,
      jobRetry: { retries: 1, delaySeconds: 1 },
    });
    try {
      const owner = await quick.newOrganization('Quay Kitchen');
      const { webhook } = (
        await quick.as(owner.token, {
          method: 'POST',
          url: '/api/v1/webhooks',
          payload: { url: hook.url, events: ['situation.opened'] },
        })
      ).json();
      await quick.as(owner.token, {
        method: 'POST',
        url: '/api/v1/situations',
        payload: { title: 'Oven down at lunch' },
      });
      const log = async () =>
        (await quick.as(owner.token, { url: `/api/v1/webhooks/${webhook.id}/deliveries` })).json()
          .items as Array<{ status: string; attempts: number; responseStatus: number | null }>;
      await eventually(async () => (await log())[0]?.status === 'failed');
      expect((await log())[0]).toMatchObject({
        status: 'failed',
        attempts: 2,
        responseStatus: 503,
      });
      expect(hook.received).toHaveLength(2);
    } finally {
      await quick.close();
      await hook.close();
    }
  });

  it('signs each delivery, tries again after a failure with a wait, and logs both attempts', async () => {
    const hook = await receiver(1);
    try {
      const created = await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/webhooks',
        payload: { url: hook.url, events: ['situation.opened', 'situation.resolved'] },
      });
      expect(created.statusCode, created.body).toBe(201);
      const { webhook, secret } = created.json();
      expect(secret).toMatch(/^whsec_/);
      expect(webhook).toMatchObject({ format: 'json', active: true });
      expect(
        (await t.as(org.token, { url: '/api/v1/webhooks' })).json().items[0],
      ).not.toHaveProperty('secret');

      const opened = (
        await t.as(org.token, {
          method: 'POST',
          url: '/api/v1/situations',
          payload: { title: 'Sourdough sold out before 9', live: true },
        })
      ).json();
      await eventually(() => hook.received.length >= 2);
      const [first, second] = hook.received;
      // The same delivery, byte for byte, the second time.
      expect(second!.body).toBe(first!.body);
      expect(second!.headers['x-turnaround-delivery']).toBe(
        first!.headers['x-turnaround-delivery'],
      );
      const body = JSON.parse(second!.body);
      expect(body).toMatchObject({
        event: 'situation.opened',
        summary: 'A situation was opened',
        situation: {
          id: opened.id,
          number: opened.number,
          title: 'Sourdough sold out before 9',
          url: `http://turnaround.test/situations/${opened.id}`,
        },
        details: { live: true },
      });
      const timestamp = String(second!.headers['x-turnaround-timestamp']);
      const expected = createHmac('sha256', secret)
        .update(`${timestamp}.${second!.body}`)
        .digest('hex');
      expect(second!.headers['x-turnaround-signature']).toBe(`sha256=${expected}`);
      expect(second!.headers['x-turnaround-event']).toBe('situation.opened');

      await eventually(async () => {
        const log = (
          await t.as(org.token, { url: `/api/v1/webhooks/${webhook.id}/deliveries` })
        ).json().items;
        return log[0]?.status === 'delivered';
      });
      const [delivery] = (
        await t.as(org.token, { url: `/api/v1/webhooks/${webhook.id}/deliveries` })
      ).json().items;
      expect(delivery).toMatchObject({
        event: 'situation.opened',
        status: 'delivered',
        attempts: 2,
        responseStatus: 200,
        error: null,
      });

      // Paused: nothing more is posted.
      await t.as(org.token, {
        method: 'PATCH',
        url: `/api/v1/webhooks/${webhook.id}`,
        payload: { active: false },
      });
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/situations',
        payload: { title: 'Croissants burnt' },
      });
      await new Promise((r) => setTimeout(r, 1000));
      expect(hook.received).toHaveLength(2);
      expect(
        (await t.as(org.token, { method: 'DELETE', url: `/api/v1/webhooks/${webhook.id}` }))
          .statusCode,
      ).toBe(204);
    } finally {
      await hook.close();
    }
  });

  it('posts a message a Slack incoming webhook accepts, when that format is chosen', async () => {
    const hook = await receiver(0);
    try {
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/webhooks',
        payload: { url: hook.url, events: ['situation.opened'], format: 'slack' },
      });
      const s = (
        await t.as(org.token, {
          method: 'POST',
          url: '/api/v1/situations',
          payload: { title: 'Cake <dropped> & replaced' },
        })
      ).json();
      await eventually(() => hook.received.length >= 1);
      expect(JSON.parse(hook.received[0]!.body)).toEqual({
        text: `A situation was opened: <http://turnaround.test/situations/${s.id}|#${s.number} Cake &lt;dropped&gt; &amp; replaced>`,
      });
    } finally {
      await hook.close();
    }
  });

  it('refuses bad webhooks with the field named; only owners manage them, and only their own', async () => {
    const cases: Array<[object, string]> = [
      [{ url: 'not a url', events: ['situation.opened'] }, 'url'],
      [{ url: 'ftp://example.test/x', events: ['situation.opened'] }, 'url'],
      [{ url: 'https://example.test/x', events: [] }, 'events'],
      [{ url: 'https://example.test/x', events: ['situation.exploded'] }, 'events.0'],
      [{ url: 'https://example.test/x', events: ['situation.opened'], format: 'xml' }, 'format'],
      [{ url: 'https://example.test/x', events: ['situation.opened'], secret: 'mine' }, ''],
    ];
    for (const [payload, field] of cases) {
      const res = await t.as(org.token, { method: 'POST', url: '/api/v1/webhooks', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      if (field) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    const mine = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/webhooks',
        payload: { url: 'https://example.test/mine', events: ['follow_up.due'] },
      })
    ).json().webhook;
    const staff = await addMember(t, org, 'staff', 'Sam Reed');
    expect((await t.as(staff.token, { url: '/api/v1/webhooks' })).statusCode).toBe(403);
    expect(
      (
        await t.as(other.token, {
          method: 'PATCH',
          url: `/api/v1/webhooks/${mine.id}`,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.as(other.token, { url: `/api/v1/webhooks/${mine.id}/deliveries` })).statusCode,
    ).toBe(404);
    expect(
      (await t.as(other.token, { method: 'DELETE', url: `/api/v1/webhooks/${mine.id}` }))
        .statusCode,
    ).toBe(404);
    expect((await t.as(other.token, { url: '/api/v1/webhooks' })).json().items).toEqual([]);
  });
});
