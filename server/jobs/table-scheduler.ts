import type { Storage } from '../storage/store';
import {
  DEFAULT_RETRY,
  errorText,
  type JobHandlers,
  type JobLog,
  type RetryPolicy,
  type Scheduler,
} from './scheduler';

/**
 * The scheduler on SQLite: jobs are rows in the `jobs` table and one runner in this process
 * polls for the due ones. SQLite has one writer, so one process runs the jobs.
 */
export function tableScheduler(
  storage: Storage,
  options: {
    clock: () => Date;
    newId: () => string;
    pollMs?: number;
    retry?: RetryPolicy;
  },
): Scheduler {
  const pollMs = options.pollMs ?? 1000;
  const retry = options.retry ?? DEFAULT_RETRY;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;

  async function runDue(handlers: JobHandlers, log: JobLog) {
    const now = options.clock().toISOString();
    for (const job of await storage.read.jobs.due(now, 20)) {
      if (stopped) return;
      if (!(await storage.read.jobs.claim(job.id))) continue;
      const handler = handlers[job.name as keyof JobHandlers];
      try {
        if (!handler) throw new Error(`No handler for jobs named "${job.name}".`);
        await handler(job.data);
        await storage.read.jobs.finish(job.id, options.clock().toISOString());
      } catch (error) {
        const attempt = job.attempts + 1;
        const retryAt =
          attempt <= retry.retries
            ? new Date(
                options.clock().getTime() + retry.delaySeconds * 1000 * 2 ** (attempt - 1),
              ).toISOString()
            : null;
        log.error({ err: error, job: job.id, name: job.name, attempt }, 'job failed');
        await storage.read.jobs.fail(
          job.id,
          errorText(error),
          retryAt,
          options.clock().toISOString(),
        );
      }
    }
  }

  return {
    retry,
    async schedule(store, job) {
      await store.jobs.insert({
        id: options.newId(),
        organizationId: job.data.organizationId,
        name: job.name,
        data: job.data,
        runAt: job.runAt,
        createdAt: options.clock().toISOString(),
      });
    },

    async start(handlers, log) {
      await storage.read.jobs.releaseRunning();
      stopped = false;
      const tick = () => {
        running = runDue(handlers, log)
          .catch((error: unknown) => log.error({ err: error }, 'job runner failed'))
          .finally(() => {
            running = null;
            if (!stopped) timer = setTimeout(tick, pollMs);
          });
      };
      tick();
    },

    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },

    async failures(organizationId, limit) {
      const rows = await storage.read.jobs.failed(organizationId, limit);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        data: r.data,
        error: r.lastError,
        attempts: r.attempts,
        failedAt: r.finishedAt,
      }));
    },
  };
}
