import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPlaybook } from '../../domain/playbook/builtin';
import {
  addMember,
  createTestApp,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';

describe.each(testDialects())('the guided recovery over the API on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let staff: { id: string; token: string };

  const open = async (
    token = org.token,
    payload: object = { title: 'Wrong dish served at table 4' },
  ) => {
    const res = await t.as(token, { method: 'POST', url: '/api/v1/situations', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const act = (id: string, payload: object, token = org.token) =>
    t.as(token, { method: 'POST', url: `/api/v1/situations/${id}/actions`, payload });
  const get = async (id: string) =>
    (await t.as(org.token, { url: `/api/v1/situations/${id}` })).json();
  const events = async (id: string) =>
    (await t.as(org.token, { url: `/api/v1/situations/${id}/events` })).json().items;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    org = await t.newOrganization('Bramble Bistro');
    other = await t.newOrganization('Elsewhere Ltd');
    staff = await addMember(t, org, 'staff', 'Jonah Webb');
  });
  afterAll(() => t.close());

  it('starts a situation on the default playbook, at its first step, with every step listed', async () => {
    const s = await open();
    expect(s.playbook).toMatchObject({ id: 'builtin-default', key: 'default', version: 1 });
    expect(s.currentStep).toBe('listen');
    expect(s.steps.map((step: { id: string }) => step.id)).toEqual([
      'listen',
      'empathize',
      'diagnose',
      'alternatives',
      'apologize',
      'solve',
      'make_it_up',
      'communicate',
      'follow_up',
    ]);
    expect(s.steps.every((step: { status: string }) => step.status === 'pending')).toBe(true);
    expect(s.timings).toEqual({ firstResponseMs: null, recoveryMs: null });
  });

  it('refuses an apology before the diagnosis with 409, its code and what to do first, and changes nothing', async () => {
    const s = await open();
    await act(s.id, { type: 'record', step: 'listen', data: { account: 'I asked for the fish.' } });
    const before = await get(s.id);
    const eventsBefore = await events(s.id);
    const res = await act(s.id, {
      type: 'record',
      step: 'apologize',
      data: { apology: 'Sorry for any inconvenience.' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'APOLOGY_BEFORE_DIAGNOSIS', status: 409 });
    expect(res.json().detail).toMatch(/Find out the root cause and whose it is first/);
    expect(await get(s.id)).toEqual(before);
    expect(await events(s.id)).toEqual(eventsBefore);
  });

  it('takes a situation through all nine steps to closed, with timings', async () => {
    const s = await open(staff.token);
    const due = new Date(Date.now() + 86_400_000).toISOString();
    const steps: Array<[string, Record<string, unknown>]> = [
      [
        'listen',
        { account: 'I ordered the sea bream and got the steak.', mood: 'upset', live: true },
      ],
      [
        'empathize',
        { acknowledgement: 'That is frustrating when you were looking forward to it.' },
      ],
      [
        'diagnose',
        {
          questions: ['What did you order?'],
          root_cause: 'Table numbers swapped at the pass',
          cause_owner: 'ours',
          wants: ['fix'],
        },
      ],
      [
        'alternatives',
        {
          options: [
            {
              description: 'Sea bream in ten minutes',
              cost: { minor: 1800, currency: 'EUR' },
              fit: 'They want what they ordered',
            },
            {
              description: 'Keep the steak, free',
              cost: { minor: 2400, currency: 'EUR' },
              fit: 'If they are hungry now',
            },
          ],
          their_proposal: 'The fish, quickly',
          chosen: 'Sea bream in ten minutes',
        },
      ],
      ['apologize', { apology: 'I am sorry: we swapped your table number at the pass.' }],
      ['apologize', { response: 'accepted' }],
      [
        'solve',
        { actions: ['Fired a fresh sea bream'], promises: [{ what: 'Fish at the table', due }] },
      ],
      [
        'make_it_up',
        {
          gesture: 'A handwritten card from the chef',
          fit: 'They are celebrating',
        },
      ],
      [
        'communicate',
        {
          team_told: 'Pass checks table numbers twice',
          tasks: [{ what: 'Re-label the pass', who: staff.id, due }],
          confirmed: true,
        },
      ],
    ];
    for (const [step, data] of steps) {
      const res = await act(s.id, { type: 'record', step, data }, staff.token);
      expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
    }
    const resolved = await act(
      s.id,
      { type: 'resolve', reason: 'Fresh plate served' },
      staff.token,
    );
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      outcome: 'solved',
      currentStep: 'follow_up',
    });
    expect(resolved.json().timings.firstResponseMs).toBeGreaterThanOrEqual(0);
    expect(resolved.json().timings.recoveryMs).toBeGreaterThanOrEqual(
      resolved.json().timings.firstResponseMs,
    );
    await act(
      s.id,
      {
        type: 'record',
        step: 'follow_up',
        data: { how: 'phone', held: 'yes', satisfaction: 5, come_back: 'yes' },
      },
      staff.token,
    );
    const closed = (await act(s.id, { type: 'close' }, staff.token)).json();
    expect(closed).toMatchObject({ status: 'closed', currentStep: null });
    expect(closed.steps.every((step: { status: string }) => step.status === 'done')).toBe(true);
    const timeline = await events(s.id);
    expect(timeline.filter((e: { type: string }) => e.type === 'step_recorded')).toHaveLength(10);
    expect(timeline.at(-1)).toMatchObject({ type: 'closed', actorName: 'Jonah Webb' });
  });

  it('takes the vent-only path, recorded as such, and still asks for a follow-up before closing', async () => {
    const s = await open();
    expect((await act(s.id, { type: 'vent_only' })).json().code).toBe('VENT_ONLY_UNAVAILABLE');
    await act(s.id, {
      type: 'record',
      step: 'listen',
      data: { account: 'Just needed to say it.' },
    });
    await act(s.id, {
      type: 'record',
      step: 'empathize',
      data: { acknowledgement: 'Thank you for telling me.' },
    });
    const vented = (
      await act(s.id, { type: 'vent_only', reason: 'They wanted to be heard' })
    ).json();
    expect(vented).toMatchObject({
      status: 'resolved',
      outcome: 'vent_only',
      currentStep: 'follow_up',
    });
    expect(vented.steps.find((step: { id: string }) => step.id === 'diagnose').status).toBe(
      'not_needed',
    );
    expect((await events(s.id)).slice(-2)).toMatchObject([
      { type: 'resolved', data: { outcome: 'vent_only' } },
      // Someone who only vented is still followed up with.
      { type: 'follow_up_scheduled' },
    ]);
    expect((await act(s.id, { type: 'close' })).json().code).toBe('CLOSE_WITHOUT_FOLLOW_UP');
  });

  it('answers malformed actions with 400 naming the field, and changes nothing', async () => {
    const s = await open();
    const before = await events(s.id);
    const cases: Array<[object, string]> = [
      [{ type: 'record', data: { account: 'x' } }, 'step'],
      [{ type: 'record', step: 'listen' }, 'data'],
      [{ type: 'skip', step: 'make_it_up' }, 'reason'],
      [{ type: 'skip', step: 'make_it_up', reason: '   ' }, 'reason'],
      [{ type: 'resolve', step: 'listen' }, 'step'],
      [{ type: 'record', step: 'dance', data: { x: 1 } }, 'step'],
      [{ type: 'record', step: 'listen', data: { shoe_size: 42 } }, 'data.shoe_size'],
      [{ type: 'record', step: 'listen', data: { mood: 'furious' } }, 'data.mood'],
      // Something of value is granted through the policy, never recorded by hand.
      [
        {
          type: 'record',
          step: 'make_it_up',
          data: { gesture: 'Voucher', value: { minor: 50_000, currency: 'EUR' }, fit: 'x' },
        },
        'data.value',
      ],
      [
        { type: 'record', step: 'solve', data: { promises: [{ what: 'Call back' }] } },
        'data.promises',
      ],
      [
        { type: 'record', step: 'make_it_up', data: { value: { minor: 1.5, currency: 'EUR' } } },
        'data.value',
      ],
      [
        { type: 'record', step: 'make_it_up', data: { value: { minor: -100, currency: 'EUR' } } },
        'data.value',
      ],
      [
        {
          type: 'record',
          step: 'communicate',
          data: { tasks: [{ what: 'x', who: other.ownerId, due: new Date().toISOString() }] },
        },
        'data.tasks',
      ],
      [{ type: 'record', step: 'listen', data: {}, extra: true }, 'extra'],
    ];
    for (const [payload, path] of cases) {
      const res = await act(s.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        JSON.stringify(payload),
      ).toContain(path);
    }
    expect(await events(s.id)).toEqual(before);
  });

  it('answers actions on a closed situation with 409, except reopen', async () => {
    const s = await open();
    await act(s.id, { type: 'skip', step: 'follow_up', reason: 'Duplicate of another report' });
    expect((await act(s.id, { type: 'close' })).statusCode).toBe(200);
    const before = await events(s.id);
    for (const payload of [
      { type: 'record', step: 'listen', data: { account: 'x' } },
      { type: 'skip', step: 'make_it_up', reason: 'n/a' },
      { type: 'resolve' },
      { type: 'vent_only' },
      { type: 'loop_back', step: 'listen' },
    ]) {
      const res = await act(s.id, payload);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('SITUATION_CLOSED');
    }
    expect(await events(s.id)).toEqual(before);
    expect((await act(s.id, { type: 'reopen' })).json().status).toBe('open');
  });

  it('never lets another organisation see or move a situation', async () => {
    const s = await open();
    const res = await act(
      s.id,
      { type: 'record', step: 'listen', data: { account: 'x' } },
      other.token,
    );
    expect(res.statusCode).toBe(404);
    expect((await get(s.id)).steps[0].status).toBe('pending');
  });

  it('lists built-in playbooks and lets only owners copy, edit and choose them', async () => {
    const list = (await t.as(staff.token, { url: '/api/v1/playbooks' })).json();
    expect(list.items.map((p: { key: string }) => p.key)).toEqual([
      'default',
      'heard',
      'last',
      'blast',
      'learn',
      'complaint',
    ]);
    expect(list.defaults.organization).toBe('builtin-default');
    const heard = (await t.as(staff.token, { url: '/api/v1/playbooks/builtin-heard' })).json();
    expect(heard.document.steps.map((s: { id: string }) => s.id)).toEqual([
      'hear',
      'empathize',
      'apologize',
      'resolve',
      'diagnose',
    ]);

    const staffCopy = await t.as(staff.token, {
      method: 'POST',
      url: '/api/v1/playbooks',
      payload: { cloneOf: 'builtin-default' },
    });
    expect(staffCopy.statusCode).toBe(403);
    const editBuiltIn = await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/playbooks/builtin-default',
      payload: { document: heard.document },
    });
    expect(editBuiltIn.json().code).toBe('BUILT_IN_PLAYBOOK');
  });

  it('validates edited playbooks on save with clear messages, keeping what was stored', async () => {
    const copy = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/playbooks',
        payload: { cloneOf: 'builtin-default', name: 'Bistro method' },
      })
    ).json();
    expect(copy).toMatchObject({
      name: 'Bistro method',
      version: 1,
      builtIn: false,
      key: 'default_ours',
    });
    const put = (document: unknown) =>
      t.as(org.token, {
        method: 'PUT',
        url: `/api/v1/playbooks/${copy.id}`,
        payload: { document },
      });
    const doc = structuredClone(copy.document);
    doc.steps[1].id = 'listen';
    const duplicate = await put(doc);
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors).toContainEqual({
      path: 'document.steps.1.id',
      message: 'Step id "listen" is used twice.',
    });
    const badGuard = structuredClone(copy.document);
    badGuard.steps[4].guards[0].requires[0].field = 'horoscope';
    expect((await put(badGuard)).json().errors[0].message).toMatch(/waits on field "horoscope"/);
    const badLoop = structuredClone(copy.document);
    badLoop.steps[2].loopBackTo = ['nowhere'];
    expect((await put(badLoop)).json().errors[0].path).toBe('document.steps.2.loopBackTo.0');
    expect((await put('not a playbook')).statusCode).toBe(400);
    const stored = (await t.as(org.token, { url: `/api/v1/playbooks/${copy.id}` })).json();
    expect(stored).toEqual(copy);
  });

  it('keeps each situation on the version it started with, and starts new ones on the chosen default per category', async () => {
    const copy = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/playbooks',
        payload: { cloneOf: 'builtin-last', name: 'Counter LAST' },
      })
    ).json();
    const setDefault = await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/playbooks/defaults',
      payload: { categories: { wrong_order: copy.id } },
    });
    expect(setDefault.statusCode, setDefault.body).toBe(200);
    const before = await open(org.token, {
      title: 'Soup for table 2 went to table 3',
      category: 'wrong_order',
    });
    expect(before.playbook).toMatchObject({ id: copy.id, version: 1, name: 'Counter LAST' });
    expect((await open()).playbook.id).toBe('builtin-default');

    const edited = structuredClone(copy.document);
    edited.steps[3].title = 'Thank them warmly';
    const v2 = (
      await t.as(org.token, {
        method: 'PUT',
        url: `/api/v1/playbooks/${copy.id}`,
        payload: { document: edited },
      })
    ).json();
    expect(v2.version).toBe(2);
    const after = await open(org.token, { title: 'Wrong wine poured', category: 'wrong_order' });
    expect(after.playbook.version).toBe(2);
    expect(after.steps[3].title).toBe('Thank them warmly');
    // The earlier situation still runs on version 1.
    const old = await get(before.id);
    expect(old.playbook.version).toBe(1);
    expect(old.steps[3].title).toBe('Thank');
    const badVersion = await t.as(org.token, { url: `/api/v1/playbooks/${copy.id}?version=two` });
    expect(badVersion.json().errors).toEqual([
      { path: 'version', message: 'Give the version as a whole number, e.g. 2.' },
    ]);
    expect(
      (await t.as(org.token, { url: `/api/v1/playbooks/${copy.id}?version=3` })).statusCode,
    ).toBe(404);
    const v1 = (await t.as(org.token, { url: `/api/v1/playbooks/${copy.id}?version=1` })).json();
    expect(v1.document.steps[3].title).toBe('Thank');

    const inUse = await t.as(org.token, { method: 'DELETE', url: `/api/v1/playbooks/${copy.id}` });
    expect(inUse.json().code).toBe('PLAYBOOK_IN_USE');
    await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/playbooks/defaults',
      payload: { categories: { wrong_order: null } },
    });
    expect(
      (await t.as(org.token, { method: 'DELETE', url: `/api/v1/playbooks/${copy.id}` })).json()
        .archived,
    ).toBe(true);
  });

  it('moves a quick capture to its category’s playbook once the category is set, until work has started', async () => {
    const complaint = 'builtin-complaint';
    await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/playbooks/defaults',
      payload: { categories: { billing: complaint } },
    });
    const patch = (id: string, category: string) =>
      t.as(org.token, { method: 'PATCH', url: `/api/v1/situations/${id}`, payload: { category } });
    const quick = await open(org.token, { title: 'Charged twice' });
    expect(quick.playbook.id).toBe('builtin-default');
    const moved = (await patch(quick.id, 'billing')).json();
    expect(moved.playbook).toMatchObject({ id: complaint, name: 'Formal complaint process' });
    expect(moved.currentStep).toBe('receive');
    // Stored, not only answered: reading it again finds it on the new playbook, and the next
    // step is recorded against it.
    const reread = (await t.as(org.token, { url: `/api/v1/situations/${quick.id}` })).json();
    expect(reread.playbook).toMatchObject({ id: complaint, name: 'Formal complaint process' });
    expect(reread.currentStep).toBe('receive');
    expect((await events(quick.id)).map((e: { type: string }) => e.type)).toEqual([
      'opened',
      'details_changed',
      'playbook_changed',
    ]);

    const started = await open(org.token, { title: 'Charged for a missed collection' });
    await act(started.id, { type: 'record', step: 'listen', data: { account: 'Twice!' } });
    expect((await patch(started.id, 'billing')).json().playbook.id).toBe('builtin-default');
    await t.as(org.token, {
      method: 'PUT',
      url: '/api/v1/playbooks/defaults',
      payload: { categories: { billing: null } },
    });
  });

  it('answers any action, well-formed or not, with 200, 400 or 409, never a 500 (property)', async () => {
    const method = builtInPlaybook('builtin-default')!;
    const stepIds = method.steps.map((s) => s.id);
    const fieldIds = method.steps.flatMap((s) => s.fields.map((f) => f.id));
    const s = await open();
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            type: fc.oneof(
              fc.constantFrom(
                'record',
                'skip',
                'vent_only',
                'loop_back',
                'resolve',
                'reopen',
                'close',
              ),
              fc.string(),
            ),
            step: fc.oneof(fc.constantFrom(...stepIds), fc.string()),
            data: fc.oneof(
              fc.dictionary(
                fc.oneof(fc.constantFrom(...fieldIds), fc.string()),
                fc.jsonValue({ maxDepth: 2 }),
              ),
              fc.jsonValue({ maxDepth: 2 }),
            ),
            reason: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
          },
          { requiredKeys: ['type'] },
        ),
        async (body) => {
          const res = await act(s.id, body);
          expect([200, 400, 409], res.body).toContain(res.statusCode);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps playbooks inside their organisation', async () => {
    const mine = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/playbooks',
        payload: { cloneOf: 'builtin-blast' },
      })
    ).json();
    expect((await t.as(other.token, { url: `/api/v1/playbooks/${mine.id}` })).statusCode).toBe(404);
    const theirDefault = await t.as(other.token, {
      method: 'PUT',
      url: '/api/v1/playbooks/defaults',
      payload: { organization: mine.id },
    });
    expect(theirDefault.statusCode).toBe(400);
    expect(theirDefault.json().errors[0].path).toBe('organization');
    expect((await t.as(other.token, { url: '/api/v1/playbooks' })).json().items).toHaveLength(6);
  });
});
