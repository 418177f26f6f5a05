import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';

describe('security headers', () => {
  let plain: TestApp;
  let https: TestApp;
  beforeAll(async () => {
    plain = await createTestApp('sqlite');
    https = await createTestApp('sqlite', { secureCookies: true });
  });
  afterAll(async () => {
    await plain.close();
    await https.close();
  });

  it('are on API answers, errors included', async () => {
    for (const url of ['/healthz', '/api/v1/situations', '/api/v1/nowhere']) {
      const res = await plain.app.inject({ url });
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('ask browsers to upgrade insecure requests only when served over https', async () => {
    const over = async (t: TestApp) =>
      (await t.app.inject({ url: '/healthz' })).headers['content-security-policy'];
    expect(await over(plain)).not.toContain('upgrade-insecure-requests');
    expect(await over(https)).toContain('upgrade-insecure-requests');
  });
});
