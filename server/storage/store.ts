import type { Kysely } from 'kysely';
import type { Database, DialectName } from './database';
import type { DB } from './schema';
import { runAll, type AfterCommit } from './after-commit';
import { groupCommit } from './group-commit';
import type { SearchIndexChanges } from './search-index';
import { gestureQueries } from './queries/gestures';
import { idempotencyQueries } from './queries/idempotency';
import { jobQueries, rawExecutor } from './queries/jobs';
import { mailQueries } from './queries/mail';
import { memberQueries } from './queries/members';
import { organizationQueries } from './queries/organizations';
import { partyQueries } from './queries/parties';
import { phrasebookQueries } from './queries/phrasebook';
import { playbookQueries } from './queries/playbooks';
import { replyQueries } from './queries/replies';
import { settingsQueries } from './queries/settings';
import { situationQueries } from './queries/situations';
import { surveyQueries } from './queries/surveys';
import { webhookQueries } from './queries/webhooks';

const immediately: AfterCommit = (callback) => callback();

/** All queries, named by intent, bound to one connection or one transaction. */
export function makeStore(
  db: Kysely<DB>,
  dialect: DialectName,
  afterCommit = immediately,
  searchIndex?: SearchIndexChanges,
) {
  return {
    /** What must only be told to the world once this transaction has landed (live updates). */
    afterCommit,
    organizations: organizationQueries(db, dialect),
    members: memberQueries(db, dialect),
    settings: settingsQueries(db),
    parties: partyQueries(db),
    playbooks: playbookQueries(db),
    phrasebook: phrasebookQueries(db),
    gestures: gestureQueries(db, dialect),
    situations: situationQueries(db, dialect, searchIndex),
    idempotency: idempotencyQueries(db),
    jobs: jobQueries(db),
    replies: replyQueries(db),
    webhooks: webhookQueries(db, dialect),
    surveys: surveyQueries(db),
    mail: mailQueries(db),
    raw: rawExecutor(db),
  };
}

export type Store = ReturnType<typeof makeStore>;

export interface Storage {
  dialect: DialectName;
  /** Queries outside a transaction, for reads. */
  read: Store;
  /** Runs fn in one transaction: everything it writes lands together or not at all. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
}

export function makeStorage(database: Database): Storage {
  const { db, dialect } = database;
  return {
    dialect,
    read: makeStore(db, dialect),
    transaction:
      dialect === 'sqlite'
        ? groupCommit(db, (connection, afterCommit, searchIndex) =>
            makeStore(connection, dialect, afterCommit, searchIndex),
          )
        : async (fn) => {
            const committed: Array<() => void> = [];
            const value = await db
              .transaction()
              .execute((trx) =>
                fn(makeStore(trx, dialect, (callback) => committed.push(callback))),
              );
            runAll(committed);
            return value;
          },
    async ping() {
      await db.selectFrom('organizations').select('id').limit(1).execute();
    },
  };
}
