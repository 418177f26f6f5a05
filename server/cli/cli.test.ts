import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/turnaround.js');

function run(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the turnaround command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'turnaround-cli-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '' };

  it('explains itself with --help', () => {
    const help = run(['--help'], env);
    expect(help.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'seed',
      'org:create',
      'user:create',
      'token:create',
      'backup',
    ])
      expect(help.out).toContain(command);
  });

  it('migrates, creates an organisation, a member and a token, and backs the database up', () => {
    expect(run(['migrate'], env).out).toMatch(/Applied: .*foundation|up to date/);
    expect(run(['migrate'], env).out).toContain('up to date');

    const org = run(
      [
        'org:create',
        '--name',
        'North Shop',
        '--owner-name',
        'Nora',
        '--email',
        'nora@north.test',
        '--password',
        'a long password',
      ],
      env,
    );
    expect(org.code, org.err).toBe(0);
    const orgId = /\(([0-9a-f-]{36})\)/.exec(org.out)![1]!;
    expect(run(['org:list'], env).out).toContain('North Shop');

    const dup = run(
      [
        'org:create',
        '--name',
        'X',
        '--owner-name',
        'X',
        '--email',
        'nora@north.test',
        '--password',
        'a long password',
      ],
      env,
    );
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already exists');
    const badEmail = run(
      [
        'org:create',
        '--name',
        'X',
        '--owner-name',
        'X',
        '--email',
        'nope',
        '--password',
        'a long password',
      ],
      env,
    );
    expect(badEmail.code).not.toBe(0);
    expect(badEmail.err).toContain('email');

    const user = run(
      [
        'user:create',
        '--org',
        orgId,
        '--name',
        'Nils',
        '--email',
        'nils@north.test',
        '--password',
        'another password',
        '--role',
        'manager',
      ],
      env,
    );
    expect(user.code, user.err).toBe(0);
    const token = run(['token:create', '--email', 'nils@north.test', '--name', 'script'], env);
    expect(token.code, token.err).toBe(0);
    expect(token.out.trim()).toMatch(/^ta_[\w-]{20,}$/);

    const backupFile = join(dataDir, 'backup.db');
    const backup = run(['backup', backupFile], env);
    expect(backup.code, backup.err).toBe(0);
    const copy = new BetterSqlite3(backupFile, { readonly: true });
    const users = copy.prepare('select email, role from users order by email').all();
    copy.close();
    expect(users).toEqual([
      { email: 'nils@north.test', role: 'manager' },
      { email: 'nora@north.test', role: 'owner' },
    ]);
    // A dozen command-line runs, each a fresh Node process: give a busy machine time.
  }, 90_000);

  it('loads the demo business once, with its locations, team, parties and situations', () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'turnaround-demo-'));
    const first = run(['seed', '--demo'], { DATA_DIR: demoDir, DATABASE_URL: '' });
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('owner@larkspur.demo');
    const db = new BetterSqlite3(join(demoDir, 'turnaround.db'), { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('select count(*) n from locations')).toBe(2);
    expect(count('select count(*) n from users')).toBe(6);
    expect(count(`select count(distinct role) n from users`)).toBe(3);
    expect(count('select count(*) n from parties')).toBe(40);
    expect(count('select count(*) n from situations')).toBe(200);
    expect(count('select count(distinct status) n from situations')).toBe(3);
    expect(count('select count(distinct channel) n from situations')).toBeGreaterThanOrEqual(5);
    expect(count('select count(distinct mood) n from situations')).toBe(4);
    expect(
      count(`select count(*) n from situations where opened_at < datetime('now', '-60 days')`),
    ).toBeGreaterThan(0);
    db.close();
    const second = run(['seed', '--demo'], { DATA_DIR: demoDir, DATABASE_URL: '' });
    expect(second.out).toContain('already present');
  });

  it("checks one text readably, reading the person's words as written to us", () => {
    const reply = run(['coach', "I'm sorry you feel that way, but that's our policy."], env);
    expect(reply.code, reply.err).toBe(0);
    expect(reply.out).toContain('Apology: non-apology');
    expect(reply.out).toMatch(/✗ .*policy/);
    expect(reply.out).toContain('→ ');
    const theirs = run(['coach', '--role', 'customer', 'The soup was cold again.'], env);
    expect(theirs.out).toContain('Complaint');
    expect(run(['coach', '--role', 'boss', 'Hello'], env).err).toContain('--role must be');
    const empty = run(['coach'], env, '');
    expect(empty.code).not.toBe(0);
    expect(empty.err).toContain('give the text to check');
  });

  it('scores JSON lines in order, answering a malformed line with an error', () => {
    const lines = [
      { id: 'a', text: "Sorry your order was late, I'll call you by 5pm today.", role: 'agent' },
      '{"id":"b","text":',
      { id: 'c', text: 'The soup was cold again.', role: 'customer', context: { toUs: true } },
      { id: 'd', text: 'The soup was cold again.', role: 'customer' },
    ].map((line) => (typeof line === 'string' ? line : JSON.stringify(line)));
    const batch = run(['coach', '--jsonl'], env, lines.join('\n') + '\n');
    expect(batch.code, batch.err).toBe(0);
    const out = batch.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd']);
    expect(out[0]).toMatchObject({ apology: 'targeted', commitment: 'concrete' });
    expect(out[1]!.error).toBe('not valid JSON');
    // Texts in a batch may come from anywhere: a problem is a complaint once it was to us.
    expect(out[2]!.complaint).toBe(true);
    expect(out[3]!.complaint).toBe(false);
  });

  it('refuses a bad environment variable by name', () => {
    const res = run(['migrate'], { ...env, PORT: 'eighty' });
    expect(res.code).toBe(1);
    expect(res.err).toContain('PORT');
  });

  it('serves, and shuts down cleanly on SIGTERM', async () => {
    const serveDir = mkdtempSync(join(tmpdir(), 'turnaround-serve-'));
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, DATA_DIR: serveDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no start: ${out}`)), 30_000);
      child.stdout.on('data', () => {
        if (out.includes('First run')) {
          clearTimeout(timer);
          ok();
        }
      });
    });
    expect(out).toContain('/setup');
    const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(existsSync(join(serveDir, 'turnaround.db'))).toBe(true);
    // Closed cleanly: the log was folded into the database file.
    expect(existsSync(join(serveDir, 'turnaround.db-wal'))).toBe(false);
  });
});
