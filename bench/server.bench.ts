/**
 * npm run bench [-- --size 100000 --duration 10 --rounds 5 --connections 10]
 *
 * Loads situations straight into a fresh SQLite database, starts the real Turnaround server
 * on it, and measures with autocannon: opening a situation, inbox pages (a filter; a search),
 * and one situation with its timeline. In the same run it measures a minimal Fastify +
 * better-sqlite3 reference doing one insert and one indexed select, and prints each figure
 * with the ratio ours/reference. Nothing here is asserted: it prints, people judge.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { createApiToken } from '../server/app/create-api-token';
import { createOrganization } from '../server/app/create-organization';
import { uuidv7 } from '../server/app/ids';
import { compose } from '../server/compose';

const options = new Command()
  .option('--size <n>', 'situations to load', (v) => Number(v), 100_000)
  .option('--duration <s>', 'seconds per measurement and server', (v) => Number(v), 10)
  .option(
    '--rounds <n>',
    'turns each server takes, alternating, within that time',
    (v) => Number(v),
    5,
  )
  .option('--connections <n>', 'concurrent connections', (v) => Number(v), 10)
  .option('--only <words>', 'run only the measurements whose name contains this')
  .option('--keep', 'keep the loaded databases afterwards, and print where')
  .parse()
  .opts<{
    size: number;
    duration: number;
    rounds: number;
    connections: number;
    only?: string;
    keep?: boolean;
  }>();

const SECRET = 'bench-secret-bench-secret-bench-secret';
const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'turnaround-bench-'));
const WORDS = [
  'cold',
  'late',
  'wrong',
  'order',
  'soup',
  'booking',
  'charged',
  'twice',
  'rude',
  'waiter',
  'colour',
  'delivery',
  'table',
  'refund',
  'noise',
  'allergy',
  'missing',
  'broken',
  'stylist',
  'invoice',
];
// 60 × 60 first and last names: about 3,600 different customers, as a busy business has.
const FIRST = [
  'Margaret',
  'Daniel',
  'Sofia',
  'Ahmed',
  'Chloe',
  'Liam',
  'Grace',
  'Mateo',
  'Ingrid',
  'Kwame',
  'Zoe',
  'Oliver',
  'Fatima',
  'Noah',
  'Hannah',
  'Ravi',
  'Elodie',
  'George',
  'Mei',
  'Patrick',
  'Lucia',
  'Ben',
  'Amara',
  'Felix',
  'Nadia',
  'Owen',
  'Isla',
  'Yusuf',
  'Freya',
  'Carlos',
  'Wren',
  'Dmitri',
  'Rosa',
  'Tomas',
  'Priya',
  'Jonah',
  'Aiko',
  'Sam',
  'Helena',
  'Marco',
  'Leila',
  'Hugo',
  'Anya',
  'Kofi',
  'Elsa',
  'Ivan',
  'Maya',
  'Theo',
  'Nora',
  'Emil',
  'Sara',
  'Luca',
  'Alma',
  'Omar',
  'Ruth',
  'Finn',
  'Jade',
  'Axel',
  'Lena',
  'Raj',
];
const LAST = [
  'Thompson',
  'Kowalski',
  'Bianchi',
  'Haddad',
  'Dubois',
  'OBrien',
  'Lindqvist',
  'Mensah',
  'Fischer',
  'Ng',
  'Moreau',
  'Patel',
  'Quinn',
  'Novak',
  'Santos',
  'Baker',
  'Yilmaz',
  'Murphy',
  'Adeyemi',
  'Larsen',
  'Costa',
  'Evans',
  'Ibrahim',
  'Walsh',
  'Kim',
  'Rossi',
  'Shaw',
  'Horvat',
  'Lopez',
  'Doyle',
  'Berg',
  'Ali',
  'Hughes',
  'Marsh',
  'Ferreira',
  'Nair',
  'Webb',
  'Tanaka',
  'Okafor',
  'Silva',
  'Jensen',
  'Kaur',
  'Meyer',
  'Dupont',
  'Garcia',
  'Nowak',
  'Sato',
  'Cohen',
  'Olsen',
  'Reyes',
  'Brennan',
  'Volkov',
  'Achebe',
  'Varga',
  'Laine',
  'Pereira',
  'Hale',
  'Ortiz',
  'Stone',
  'Young',
];
const STATUSES = ['open', 'resolved', 'resolved', 'closed', 'closed', 'closed', 'closed', 'closed'];
const MOODS = ['calm', 'disappointed', 'upset', 'angry'];
const CHANNELS = ['in_person', 'phone', 'email', 'chat', 'online_review', 'social', 'other'];

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length]!;
}

function customer(i: number): string {
  return `${pick(FIRST, i)} ${pick(LAST, Math.floor(i / FIRST.length) + i * 7)}`;
}

/** Deterministic pseudo-random words so every run loads the same data. */
function title(i: number): string {
  return `${pick(WORDS, i * 7)} ${pick(WORDS, i * 13 + 3)} ${pick(WORDS, (i * 31) >> 2)} #${i}`;
}

async function loadTurnaround(size: number) {
  const composed = await compose({
    dataDir: dir,
    databaseUrl: undefined,
    sessionSecret: SECRET,
    publicUrl: 'http://127.0.0.1',
    allowSignup: false,
  });
  const { deps } = composed;
  const { owner, organizationId } = await deps.storage.transaction((store) =>
    createOrganization(deps, store, {
      organization: 'Bench',
      name: 'Bench Owner',
      email: 'bench@example.test',
      password: 'bench password 123',
    }),
  );
  const { token } = await createApiToken(
    deps,
    { userId: owner.id, name: owner.name, organizationId, role: 'owner' },
    { name: 'bench' },
  );
  await composed.close();

  // Straight into the tables, as the issue asks: the use cases are measured over HTTP below.
  const db = new BetterSqlite3(join(dir, 'turnaround.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insertSituation =
    db.prepare(`insert into situations (id, organization_id, number, title, account, channel, live, party_name, category, severity, mood, owner_id, status, opened_at, resolved_at, closed_at, updated_at, opened_by, event_count)
    values (?, ?, ?, ?, ?, ?, 0, ?, 'quality', 'medium', ?, ?, ?, ?, null, null, ?, ?, 1)`);
  const insertEvent = db.prepare(
    `insert into situation_events (id, organization_id, situation_id, seq, type, at, actor_id, data) values (?, ?, ?, 1, 'opened', ?, ?, ?)`,
  );
  const start = Date.now() - 365 * 86_400_000;
  const step = (365 * 86_400_000) / size;
  const ids: string[] = [];
  const bar = new SingleBar(
    { format: 'Loading Turnaround [{bar}] {value}/{total} situations', hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(size, 0);
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const at = new Date(start + i * step).toISOString();
      const id = uuidv7(start + i * step);
      const t = title(i);
      insertSituation.run(
        id,
        organizationId,
        i + 1,
        t,
        `They said the ${pick(WORDS, i * 3)} was ${pick(WORDS, i * 5 + 1)}.`,
        pick(CHANNELS, i),
        customer(i),
        pick(MOODS, i),
        owner.id,
        pick(STATUSES, i * 3 + 1),
        at,
        at,
        owner.id,
      );
      insertEvent.run(
        uuidv7(start + i * step),
        organizationId,
        id,
        at,
        owner.id,
        JSON.stringify({ title: t }),
      );
      if (i % 97 === 0) ids.push(id);
    }
  });
  for (let i = 0; i < size; i += 10_000) {
    batch(i, Math.min(size, i + 10_000));
    bar.update(Math.min(size, i + 10_000));
  }
  bar.stop();
  // The server keeps its full-text index as it writes; rows loaded behind its back are
  // indexed here in one pass, as a restore would.
  for (const index of ['open_situations_fts', 'settled_situations_fts'])
    db.exec(`insert into ${index} (${index}) values ('rebuild')`);
  db.prepare('update organizations set situation_counter = ?').run(size);
  db.pragma('wal_checkpoint(TRUNCATE)');
  // No ANALYZE: the server never runs one, so a real desk's database has no planner
  // statistics. With them (SQLite here keeps per-value samples, STAT4), every statement was
  // compiled again whenever a parameter changed, and the search took another plan.
  db.close();
  return { token, ids };
}

function loadReference(size: number) {
  const file = join(dir, 'reference.db');
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.exec(
    'create table items (id text primary key, org text not null, title text not null, status text not null, created_at text not null)',
  );
  db.exec('create index items_org_status_created on items (org, status, created_at)');
  const insert = db.prepare('insert into items values (?, ?, ?, ?, ?)');
  const start = Date.now() - 365 * 86_400_000;
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < size; i++) {
      const id = uuidv7(start + i);
      insert.run(
        id,
        'org',
        title(i),
        pick(STATUSES, i * 3 + 1),
        new Date(start + i * ((365 * 86_400_000) / size)).toISOString(),
      );
      if (i % 97 === 0) ids.push(id);
    }
  })();
  db.close();
  return { file, ids };
}

async function startProcess(
  args: string[],
  env: Record<string, string>,
  readyWhen: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(readyWhen)) ok();
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
  return child;
}

interface Figure {
  rps: number;
  p99: number;
}

interface Load {
  url: string;
  requests: autocannon.Request[];
  headers?: Record<string, string>;
}

/** Every response's time and how many came back, over one or more runs of a load. */
class Tally {
  readonly times: number[] = [];
  seconds = 0;

  figure(): Figure {
    return { rps: this.times.length / this.seconds, p99: percentile(this.times, 0.99) };
  }
}

async function run(load: Load, seconds: number, tally?: Tally): Promise<void> {
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const running = autocannon(
      { ...load, headers: load.headers ?? {}, connections: options.connections, duration: seconds },
      (error, finished) => (error ? fail(error) : done(finished)),
    );
    // p99 from every response's own time: autocannon's histogram keeps whole milliseconds,
    // and at the reference's 1–2 ms that alone moved a ratio by up to two times between runs.
    if (tally)
      running.on('response', (_client, _status, _bytes, milliseconds) =>
        tally.times.push(milliseconds),
      );
  });
  if (tally) tally.seconds += (performance.now() - started) / 1000;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${load.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
}

/**
 * Ours and the reference take turns, a few seconds each, and each figure pools its turns:
 * this machine's speed drifts by a third over a minute, and measured one after the other the
 * two servers met different machines, which moved a ratio more than most changes did.
 */
async function measure(ours: Load, reference: Load): Promise<[Figure, Figure]> {
  // A short unrecorded run first, for both servers alike: the first second of a fresh
  // process is spent compiling hot code, which is not what a running server feels like.
  await run(reference, WARM_UP_SECONDS);
  await run(ours, WARM_UP_SECONDS);
  const [ourTally, referenceTally] = [new Tally(), new Tally()];
  const seconds = Math.max(1, Math.round(options.duration / options.rounds));
  for (let round = 0; round < options.rounds; round++) {
    await run(reference, seconds, referenceTally);
    await run(ours, seconds, ourTally);
  }
  return [ourTally.figure(), referenceTally.figure()];
}

/** The nearest-rank percentile: the value below which the share q of the samples lie. */
function percentile(samples: number[], q: number): number {
  const sorted = Float64Array.from(samples).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

function randomOf(ids: string[]) {
  return ids[Math.floor(Math.random() * ids.length)]!;
}

const WARM_UP_SECONDS = 3;
const OURS = 3188;
const REF = 3189;
console.log(
  `Turnaround benchmark: ${options.size.toLocaleString()} situations, ${options.duration}s per measurement and server in ${options.rounds} alternating turns, ${options.connections} connections\n`,
);
const turnaround = await loadTurnaround(options.size);
const reference = loadReference(options.size);

const ref = await startProcess(
  [join(ROOT, 'bin/run-ts.js'), join(ROOT, 'bench/reference-server.ts')],
  { REF_DB: reference.file, REF_PORT: String(REF) },
  'ready',
);
// BENCH_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=prof") profiles our server while it is measured.
const nodeFlags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
const ours = await startProcess(
  [...nodeFlags, join(ROOT, 'bin/turnaround.js'), 'serve'],
  {
    DATA_DIR: dir,
    PORT: String(OURS),
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    SESSION_SECRET: SECRET,
  },
  'running at',
);

try {
  const auth = { authorization: `Bearer ${turnaround.token}`, 'content-type': 'application/json' };
  const json = { 'content-type': 'application/json' };
  const refUrl = `http://127.0.0.1:${REF}`;
  const ourUrl = `http://127.0.0.1:${OURS}`;
  const body = JSON.stringify({ title: 'Soup arrived cold at table 4' });

  const refInsert: Load = {
    url: refUrl,
    requests: [{ method: 'POST', path: '/items', body, headers: json }],
  };
  const refSelect: Load = { url: refUrl, requests: [{ method: 'GET', path: '/items' }] };
  const refOne: Load = {
    url: refUrl,
    requests: [
      { method: 'GET', setupRequest: (r) => ({ ...r, path: `/items/${randomOf(reference.ids)}` }) },
    ],
  };
  // People search the inbox for someone: a customer's full name, with a filter.
  const searchPath = () =>
    `/api/v1/situations?status=open&q=${encodeURIComponent(customer(Math.floor(Math.random() * options.size)))}&limit=25`;

  const measurements: Array<{
    name: string;
    ours: Load;
    reference: Load;
    target: 'rps' | 'p99';
  }> = [
    {
      name: 'create a situation',
      target: 'rps',
      reference: refInsert,
      ours: {
        url: ourUrl,
        headers: auth,
        requests: [{ method: 'POST', path: '/api/v1/situations', body }],
      },
    },
    {
      name: 'inbox page, filtered (status=open)',
      target: 'p99',
      reference: refSelect,
      ours: {
        url: ourUrl,
        headers: auth,
        requests: [{ method: 'GET', path: '/api/v1/situations?status=open&limit=25' }],
      },
    },
    {
      name: 'inbox page, search + filter',
      target: 'p99',
      reference: refSelect,
      ours: {
        url: ourUrl,
        headers: auth,
        requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, path: searchPath() }) }],
      },
    },
    {
      name: 'one situation + its timeline',
      target: 'p99',
      reference: refOne,
      ours: {
        url: ourUrl,
        headers: auth,
        requests: [
          {
            method: 'GET',
            setupRequest: (r, ctx) => {
              const id = randomOf(turnaround.ids);
              (ctx as { id?: string }).id = id;
              return { ...r, path: `/api/v1/situations/${id}` };
            },
          },
          {
            method: 'GET',
            setupRequest: (r, ctx) => ({
              ...r,
              path: `/api/v1/situations/${(ctx as { id: string }).id}/events`,
            }),
          },
        ],
      },
    },
  ];
  const rows: Array<[string, Figure, Figure, 'rps' | 'p99']> = [];
  for (const m of measurements.filter((m) => !options.only || m.name.includes(options.only))) {
    const [o, r] = await measure(m.ours, m.reference);
    rows.push([m.name, o, r, m.target]);
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `\n${pad('measurement', 36)}${pad('ours req/s', 12)}${pad('ours p99', 11)}${pad('ref req/s', 12)}${pad('ref p99', 10)}ratio (ours/ref)`,
  );
  for (const [name, o, r, target] of rows) {
    const ratio =
      target === 'rps'
        ? `${(o.rps / r.rps).toFixed(2)}× throughput (target ≥ 0.5)`
        : `${(o.p99 / r.p99).toFixed(2)}× p99 (target ≤ 3)`;
    console.log(
      `${pad(name, 36)}${pad(o.rps.toFixed(0), 12)}${pad(`${o.p99.toFixed(2)} ms`, 11)}${pad(r.rps.toFixed(0), 12)}${pad(`${r.p99.toFixed(2)} ms`, 10)}${ratio}`,
    );
  }
  console.log("\np99 is taken from every response's own time, to a hundredth of a millisecond.");
} finally {
  ours.kill('SIGTERM');
  ref.kill('SIGTERM');
  if (options.keep) console.log(`Databases kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
