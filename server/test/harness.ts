import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { createOrganization } from '../app/create-organization';
import type { Actor, Deps } from '../app/deps';
import { jobHandlers } from '../jobs/handlers';
import type { RetryPolicy } from '../jobs/scheduler';
import { compose } from '../compose';
import { buildApp } from '../http/app';
import { startInboundServer } from '../mail/inbound-server';
import { sql } from 'kysely';
import type { Database, DialectName } from '../storage/database';
import { SEARCH_INDEXES } from '../storage/search-index';

/**
 * FTS5 compares each part of SQLite's full-text index with the rows of its view (open
 * situations, or resolved and closed) and fails on any difference: a row missing, one too
 * many, other words.
 */
export async function searchIndexMatchesTheRows(database: Database): Promise<void> {
  for (const table of Object.values(SEARCH_INDEXES))
    await sql`insert into ${sql.raw(table)} (${sql.raw(table)}, rank) values ('integrity-check', 1)`.execute(
      database.db,
    );
}

/**
 * The integration suite runs on SQLite always and on PostgreSQL when TEST_DATABASE_URL is
 * set. Under CI the PostgreSQL run is required: a missing URL fails instead of skipping.
 */
export function testDialects(): DialectName[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL run would be skipped.',
    );
  }
  return url ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** The owner newOrganization made, as use cases take a member: for calling them directly. */
export function ownerActor(org: TestOrg): Actor {
  return {
    userId: org.ownerId,
    name: 'Olive Owner',
    organizationId: org.organizationId,
    role: 'owner',
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  dialect: DialectName;
  database: Database;
  /** PostgreSQL only: where this app's tables are, for a second instance to share. */
  postgres: { url: string; schema: string } | null;
  close(): Promise<void>;
  /** With `inboundSmtp`: the port our SMTP listener for mail in answers on (loopback). */
  inboundPort: number | null;
  /** Listens on a free loopback port and returns the base URL, for streams and real clients. */
  listen(): Promise<string>;
  /** A new organisation with an owner, and a bearer token for that owner. */
  newOrganization(name?: string): Promise<TestOrg>;
  /** Sends a request with the given bearer token. */
  as(token: string, options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestOrg {
  organizationId: string;
  ownerId: string;
  email: string;
  password: string;
  token: string;
}

/**
 * Each PostgreSQL test app lives in a schema of its own (and its jobs in `<schema>_jobs`),
 * dropped afterwards.
 */
export async function freshPostgresUrl(): Promise<{
  url: string;
  schema: string;
  drop: () => Promise<void>;
}> {
  const base = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      await c.end();
    },
  };
}

export async function createTestApp(
  dialect: DialectName,
  options: {
    allowSignup?: boolean;
    loginRateLimit?: number;
    clock?: () => Date;
    secureCookies?: boolean;
    /** Email out through this SMTP server. */
    smtpUrl?: string;
    /** Run background jobs in this app, polling this often. */
    runJobsEveryMs?: number;
    jobRetry?: RetryPolicy;
    /** PostgreSQL: a second instance on the first one's database (dropped by the first). */
    sameDatabaseAs?: TestApp;
    /** Webhooks may post to loopback (the tests' receivers); true unless a test says not. */
    webhooksAllowPrivate?: boolean;
    /** Run the SMTP listener for mail in (addresses @turnaround.test), refusing over this size. */
    inboundSmtp?: { maxBytes: number };
  } = {},
): Promise<TestApp> {
  const shared = options.sameDatabaseAs?.postgres ?? null;
  const pgTarget =
    dialect !== 'postgres'
      ? null
      : shared
        ? { ...shared, drop: async () => {} }
        : await freshPostgresUrl();
  const composed = await compose(
    {
      databaseUrl: pgTarget?.url,
      dataDir: '/nonexistent',
      sessionSecret: 'test-secret-test-secret-test-secret-0000',
      publicUrl: 'http://turnaround.test',
      allowSignup: options.allowSignup ?? false,
      smtpUrl: options.smtpUrl,
      inboundDomain: options.inboundSmtp ? 'turnaround.test' : null,
      webhooksAllowPrivate: options.webhooksAllowPrivate ?? true,
    },
    {
      sqliteFileName: ':memory:',
      ...(options.clock ? { clock: options.clock } : {}),
      jobs: {
        ...(pgTarget ? { pgSchema: `${pgTarget.schema}_jobs` } : {}),
        ...(options.runJobsEveryMs ? { pollMs: options.runJobsEveryMs } : {}),
        ...(options.jobRetry ? { retry: options.jobRetry } : {}),
      },
    },
  );
  const { database, deps } = composed;
  const app = await buildApp({
    deps,
    secureCookies: options.secureCookies ?? false,
    loginRateLimit: options.loginRateLimit ?? 1000,
    checkResponses: true,
  });
  await app.ready();
  if (options.runJobsEveryMs) await deps.jobs.start(jobHandlers(deps), { error: () => undefined });
  const quiet = { info: () => undefined, warn: () => undefined };
  const inbound = options.inboundSmtp
    ? await startInboundServer(deps, {
        port: 0,
        host: '127.0.0.1',
        maxBytes: options.inboundSmtp.maxBytes,
        logger: quiet,
      })
    : null;
  let orgCount = 0;

  return {
    app,
    deps,
    dialect,
    database,
    postgres: pgTarget ? { url: pgTarget.url, schema: pgTarget.schema } : null,
    inboundPort: inbound?.port ?? null,
    async listen() {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('not listening');
      return `http://127.0.0.1:${address.port}`;
    },
    async close() {
      await inbound?.close();
      await app.close();
      await composed.close().catch(() => undefined);
      await pgTarget?.drop();
    },
    async newOrganization(name) {
      orgCount += 1;
      const email = `owner${orgCount}-${randomBytes(3).toString('hex')}@example.test`;
      const password = 'correct horse battery';
      const { organizationId, owner } = await deps.storage.transaction((store) =>
        createOrganization(deps, store, {
          organization: name ?? `Org ${orgCount}`,
          name: 'Olive Owner',
          email,
          password,
        }),
      );
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email, password, name: 'tests' },
      });
      const token = (res.json() as { token: string }).token;
      return { organizationId, ownerId: owner.id, email, password, token };
    },
    as(token, request) {
      return app.inject({
        ...request,
        headers: { ...request.headers, authorization: `Bearer ${token}` },
      });
    },
  };
}

export interface CookieSession {
  cookie: string;
  csrf: string;
}

/** Signs in like the browser does and returns the cookie and CSRF token to send back. */
export async function signInWithCookie(
  t: TestApp,
  email: string,
  password: string,
): Promise<CookieSession> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'turnaround_session');
  return {
    cookie: `turnaround_session=${cookie!.value}`,
    csrf: (res.json() as { csrfToken: string }).csrfToken,
  };
}

/** Adds a member with a role directly, and a bearer token for them. */
export async function addMember(
  t: TestApp,
  org: TestOrg,
  role: 'owner' | 'manager' | 'staff',
  name = `${role} member`,
) {
  const email = `${role}-${randomBytes(3).toString('hex')}@example.test`;
  const password = 'another good password';
  const invite = await t.as(org.token, {
    method: 'POST',
    url: '/api/v1/invites',
    payload: { email, role },
  });
  const token = (invite.json() as { token: string }).token;
  const accepted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/auth/invites/${token}/accept`,
    payload: { name, password },
  });
  const id = (accepted.json() as { user: { id: string } }).user.id;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/token',
    payload: { email, password, name: 'tests' },
  });
  return { id, email, password, token: (res.json() as { token: string }).token };
}
