/**
 * The reference the benchmark compares against: the least a Fastify + better-sqlite3 server
 * can do for the same requests — one insert, one indexed select — with no auth, validation,
 * events or search. Our figures are reported as ratios to these.
 */
import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import Fastify from 'fastify';

const [file, port] = [process.env.REF_DB!, Number(process.env.REF_PORT)];
const db = new BetterSqlite3(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
const insert = db.prepare(
  'insert into items (id, org, title, status, created_at) values (?, ?, ?, ?, ?)',
);
const page = db.prepare(
  'select * from items where org = ? and status = ? order by created_at desc limit 25',
);
const one = db.prepare('select * from items where id = ?');

const app = Fastify();
app.post<{ Body: { title: string } }>('/items', async (request, reply) => {
  const row = {
    id: randomUUID(),
    org: 'org',
    title: request.body.title,
    status: 'open',
    created_at: new Date().toISOString(),
  };
  insert.run(row.id, row.org, row.title, row.status, row.created_at);
  return reply.status(201).send(row);
});
app.get('/items', async () => ({ items: page.all('org', 'open') }));
app.get<{ Params: { id: string } }>('/items/:id', async (request) => one.get(request.params.id));
await app.listen({ port, host: '127.0.0.1' });
console.log('ready');
