import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compose, type Composed } from '../compose';
import type { DialectName } from '../storage/database';
import { freshPostgresUrl, testDialects } from '../test/harness';
import type { JobHandlers } from './scheduler';
import { eventually } from '../test/eventually';

const silent = { error: () => undefined };
const retry = { retries: 2, delaySeconds: 1 };

/** One database that outlives the app instances opened on it, as a real restart does. */
async function sharedDatabase(dialect: DialectName) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'turnaround-jobs-'));
    return {
      open: (clock?: () => Date) => composeOn({ dataDir: dir }, clock),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const target = await freshPostgresUrl();
  return {
    open: (clock?: () => Date) =>
      composeOn({ databaseUrl: target.url, pgSchema: `${target.schema}_jobs` }, clock),
    drop: target.drop,
  };
}

function composeOn(
  where: { dataDir?: string; databaseUrl?: string; pgSchema?: string },
  clock?: () => Date,
): Promise<Composed> {
  return compose(
    {
      databaseUrl: where.databaseUrl,
      dataDir: where.dataDir ?? '/nonexistent',
      sessionSecret: 'test-secret-test-secret-test-secret-0000',
      publicUrl: 'http://turnaround.test',
      allowSignup: false,
    },
    {
      ...(clock ? { clock } : {}),
      jobs: { pollMs: 200, retry, ...(where.pgSchema ? { pgSchema: where.pgSchema } : {}) },
    },
  );
}

/** Handlers that count what they were given, by a `n` in the job's data, and when. */
function counting(fail = false) {
  const runs: number[] = [];
  const times: number[] = [];
  const handlers: JobHandlers = {
    'follow_up.due': async (data) => {
      runs.push(Number(data.n));
      times.push(Date.now());
      if (fail) throw new Error('the mail server said no');
    },
    'task.due': async (data) => void runs.push(Number(data.n)),
    'reply.send': async (data) => void runs.push(Number(data.n)),
    'webhook.deliver': async (data) => void runs.push(Number(data.n)),
    'survey.send': async (data) => void runs.push(Number(data.n)),
    'survey.tell_owner': async (data) => void runs.push(Number(data.n)),
  };
  return { runs, times, handlers };
}

describe.each(testDialects())('the job scheduler on %s', (dialect) => {
  const dropAfter: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const drop of dropAfter) await drop();
  });

  it('runs a job that fell due while the server was down once, after it starts again', async () => {
    const shared = await sharedDatabase(dialect);
    dropAfter.push(shared.drop);
    // Before the "outage": a job is scheduled for a moment that will pass while nothing runs.
    const first = await shared.open();
    await first.deps.storage.transaction((store) =>
      first.deps.jobs.schedule(store, {
        name: 'follow_up.due',
        data: { organizationId: 'org-1', n: 1 },
        runAt: new Date(Date.now() + 300).toISOString(),
      }),
    );
    // A job scheduled in a transaction that rolls back never exists.
    await first.deps.storage
      .transaction(async (store) => {
        await first.deps.jobs.schedule(store, {
          name: 'follow_up.due',
          data: { organizationId: 'org-1', n: 99 },
          runAt: new Date().toISOString(),
        });
        throw new Error('refused');
      })
      .catch(() => undefined);
    await first.close();
    await new Promise((r) => setTimeout(r, 600));

    const second = await shared.open();
    const { runs, handlers } = counting();
    await second.deps.jobs.start(handlers, silent);
    await eventually(() => runs.length >= 1);
    // Several more polls: still once.
    await new Promise((r) => setTimeout(r, 1500));
    await second.close();
    expect(runs).toEqual([1]);
  });

  it('retries a failing job with growing waits, then shows it to the organisation as failed', async () => {
    const shared = await sharedDatabase(dialect);
    dropAfter.push(shared.drop);
    const app = await shared.open();
    await app.deps.storage.transaction((store) =>
      app.deps.jobs.schedule(store, {
        name: 'follow_up.due',
        data: { organizationId: 'org-2', n: 7 },
        runAt: new Date().toISOString(),
      }),
    );
    const { runs, times, handlers } = counting(true);
    await app.deps.jobs.start(handlers, silent);
    await eventually(async () => (await app.deps.jobs.failures('org-2', 10)).length === 1, 30_000);
    const [failure] = await app.deps.jobs.failures('org-2', 10);
    await app.close();
    // The first try and two retries; each retry waits at least twice as long as the last
    // (one second, then two): the scheduler may be later than that, never sooner.
    expect(runs).toEqual([7, 7, 7]);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1950);
    expect(failure).toMatchObject({
      name: 'follow_up.due',
      error: 'the mail server said no',
      attempts: 3,
      data: { organizationId: 'org-2', n: 7 },
    });
    expect(await app.deps.jobs.failures('someone-else', 10).catch(() => [])).toEqual([]);
  });

  it.runIf(dialect === 'postgres')(
    'shares the work between two instances and never runs a job twice',
    async () => {
      const shared = await sharedDatabase(dialect);
      dropAfter.push(shared.drop);
      const one = await shared.open();
      const two = await shared.open();
      const a = counting();
      const b = counting();
      await one.deps.jobs.start(a.handlers, silent);
      await two.deps.jobs.start(b.handlers, silent);
      const total = 40;
      await one.deps.storage.transaction(async (store) => {
        for (let n = 0; n < total; n++)
          await one.deps.jobs.schedule(store, {
            name: n % 2 ? 'task.due' : 'follow_up.due',
            data: { organizationId: 'org-3', n },
            runAt: new Date().toISOString(),
          });
      });
      await eventually(() => a.runs.length + b.runs.length >= total, 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      await one.close();
      await two.close();
      const all = [...a.runs, ...b.runs].sort((x, y) => x - y);
      expect(all).toEqual(Array.from({ length: total }, (_, n) => n));
    },
  );
});
