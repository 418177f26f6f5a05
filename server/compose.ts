import type { Deps } from './app/deps';
import { uuidv7 } from './app/ids';
import { argon2Passwords, hmacSecrets } from './app/security';
import type { Config } from './config';
import { openDatabase, type Database } from './storage/database';
import { migrateToLatest } from './storage/migrate';
import { makeStorage } from './storage/store';

export interface Composed {
  database: Database;
  deps: Deps;
}

/** The composition root: one database, migrated, and the dependencies every use case takes. */
export async function compose(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'sessionSecret' | 'publicUrl' | 'allowSignup'>,
  overrides: Partial<Deps> & { sqliteFileName?: string } = {},
): Promise<Composed> {
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(overrides.sqliteFileName ? { sqliteFileName: overrides.sqliteFileName } : {}),
  });
  await migrateToLatest(database.db);
  const deps: Deps = {
    storage: makeStorage(database),
    clock: () => new Date(),
    newId: () => uuidv7(),
    secrets: hmacSecrets(config.sessionSecret),
    passwords: argon2Passwords,
    config: { publicUrl: config.publicUrl, allowSignup: config.allowSignup },
    ...overrides,
  };
  return { database, deps };
}
