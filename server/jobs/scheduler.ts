import type { Store } from '../storage/store';

/** Every kind of background job, by name; each has one handler (server/jobs/handlers.ts). */
export const JOB_NAMES = [
  'follow_up.due',
  'task.due',
  'reply.send',
  'webhook.deliver',
  'survey.send',
  'survey.tell_owner',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobRequest {
  name: JobName;
  /** What the handler needs; always says whose job it is. */
  data: { organizationId: string } & Record<string, unknown>;
  /** When it falls due (ISO time). A time in the past means as soon as a runner is free. */
  runAt: string;
}

/** A handler throws to fail an attempt; the job is tried again later, up to a limit. */
export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type JobHandlers = Record<JobName, JobHandler>;

export interface JobFailure {
  id: string;
  name: string;
  data: Record<string, unknown>;
  error: string | null;
  attempts: number;
  failedAt: string | null;
}

export interface RetryPolicy {
  /** Attempts after the first before a job counts as failed. */
  retries: number;
  /** The wait before the first retry; it doubles with each one after. */
  delaySeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, delaySeconds: 30 };

export interface JobLog {
  error(details: object, message: string): void;
}

/**
 * The durable scheduler. A job is scheduled inside the transaction of the change that asks
 * for it, so it exists exactly when the change does; a job that fell due while no runner
 * was up runs once a runner starts.
 */
export interface Scheduler {
  /** How often a failing job is tried again, and how long the first wait is. */
  readonly retry: RetryPolicy;
  schedule(store: Store, job: JobRequest): Promise<void>;
  /** Starts taking due jobs in this process. */
  start(handlers: JobHandlers, log: JobLog): Promise<void>;
  /** Stops taking jobs and waits for the ones running. */
  stop(): Promise<void>;
  /** Jobs that failed for good, newest first, for the organisation's owners to see. */
  failures(organizationId: string, limit: number): Promise<JobFailure[]>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
