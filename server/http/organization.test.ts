import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestApp,
  signInWithCookie,
  testDialects,
  type TestApp,
  type TestOrg,
} from '../test/harness';

describe.each(testDialects())('the team, roles and settings on %s', (dialect) => {
  let t: TestApp;
  let org: TestOrg;
  let now = Date.parse('2026-11-01T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: () => new Date(now) });
    org = await t.newOrganization('Larkspur');
  });
  afterAll(() => t.close());

  it('invites a member by link with a role and a location; the link works once', async () => {
    const location = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/locations',
        payload: { name: 'Mill Lane' },
      })
    ).json();
    const res = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/invites',
      payload: { email: 'Sam@Larkspur.test', role: 'manager', locationId: location.id },
    });
    expect(res.statusCode).toBe(201);
    const { link, token, invite } = res.json();
    expect(link).toBe(`http://turnaround.test/invite/${token}`);
    expect(invite).toMatchObject({
      email: 'sam@larkspur.test',
      role: 'manager',
      locationId: location.id,
      acceptedAt: null,
    });

    const preview = await t.app.inject({ url: `/api/v1/auth/invites/${token}` });
    expect(preview.json()).toMatchObject({
      organization: 'Larkspur',
      email: 'sam@larkspur.test',
      role: 'manager',
    });

    const weak = await t.app.inject({
      method: 'POST',
      url: `/api/v1/auth/invites/${token}/accept`,
      payload: { name: 'Sam', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('password');

    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/auth/invites/${token}/accept`,
      payload: { name: 'Sam Okafor', password: 'a good long password' },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({
      role: 'manager',
      locationId: location.id,
      email: 'sam@larkspur.test',
    });
    const session = await signInWithCookie(t, 'sam@larkspur.test', 'a good long password');
    expect(session.csrf).toBeTruthy();

    const reused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/auth/invites/${token}/accept`,
      payload: { name: 'Eve', password: 'a good long password' },
    });
    expect(reused.statusCode).toBe(410);
    expect((await t.app.inject({ url: `/api/v1/auth/invites/${token}` })).statusCode).toBe(410);
    expect((await t.app.inject({ url: '/api/v1/auth/invites/made-up' })).statusCode).toBe(410);
  });

  it('lets invites expire, and cancels open ones', async () => {
    const a = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/invites',
        payload: { email: 'late@larkspur.test', role: 'staff' },
      })
    ).json();
    const b = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/invites',
        payload: { email: 'cancel@larkspur.test', role: 'staff' },
      })
    ).json();
    expect(
      (await t.as(org.token, { method: 'DELETE', url: `/api/v1/invites/${b.invite.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/auth/invites/${b.token}` })).statusCode).toBe(410);
    now += 8 * 86_400_000;
    const expired = await t.app.inject({
      method: 'POST',
      url: `/api/v1/auth/invites/${a.token}/accept`,
      payload: { name: 'Late', password: 'a good long password' },
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().detail).toMatch(/expired/);
    const dup = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/invites',
      payload: { email: 'sam@larkspur.test', role: 'staff' },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('lets only owners manage the team, and managers the locations and categories', async () => {
    const staff = await addMember(t, org, 'staff');
    const manager = await addMember(t, org, 'manager');
    const forbidden = [
      t.as(staff.token, {
        method: 'PATCH',
        url: `/api/v1/members/${staff.id}`,
        payload: { role: 'owner' },
      }),
      t.as(manager.token, {
        method: 'PATCH',
        url: `/api/v1/members/${staff.id}`,
        payload: { role: 'manager' },
      }),
      t.as(staff.token, { url: '/api/v1/invites' }),
      t.as(staff.token, {
        method: 'POST',
        url: '/api/v1/invites',
        payload: { email: 'x@y.test', role: 'owner' },
      }),
      t.as(staff.token, {
        method: 'POST',
        url: '/api/v1/locations',
        payload: { name: 'Mine now' },
      }),
      t.as(staff.token, { method: 'POST', url: '/api/v1/categories', payload: { label: 'Mine' } }),
      t.as(staff.token, {
        method: 'PATCH',
        url: '/api/v1/categories/late',
        payload: { archived: true },
      }),
      t.as(staff.token, {
        method: 'PATCH',
        url: '/api/v1/organization',
        payload: { name: 'Renamed' },
      }),
      t.as(manager.token, {
        method: 'PATCH',
        url: '/api/v1/organization',
        payload: { name: 'Renamed' },
      }),
    ];
    for (const res of await Promise.all(forbidden)) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const members = (await t.as(org.token, { url: '/api/v1/members' })).json().items;
    expect(members.find((m: { id: string }) => m.id === staff.id).role).toBe('staff');
    expect((await t.as(org.token, { url: '/api/v1/organization' })).json().name).toBe('Larkspur');

    expect(
      (
        await t.as(manager.token, {
          method: 'POST',
          url: '/api/v1/locations',
          payload: { name: 'Pop-up' },
        })
      ).statusCode,
    ).toBe(201);
    const promoted = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/members/${staff.id}`,
      payload: { role: 'manager' },
    });
    expect(promoted.json().role).toBe('manager');
    expect(
      (
        await t.as(staff.token, {
          method: 'POST',
          url: '/api/v1/categories',
          payload: { label: 'Noise' },
        })
      ).statusCode,
    ).toBe(201);
  });

  it('keeps archived locations on old situations but does not offer them for new ones', async () => {
    const pop = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/locations',
        payload: { name: 'Summer kiosk' },
      })
    ).json();
    const s = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/situations',
        payload: { title: 'Ice cream melted', locationId: pop.id },
      })
    ).json();
    const archived = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/locations/${pop.id}`,
      payload: { name: 'Summer kiosk', archived: true },
    });
    expect(archived.json().archived).toBe(true);
    const refused = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'x', locationId: pop.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { path: 'locationId', message: 'This location is archived; choose one in use.' },
    ]);
    const kept = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${s.id}`,
      payload: { mood: 'calm' },
    });
    expect(kept.json()).toMatchObject({ locationId: pop.id, mood: 'calm' });
  });

  it('keeps at least one owner', async () => {
    const res = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/members/${org.ownerId}`,
      payload: { role: 'staff' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('LAST_OWNER');
  });

  it('adds, renames and archives categories; archived ones cannot be chosen for new situations', async () => {
    const added = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/categories',
      payload: { label: 'Noise & music' },
    });
    expect(added.json()).toMatchObject({
      key: 'noise_music',
      label: 'Noise & music',
      archived: false,
    });
    const again = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/categories',
      payload: { label: 'Noise & Music!' },
    });
    expect(again.json().key).toBe('noise_music_2');
    const s = (
      await t.as(org.token, {
        method: 'POST',
        url: '/api/v1/situations',
        payload: { title: 'Loud party', category: 'noise_music' },
      })
    ).json();

    await t.as(org.token, {
      method: 'PATCH',
      url: '/api/v1/categories/noise_music',
      payload: { label: 'Noise', archived: true },
    });
    const keys = (await t.as(org.token, { url: '/api/v1/categories' }))
      .json()
      .items.map((c: { key: string }) => c.key);
    expect(keys.slice(0, 9)).toEqual([
      'price_pushback',
      'wrong_order',
      'late',
      'damaged_or_faulty',
      'quality',
      'staff_behaviour',
      'billing',
      'booking',
      'other',
    ]);
    const refused = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/situations',
      payload: { title: 'x', category: 'noise_music' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('category');
    const keep = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/situations/${s.id}`,
      payload: { title: 'Loud birthday party' },
    });
    expect(keep.json()).toMatchObject({ category: 'noise_music', title: 'Loud birthday party' });
    expect(
      (
        await t.as(org.token, {
          method: 'PATCH',
          url: '/api/v1/categories/none',
          payload: { archived: true },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps parties with tags and finds them by email, phone or name', async () => {
    const created = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: {
        name: 'Kwame Mensah',
        email: 'Kwame@Mail.example',
        phone: '+44 7700 900123',
        tags: ['regular', 'regular', 'window table'],
        notes: 'Allergic to nuts',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'customer',
      email: 'kwame@mail.example',
      tags: ['regular', 'window table'],
      situationCount: 0,
    });
    await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: { name: 'Harbour Fish Co.', kind: 'vendor' },
    });

    const byEmail = (
      await t.as(org.token, { url: '/api/v1/parties?email=KWAME@mail.example' })
    ).json().items;
    expect(byEmail.map((p: { name: string }) => p.name)).toEqual(['Kwame Mensah']);
    const byPhone = (
      await t.as(org.token, { url: `/api/v1/parties?phone=${encodeURIComponent('07700-900123')}` })
    ).json().items;
    expect(byPhone.map((p: { name: string }) => p.name)).toEqual(['Kwame Mensah']);
    expect(
      (await t.as(org.token, { url: '/api/v1/parties?kind=vendor' }))
        .json()
        .items.map((p: { name: string }) => p.name),
    ).toEqual(['Harbour Fish Co.']);
    expect((await t.as(org.token, { url: '/api/v1/parties?q=mens' })).json().items).toHaveLength(1);

    const badEmail = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: { name: 'X', email: 'not-an-email' },
    });
    expect(badEmail.json().errors[0].path).toBe('email');
    const badPhone = await t.as(org.token, {
      method: 'POST',
      url: '/api/v1/parties',
      payload: { name: 'X', phone: 'call me' },
    });
    expect(badPhone.json().errors[0].path).toBe('phone');

    const cleared = await t.as(org.token, {
      method: 'PATCH',
      url: `/api/v1/parties/${created.json().id}`,
      payload: { email: '', notes: null },
    });
    expect(cleared.json()).toMatchObject({ email: null, notes: null, phone: '+44 7700 900123' });
  });
});
