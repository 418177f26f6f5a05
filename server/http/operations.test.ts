import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDialects, type TestApp } from '../test/harness';

describe.each(testDialects())('operations on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('reports health and readiness, the latter naming the database', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({
      status: 'ready',
      database: dialect,
    });
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await t.app.inject({ url: '/api/v1/auth/status' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('turnaround_http_request_duration_seconds_bucket');
    expect(res.body).toContain('route="/api/v1/auth/status"');
    expect(res.body).toContain('turnaround_process_cpu_seconds_total');
  });

  it('publishes the OpenAPI document and a browsable UI', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/situations',
      '/api/v1/situations/{id}',
      '/api/v1/situations/{id}/events',
      '/api/v1/auth/setup',
      '/api/v1/auth/token',
      '/api/v1/tokens',
      '/api/v1/parties',
      '/api/v1/situations/{id}/actions',
      '/api/v1/playbooks',
      '/api/v1/playbooks/{id}',
      '/api/v1/playbooks/defaults',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(
      doc.paths['/api/v1/situations'].post.requestBody.content['application/json'].schema,
    ).toBeDefined();
    const ui = await t.app.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('is unready when the database is gone', async () => {
    const broken = await createTestApp(dialect);
    try {
      await broken.database.close();
      const res = await broken.app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('DATABASE_UNREACHABLE');
      expect((await broken.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
