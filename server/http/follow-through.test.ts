import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordThroughCommunicate } from '../test/recovery';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';

const HOUR = 3_600_000;

describe.each(testDialects())('tasks, promises and follow-ups on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let staff: { id: string; token: string };
  // The clock stands still unless a test moves it, so "overdue" and "due" are exact.
  let now = new Date('2026-11-23T09:00:00.000Z');
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();

  const act = (id: string, payload: object, token = org.token) =>
    t.as(token, { method: 'POST', url: `/api/v1/situations/${id}/actions`, payload });
  const record = async (id: string, step: string, data: object, token = org.token) => {
    const res = await act(id, { type: 'record', step, data }, token);
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
    return res.json();
  };
  const events = async (id: string) =>
    (await t.as(org.token, { url: `/api/v1/situations/${id}/events` })).json().items;
  const tasks = async (token: string, view = 'mine') =>
    (await t.as(token, { url: `/api/v1/tasks?view=${view}` })).json().items;
  const followUps = async (token: string, view = 'mine') =>
    (await t.as(token, { url: `/api/v1/follow-ups?view=${view}` })).json().items;

  /** A situation owned by the organisation's owner, solved with a promise and a task for staff. */
  const solved = async (title: string) => {
    const res = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title, ownerId: org.ownerId },
    });
    const s = res.json();
    const done = await recordThroughCommunicate((step, data) => record(s.id, step, data), {
      promises: [{ what: 'New cake ready for collection', due: at(6) }],
      tasks: [
        { what: 'Ice the new cake', who: staff.id, due: at(-1) },
        { what: 'Add read-back to the phone script', who: staff.id, due: at(72) },
      ],
    });
    return done as { id: string; tasks: Array<{ id: string; what: string; kind: string }> };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: () => now });
    org = await t.newOrganization('Crumb & Co');
    other = await t.newOrganization('Elsewhere Ltd');
    staff = await addMember(t, org, 'staff', 'Ivy Stone');
  });
  afterAll(() => t.close());

  it('turns captured promises and tasks into tracked work: each person sees theirs, most urgent first', async () => {
    const s = await solved('Wrong name on the birthday cake');
    expect(s.tasks.map((task) => [task.kind, task.what])).toEqual([
      ['promise', 'New cake ready for collection'],
      ['task', 'Ice the new cake'],
      ['task', 'Add read-back to the phone script'],
    ]);

    const staffTasks = (await tasks(staff.token)).filter(
      (task: { situation: { id: string } }) => task.situation.id === s.id,
    );
    expect(
      staffTasks.map((task: { what: string; urgency: string }) => [task.what, task.urgency]),
    ).toEqual([
      ['Ice the new cake', 'overdue'],
      ['Add read-back to the phone script', 'later'],
    ]);
    expect(staffTasks[0]).toMatchObject({
      assigneeName: 'Ivy Stone',
      situation: { title: 'Wrong name on the birthday cake', status: 'open' },
    });

    // The promise is the situation owner's to keep, and it is about to be broken.
    const ownerWork = (await tasks(org.token)).filter(
      (task: { situation: { id: string } }) => task.situation.id === s.id,
    );
    expect(ownerWork).toEqual([
      expect.objectContaining({
        kind: 'promise',
        what: 'New cake ready for collection',
        urgency: 'due_soon',
      }),
    ]);
    expect((await tasks(org.token, 'all')).length).toBeGreaterThanOrEqual(3);
  });

  it('ticks a task off on the timeline, keeps it done when the step is recorded again, and can undo it', async () => {
    const s = await solved('Cake delivered to the wrong hall');
    const icing = s.tasks.find((task) => task.what === 'Ice the new cake')!;
    const res = await act(s.id, { type: 'complete_task', taskId: icing.id }, staff.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tasks.find((task: { id: string }) => task.id === icing.id)).toMatchObject({
      doneBy: staff.id,
      doneAt: now.toISOString(),
    });
    expect((await events(s.id)).at(-1)).toMatchObject({
      type: 'task_done',
      actorName: 'Ivy Stone',
      data: { taskId: icing.id, what: 'Ice the new cake' },
    });
    expect(
      (await tasks(staff.token)).some(
        (task: { id: string; situation: { id: string } }) =>
          task.id === icing.id && task.situation.id === s.id,
      ),
    ).toBe(false);

    // Done twice is refused, and changes nothing.
    const again = await act(s.id, { type: 'complete_task', taskId: icing.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');

    // Recording the step again with the same task keeps it done; a changed one is new work.
    const rerecorded = await record(s.id, 'communicate', {
      team_told: 'Read names back on phone orders',
      tasks: [
        { what: 'Ice the new cake', who: staff.id, due: at(-1) },
        { what: 'Print a read-back card for the phone', who: staff.id, due: at(48) },
      ],
    });
    expect(
      rerecorded.tasks.map((task: { what: string; doneAt: string | null }) => [
        task.what,
        !!task.doneAt,
      ]),
    ).toEqual([
      ['New cake ready for collection', false],
      ['Ice the new cake', true],
      ['Print a read-back card for the phone', false],
    ]);

    const undone = await act(s.id, { type: 'reopen_task', taskId: icing.id });
    expect(
      undone.json().tasks.find((task: { id: string }) => task.id === icing.id).doneAt,
    ).toBeNull();
  });

  it("schedules the follow-up on resolving, after the organisation's delay; it can be moved, and recording it completes it", async () => {
    const patched = await t.as(org.token, {
      method: 'PATCH',
      url: '/api/v1/organization',
      payload: { followUpAfterHours: 24 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().followUpAfterHours).toBe(24);

    const s = await solved('Birthday cake left out in the sun');
    const resolved = (await act(s.id, { type: 'resolve' })).json();
    expect(resolved.followUpDueAt).toBe(at(24));
    let mine = await followUps(org.token);
    expect(mine.find((f: { id: string }) => f.id === s.id)).toMatchObject({
      title: 'Birthday cake left out in the sun',
      followUpDueAt: at(24),
      urgency: 'due_soon',
    });

    const moved = await act(s.id, {
      type: 'schedule_follow_up',
      dueAt: at(72),
      reason: 'They are away until the weekend',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().followUpDueAt).toBe(at(72));
    expect((await events(s.id)).at(-1)).toMatchObject({
      type: 'follow_up_scheduled',
      data: { dueAt: at(72), note: 'They are away until the weekend' },
    });

    // Time passes: the follow-up is now overdue.
    now = new Date(now.getTime() + 73 * HOUR);
    mine = await followUps(org.token);
    expect(mine.find((f: { id: string }) => f.id === s.id).urgency).toBe('overdue');

    await record(s.id, 'follow_up', { how: 'phone', held: 'yes', satisfaction: 4 });
    expect((await followUps(org.token, 'all')).some((f: { id: string }) => f.id === s.id)).toBe(
      false,
    );
    const closed = await act(s.id, { type: 'close' });
    expect(closed.json()).toMatchObject({ status: 'closed', followUpDueAt: null });
    // Closing closes the loop: what was left open there no longer waits in anyone's list.
    expect(
      (await tasks(org.token, 'all')).some(
        (task: { situation: { id: string } }) => task.situation.id === s.id,
      ),
    ).toBe(false);
  });

  it('refuses bad follow-up times and bad task actions with the field named, and changes nothing', async () => {
    const s = await solved('Cake too small for the party');
    const before = await events(s.id);
    const cases: Array<[object, string]> = [
      [{ type: 'complete_task' }, 'taskId'],
      [{ type: 'resolve', taskId: 'x' }, 'taskId'],
      [{ type: 'schedule_follow_up' }, 'dueAt'],
      [{ type: 'schedule_follow_up', dueAt: 'next tuesday' }, 'dueAt'],
      [{ type: 'schedule_follow_up', dueAt: '2026-13-45T99:00:00Z' }, 'dueAt'],
      [{ type: 'close', dueAt: at(1) }, 'dueAt'],
    ];
    for (const [payload, field] of cases) {
      const res = await act(s.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    // An open situation has no follow-up to move yet; an unknown task is not found.
    expect((await act(s.id, { type: 'schedule_follow_up', dueAt: at(10) })).statusCode).toBe(409);
    expect((await act(s.id, { type: 'complete_task', taskId: 'no-such-task' })).statusCode).toBe(
      404,
    );
    await act(s.id, { type: 'resolve' });
    const early = await act(s.id, { type: 'schedule_follow_up', dueAt: at(-5) });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('dueAt');
    expect((await events(s.id)).length).toBe(before.length + 2); // resolved + follow_up_scheduled

    for (const hours of [0, 1.5, 24 * 91, 'soon']) {
      const bad = await t.as(org.token, {
        method: 'PATCH',
        url: '/api/v1/organization',
        payload: { followUpAfterHours: hours },
      });
      expect(bad.statusCode, String(hours)).toBe(400);
      expect(bad.json().errors[0].path).toBe('followUpAfterHours');
    }
    const byStaff = await t.as(staff.token, {
      method: 'PATCH',
      url: '/api/v1/organization',
      payload: { followUpAfterHours: 12 },
    });
    expect(byStaff.statusCode).toBe(403);
  });

  it("keeps one organisation's tasks and follow-ups from another", async () => {
    const s = await solved('Cake box crushed');
    await act(s.id, { type: 'resolve' });
    const task = s.tasks[0]!;
    expect(
      (await act(s.id, { type: 'complete_task', taskId: task.id }, other.token)).statusCode,
    ).toBe(404);
    expect(await tasks(other.token, 'all')).toEqual([]);
    expect(await followUps(other.token, 'all')).toEqual([]);
    expect((await t.as(other.token, { url: '/api/v1/tasks?view=everyone' })).statusCode).toBe(400);
  });
});
