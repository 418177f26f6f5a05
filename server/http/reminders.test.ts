import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordThroughCommunicate } from '../test/recovery';
import { smtpReceiver } from '../test/smtp-receiver';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';
import { eventually } from '../test/eventually';

const HOUR = 3_600_000;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

describe.each(testDialects())('reminders by email on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let staff: { id: string; token: string; email: string };
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;

  const act = async (id: string, payload: object) => {
    const res = await t.as(org.token, {
      method: 'POST',
      url: `/api/v1/situations/${id}/actions`,
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const record = (id: string, step: string, data: object) =>
    act(id, { type: 'record', step, data });
  const mailTo = (email: string) =>
    smtp.messages.filter((m) => m.to && 'text' in m.to && m.to.text.includes(email));

  /** A situation taken to "Communicate" with the given tasks for the staff member. */
  const solved = async (title: string, tasks: Array<{ what: string; due: string }>) => {
    const s = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/situations',
        payload: { title, ownerId: org.ownerId },
      })
    ).json();
    return recordThroughCommunicate((step, data) => record(s.id, step, data), {
      tasks: tasks.map((task) => ({ ...task, who: staff.id })),
    }) as Promise<{ id: string; tasks: Array<{ id: string; what: string }> }>;
  };

  beforeAll(async () => {
    smtp = await smtpReceiver();
    t = await createTestApp(dialect, { smtpUrl: smtp.url, runJobsEveryMs: 200 });
    org = await t.newOrganization('Pantry Lane');
    staff = await addMember(t, org, 'staff', 'Noor Haddad');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('emails whoever must do a task when it is late, over a real SMTP exchange, and not when it was done in time', async () => {
    const s = await solved('Dessert missing from a delivery', [
      { what: 'Call the courier about the dessert', due: fromNow(-HOUR) },
      { what: 'Re-pack the dessert shelf', due: fromNow(HOUR + 1500) },
    ]);
    // The second is done before its reminder falls due: nobody is reminded of it.
    const shelf = s.tasks.find(
      (task: { what: string }) => task.what === 'Re-pack the dessert shelf',
    );
    await act(s.id, { type: 'complete_task', taskId: shelf!.id });

    await eventually(() => mailTo(staff.email).length >= 1);
    await new Promise((r) => setTimeout(r, 2500));
    const mails = mailTo(staff.email);
    expect(mails.map((m) => m.subject)).toEqual([
      'Task overdue: Call the courier about the dessert',
    ]);
    expect(mails[0]!.text).toContain('Hello Noor Haddad');
    expect(mails[0]!.text).toContain(`http://turnaround.test/situations/${s.id}`);
    expect(mails[0]!.messageId).toMatch(/^<.+@.+>$/);
  });

  it('asks the owner to follow up when it falls due, once, at the time it was last moved to', async () => {
    const s = await solved('Dessert melted on the way', []);
    await act(s.id, { type: 'resolve' });
    // Moved twice: only the last time counts; the earlier reminders find it moved and stay quiet.
    await act(s.id, { type: 'schedule_follow_up', dueAt: fromNow(800) });
    await act(s.id, { type: 'schedule_follow_up', dueAt: fromNow(1600) });
    await eventually(() =>
      smtp.messages.some((m) => m.subject === 'Follow up: #2 Dessert melted on the way'),
    );
    await new Promise((r) => setTimeout(r, 2000));
    const followUps = smtp.messages.filter((m) => m.subject?.startsWith('Follow up: #2'));
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.to && 'text' in followUps[0]!.to ? followUps[0]!.to.text : '').toContain(
      org.email,
    );
    expect(followUps[0]!.text).toContain('record the follow-up');
  });

  it('shows owners the reminders that kept failing (here, a mail server that is down)', async () => {
    const down = await smtpReceiver();
    await down.close();
    const broken = await createTestApp(dialect, {
      smtpUrl: down.url,
      runJobsEveryMs: 200,
      jobRetry: { retries: 1, delaySeconds: 1 },
    });
    try {
      const owner = await broken.newOrganization('Cold Kitchen');
      const other = await broken.newOrganization('Elsewhere Ltd');
      const cook = await addMember(broken, owner, 'staff', 'Lars Berg');
      const s = (
        await broken.as(owner.token, {
          method: 'POST',
          url: '/api/v1/situations',
          payload: { title: 'Fridge alarm ignored' },
        })
      ).json();
      const res = await broken.as(owner.token, {
        method: 'POST',
        url: `/api/v1/situations/${s.id}/actions`,
        payload: {
          type: 'record',
          step: 'communicate',
          data: {
            team_told: 'Check the alarm log',
            tasks: [{ what: 'Call the fridge engineer', who: cook.id, due: fromNow(-HOUR) }],
          },
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const failures = async (token: string) => broken.as(token, { url: '/api/v1/jobs/failures' });
      const started = Date.now();
      while ((await failures(owner.token)).json().items.length === 0) {
        if (Date.now() - started > 20_000) throw new Error('the failure never showed');
        await new Promise((r) => setTimeout(r, 200));
      }
      const [failure] = (await failures(owner.token)).json().items;
      expect(failure).toMatchObject({
        name: 'task.due',
        attempts: 2,
        data: { situationId: s.id },
      });
      expect(failure.error).toMatch(/ECONNREFUSED|connect/i);
      expect((await failures(cook.token)).statusCode).toBe(403);
      expect((await failures(other.token)).json().items).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});
