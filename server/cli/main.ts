import BetterSqlite3 from 'better-sqlite3';
import { SingleBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { ZEmail, ZPassword, ZRole } from '../../contract/auth';
import { DomainError } from '../../domain/shared/domain-error';
import { ROLES } from '../../domain/situation/vocabulary';
import { createApiToken } from '../app/create-api-token';
import { createOrganization } from '../app/create-organization';
import { nowIso } from '../app/deps';
import { compose } from '../compose';
import { ConfigError, loadConfig } from '../config';
import { startServer } from '../main';
import { migrateToLatest } from '../storage/migrate';
import { openDatabase } from '../storage/database';
import { formatAnalysis, scoreJsonLines } from './coach';
import { seedDemo, type SeedResult } from './seed-demo';

function parseWith<T>(schema: z.ZodType<T>, what: string) {
  return (value: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new InvalidArgumentError(`${what}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  };
}

function printDemoLogins(result: SeedResult) {
  console.log(
    result.created
      ? `\nDemo business loaded: Larkspur & Co. (${result.situations} situations).`
      : '\nDemo business already present: Larkspur & Co.',
  );
  console.log(`Sign in with any of these (password: ${result.password}):`);
  for (const login of result.logins)
    console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(24)} ${login.name}`);
  console.log('');
}

async function loadDemo(deps: Parameters<typeof seedDemo>[0]) {
  const bar = new SingleBar(
    { format: 'Loading demo  [{bar}] {value}/{total} situations', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  const result = await seedDemo(deps, {
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  return result;
}

/** Runs fn with a composed, migrated database, and closes it afterwards. */
async function withDeps<T>(fn: (c: Awaited<ReturnType<typeof compose>>) => Promise<T>): Promise<T> {
  const composed = await compose(loadConfig());
  try {
    return await fn(composed);
  } finally {
    await composed.close();
  }
}

const program = new Command()
  .name('turnaround')
  .description(
    'Turnaround: the service-recovery desk. Configuration comes from the environment (see README).',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('Run migrations and serve the API and web app')
  .option('--demo', 'load the Larkspur & Co. demo business first (if not already loaded)')
  .action(async (options: { demo?: boolean }) => {
    const config = loadConfig();
    if (options.demo) await withDeps(async ({ deps }) => printDemoLogins(await loadDemo(deps)));
    const server = await startServer(config, { handleSignals: true });
    const needsSetup = (await server.composed.deps.storage.read.organizations.count()) === 0;
    // With PORT=0 the real port is only known once listening.
    const shownUrl = config.port === 0 ? server.url : config.publicUrl;
    console.log(`\nTurnaround is running at ${shownUrl}`);
    console.log(`  storage: ${config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}`);
    console.log(`  API docs: ${shownUrl}/api/docs`);
    if (needsSetup)
      console.log(
        `  First run: open ${config.publicUrl}/setup to create your organisation and owner account.`,
      );
    console.log('');
  });

program
  .command('coach [text]')
  .description('Check a reply (or a message from the person) the way the composer does')
  .option(
    '--jsonl',
    'score many texts: JSON lines {"id","text","role","context"?} on stdin, one result per line on stdout',
  )
  .option('--role <role>', 'who wrote the text: agent (our side) or customer', 'agent')
  .option('--root-cause <cause>', 'the diagnosed root cause, to check the apology against')
  .option('--step <step>', 'the playbook step the reply is written in (e.g. apologize)')
  .action(
    async (
      text: string | undefined,
      o: { jsonl?: boolean; role: string; rootCause?: string; step?: string },
    ) => {
      if (o.jsonl) {
        await scoreJsonLines(process.stdin, process.stdout);
        return;
      }
      if (o.role !== 'agent' && o.role !== 'customer')
        program.error('--role must be agent or customer');
      const input = text ?? (process.stdin.isTTY ? '' : await readStdin());
      if (!input.trim())
        program.error('give the text to check, e.g. turnaround coach "Sorry for the wait"');
      console.log(
        formatAnalysis(input, {
          role: o.role as 'agent' | 'customer',
          // Like a message on a situation in the composer, the person's words are written to us.
          ...(o.role === 'customer' ? { toUs: true } : {}),
          ...(o.rootCause ? { rootCause: o.rootCause } : {}),
          ...(o.step ? { step: o.step } : {}),
        }),
      );
    },
  );

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const applied = await migrateToLatest(database.db);
      console.log(
        applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.',
      );
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('Load data')
  .requiredOption(
    '--demo',
    'the Larkspur & Co. demo business: 2 locations, 6 members, 40 parties, 200 situations',
  )
  .action(async () => {
    await withDeps(async ({ deps }) => printDemoLogins(await loadDemo(deps)));
  });

program
  .command('org:create')
  .description('Add an organisation with its owner (several can share one deployment)')
  .requiredOption('--name <name>', 'organisation name')
  .requiredOption('--owner-name <name>', "the owner's name")
  .requiredOption('--email <email>', "the owner's email", parseWith(ZEmail, 'email'))
  .requiredOption(
    '--password <password>',
    "the owner's password (at least 10 characters)",
    parseWith(ZPassword, 'password'),
  )
  .action(async (o: { name: string; ownerName: string; email: string; password: string }) => {
    await withDeps(async ({ deps }) => {
      const { organizationId, owner } = await deps.storage.transaction((store) =>
        createOrganization(deps, store, {
          organization: o.name,
          name: o.ownerName,
          email: o.email,
          password: o.password,
        }),
      );
      console.log(`Created organisation ${o.name} (${organizationId}) with owner ${owner.email}.`);
    });
  });

program
  .command('user:create')
  .description('Add a member to an organisation')
  .requiredOption('--org <id>', 'organisation id (see `turnaround org:list`)')
  .requiredOption('--name <name>', "the member's name")
  .requiredOption('--email <email>', 'email', parseWith(ZEmail, 'email'))
  .requiredOption(
    '--password <password>',
    'password (at least 10 characters)',
    parseWith(ZPassword, 'password'),
  )
  .option('--role <role>', `one of ${ROLES.join(', ')}`, parseWith(ZRole, 'role'), 'staff')
  .action(
    async (o: {
      org: string;
      name: string;
      email: string;
      password: string;
      role: (typeof ROLES)[number];
    }) => {
      await withDeps(async ({ deps }) => {
        if (!(await deps.storage.read.organizations.byId(o.org)))
          throw new DomainError('NOT_FOUND', `There is no organisation ${o.org}.`);
        if (await deps.storage.read.members.userByEmail(o.email))
          throw new DomainError('EMAIL_TAKEN', `${o.email} already has an account.`);
        const id = deps.newId();
        await deps.storage.read.members.insertUser({
          id,
          organizationId: o.org,
          email: o.email,
          name: o.name,
          passwordHash: await deps.passwords.hash(o.password),
          role: o.role,
          locationId: null,
          createdAt: nowIso(deps),
        });
        console.log(`Created ${o.role} ${o.email} (${id}).`);
      });
    },
  );

program
  .command('org:list')
  .description('List the organisations on this deployment')
  .action(async () => {
    await withDeps(async ({ deps }) => {
      const orgs = await deps.storage.read.organizations.list();
      if (orgs.length === 0)
        console.log(
          'No organisations yet. Run `turnaround serve` and open /setup, or `turnaround org:create`.',
        );
      for (const org of orgs) console.log(`${org.id}  ${org.name}`);
    });
  });

program
  .command('token:create')
  .description('Create an API token acting as a member; printed once')
  .requiredOption('--email <email>', "the member's email", parseWith(ZEmail, 'email'))
  .requiredOption('--name <name>', 'what the token is for, e.g. "zapier"')
  .action(async (o: { email: string; name: string }) => {
    await withDeps(async ({ deps }) => {
      const user = await deps.storage.read.members.userByEmail(o.email);
      if (!user)
        throw new DomainError('NOT_FOUND', `There is no member with the email ${o.email}.`);
      const { token } = await createApiToken(
        deps,
        { userId: user.id, name: user.name, organizationId: user.organizationId, role: user.role },
        { name: o.name },
      );
      console.log(token);
    });
  });

program
  .command('backup <file>')
  .description('Copy the SQLite database to <file> while the server keeps running (online backup)')
  .action(async (file: string) => {
    const config = loadConfig();
    if (config.databaseUrl) {
      throw new DomainError(
        'VALIDATION',
        'backup copies the embedded SQLite database; for PostgreSQL use pg_dump.',
      );
    }
    const database = openDatabase({ dataDir: config.dataDir });
    await migrateToLatest(database.db);
    await database.close();
    const source = new BetterSqlite3(`${config.dataDir}/turnaround.db`, { readonly: true });
    try {
      await source.backup(file);
      console.log(`Backed up to ${file}.`);
    } finally {
      source.close();
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DomainError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
