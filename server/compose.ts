import type { Deps } from './app/deps';
import type { RetryPolicy, Scheduler } from './jobs/scheduler';
import { tableScheduler } from './jobs/table-scheduler';
import { localLiveFeed, type LiveFeed } from './live/live-feed';
import { defaultFrom, smtpMailer } from './mail/mailer';
import { uuidv7 } from './app/ids';
import { argon2Passwords, hmacSecrets } from './app/security';
import type { Config } from './config';
import { openDatabase, type Database } from './storage/database';
import { migrateToLatest } from './storage/migrate';
import { makeStorage } from './storage/store';

export interface Composed {
  database: Database;
  deps: Deps;
  /** Stops the job runner and closes the database. */
  close(): Promise<void>;
}

export interface ComposeOptions extends Partial<Omit<Deps, 'jobs' | 'live'>> {
  sqliteFileName?: string;
  jobs?: { pollMs?: number; retry?: RetryPolicy; pgSchema?: string };
}

/** The composition root: one database, migrated, and the dependencies every use case takes. */
export async function compose(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'sessionSecret' | 'publicUrl' | 'allowSignup'> &
    Partial<Pick<Config, 'smtpUrl' | 'mailFrom' | 'inboundDomain' | 'webhooksAllowPrivate'>>,
  overrides: ComposeOptions = {},
): Promise<Composed> {
  const { sqliteFileName, jobs: jobOptions, ...depOverrides } = overrides;
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(sqliteFileName ? { sqliteFileName } : {}),
  });
  await migrateToLatest(database.db);
  const storage = makeStorage(database);
  const clock = depOverrides.clock ?? (() => new Date());
  const newId = depOverrides.newId ?? (() => uuidv7());
  let jobs: Scheduler;
  let live: LiveFeed | undefined;
  try {
    // On PostgreSQL several instances may serve one organisation: notices travel through
    // the database (LISTEN/NOTIFY); on SQLite there is one process and they stay in it.
    live = config.databaseUrl
      ? await (
          await import('./live/pg-live-feed')
        ).pgLiveFeed({ connectionString: config.databaseUrl })
      : localLiveFeed();
    // pg-boss is loaded only for PostgreSQL: the command line on SQLite starts faster without it.
    jobs = config.databaseUrl
      ? await (
          await import('./jobs/pg-boss-scheduler')
        ).pgBossScheduler({
          connectionString: config.databaseUrl,
          ...(jobOptions?.pgSchema ? { schema: jobOptions.pgSchema } : {}),
          ...(jobOptions?.pollMs ? { pollSeconds: Math.max(0.5, jobOptions.pollMs / 1000) } : {}),
          ...(jobOptions?.retry ? { retry: jobOptions.retry } : {}),
        })
      : tableScheduler(storage, {
          clock,
          newId,
          ...(jobOptions?.pollMs ? { pollMs: jobOptions.pollMs } : {}),
          ...(jobOptions?.retry ? { retry: jobOptions.retry } : {}),
        });
  } catch (error) {
    await live?.stop();
    await database.close();
    throw error;
  }
  const mailer = config.smtpUrl
    ? smtpMailer(config.smtpUrl, config.mailFrom ?? defaultFrom(config.publicUrl))
    : null;
  const deps: Deps = {
    storage,
    clock,
    newId,
    secrets: hmacSecrets(config.sessionSecret),
    passwords: argon2Passwords,
    config: {
      publicUrl: config.publicUrl,
      allowSignup: config.allowSignup,
      inboundDomain: config.inboundDomain ?? null,
      webhooksAllowPrivate: config.webhooksAllowPrivate ?? false,
    },
    jobs,
    mailer,
    live: live!,
    ...depOverrides,
  };
  let closing: Promise<void> | null = null;
  return {
    database,
    deps,
    close() {
      closing ??= (async () => {
        await jobs.stop();
        await deps.live.stop();
        deps.mailer?.close();
        await database.close();
      })();
      return closing;
    },
  };
}
