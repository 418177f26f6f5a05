import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  createTestApp,
  signInWithCookie,
  testDialects,
  type TestApp,
} from '../test/harness';

describe.each(testDialects())('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  let now = Date.parse('2026-11-01T09:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: () => new Date(now) });
  });
  afterAll(() => t.close());

  const setup = {
    organization: 'Bramble Bistro',
    name: 'Rosa Lind',
    email: 'Rosa@Bramble.test',
    password: 'long enough password',
  };

  it('offers setup only on an empty database', async () => {
    expect((await t.app.inject({ url: '/api/v1/auth/status' })).json()).toEqual({
      needsSetup: true,
      signupEnabled: false,
    });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: setup });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      user: { email: 'rosa@bramble.test', role: 'owner' },
      organization: { name: 'Bramble Bistro' },
    });
    const cookie = res.cookies.find((c) => c.name === 'turnaround_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/setup',
      payload: { ...setup, email: 'other@x.test' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ALREADY_SET_UP' });
    expect((await t.app.inject({ url: '/api/v1/auth/status' })).json()).toMatchObject({
      needsSetup: false,
    });
  });

  it('signs in with email and password, and out again', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: setup.email, password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'who@x.test', password: 'nope' },
    });
    expect(unknown.json().detail).toBe(wrong.json().detail);

    const session = await signInWithCookie(t, setup.email, setup.password);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.name).toBe('Rosa Lind');

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(logout.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('refuses cookie writes without the CSRF token, and forged or expired sessions', async () => {
    const session = await signInWithCookie(t, setup.email, setup.password);
    const withoutToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/situations',
      headers: { cookie: session.cookie },
      payload: { title: 'x' },
    });
    expect(withoutToken.statusCode).toBe(403);
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/situations',
      headers: { cookie: session.cookie, 'x-csrf-token': 'guess' },
      payload: { title: 'x' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const list = await t.app.inject({
      url: '/api/v1/situations',
      headers: { cookie: session.cookie },
    });
    expect(list.json().items).toHaveLength(0);

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/situations',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { title: 'Logged from the browser' },
    });
    expect(ok.statusCode).toBe(201);

    const forged = await t.app.inject({
      url: '/api/v1/situations',
      headers: { cookie: 'turnaround_session=forged-value' },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    now += 31 * 86_400_000;
    const expired = await t.app.inject({
      url: '/api/v1/situations',
      headers: { cookie: session.cookie },
    });
    expect(expired.statusCode).toBe(401);
  });

  it('issues API tokens that work as bearer credentials, are stored only as digests, and can be revoked', async () => {
    const session = await signInWithCookie(t, setup.email, setup.password);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { name: 'booking system' },
    });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    expect(token).toMatch(/^ta_/);

    const stored = await t.deps.storage.read.members.tokenWithUser(token);
    expect(stored).toBeUndefined();
    expect(
      await t.deps.storage.read.members.tokenWithUser(t.deps.secrets.digest(token)),
    ).toBeDefined();

    const list = await t.as(token, { url: '/api/v1/situations' });
    expect(list.statusCode).toBe(200);
    const tokens = await t.as(token, { url: '/api/v1/tokens' });
    expect(tokens.json().items.map((x: { name: string }) => x.name)).toContain('booking system');
    expect(JSON.stringify(tokens.json())).not.toContain(token);

    const scriptToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { email: setup.email, password: setup.password, name: 'cron' },
    });
    expect(scriptToken.statusCode).toBe(201);
    const badScript = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { email: setup.email, password: 'wrong', name: 'cron' },
    });
    expect(badScript.statusCode).toBe(401);

    expect(
      (await t.as(token, { method: 'DELETE', url: `/api/v1/tokens/${apiToken.id}` })).statusCode,
    ).toBe(204);
    expect((await t.as(token, { url: '/api/v1/situations' })).statusCode).toBe(401);
    expect((await t.as('ta_made-up', { url: '/api/v1/situations' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/v1/situations', headers: { authorization: 'Basic abc' } }))
        .statusCode,
    ).toBe(401);
  });

  it('lets an owner sign a member out everywhere', async () => {
    const owner = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { email: setup.email, password: setup.password, name: 'x' },
    });
    const ownerToken: string = owner.json().token;
    const org = {
      organizationId: '',
      ownerId: '',
      email: setup.email,
      password: setup.password,
      token: ownerToken,
    };
    const staff = await addMember(t, org, 'staff');
    const staffSession = await signInWithCookie(t, staff.email, staff.password);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: staffSession.cookie } }))
        .statusCode,
    ).toBe(200);

    const members = (await t.as(ownerToken, { url: '/api/v1/members' })).json().items;
    expect(members.find((m: { id: string }) => m.id === staff.id).activeSessions).toBe(2);

    const staffTries = await t.as(staff.token, {
      method: 'POST',
      url: `/api/v1/members/${staff.id}/revoke-sessions`,
    });
    expect(staffTries.statusCode).toBe(403);
    const revoked = await t.as(ownerToken, {
      method: 'POST',
      url: `/api/v1/members/${staff.id}/revoke-sessions`,
    });
    expect(revoked.json()).toEqual({ revoked: 2 });
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: staffSession.cookie } }))
        .statusCode,
    ).toBe(401);
  });
});

describe.each(testDialects())('limits and sign-up on %s', (dialect) => {
  it('rate-limits login attempts with a problem+json 429', async () => {
    const t = await createTestApp(dialect, { loginRateLimit: 3 });
    try {
      const attempt = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'a@b.test', password: 'x' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      // Not behind a trusted proxy: a forged X-Forwarded-For does not buy new attempts.
      const spoofed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': '203.0.113.9' },
        payload: { email: 'a@b.test', password: 'x' },
      });
      expect(spoofed.statusCode).toBe(429);
      const tokenLimited = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: 'a@b.test', password: 'x', name: 'n' },
      });
      expect(tokenLimited.statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('keeps public sign-up off by default and opens it when allowed', async () => {
    const closed = await createTestApp(dialect);
    const open = await createTestApp(dialect, { allowSignup: true });
    try {
      await closed.newOrganization();
      const body = {
        organization: 'Second Shop',
        name: 'Sam',
        email: 'sam@second.test',
        password: 'long enough password',
      };
      const refused = await closed.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: body,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('SIGNUP_DISABLED');

      await open.newOrganization();
      const created = await open.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: body,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().organization.name).toBe('Second Shop');
      const taken = await open.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: body,
      });
      expect(taken.statusCode).toBe(409);
    } finally {
      await closed.close();
      await open.close();
    }
  });

  it('sets Secure on the session cookie when served over https', async () => {
    const t = await createTestApp(dialect, { secureCookies: true });
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/setup',
        payload: {
          organization: 'S',
          name: 'S',
          email: 's@s.test',
          password: 'long enough password',
        },
      });
      expect(res.cookies.find((c) => c.name === 'turnaround_session')!.secure).toBe(true);
    } finally {
      await t.close();
    }
  });
});
