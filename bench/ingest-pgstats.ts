/**
 * Where Postgres spends its work per ingested message: drives the real gateway
 * process (`npm run gateway`) with the signed LINE load of the webhook bench
 * (bench/webhook-ingest.bench.ts) and prints, per 1,000 messages, the rows
 * each table inserted / updated (HOT or not) / deleted, how much each index
 * and heap grew, and the WAL written for each relation (records and full-page
 * images, read back with pg_walinspect), plus the CPU of the backends per
 * message. A CHECKPOINT before the measured load makes the full-page images
 * those of a run right after a checkpoint (the worst case, and comparable
 * between runs). Asserts nothing.
 *
 *   npx tsx bench/ingest-pgstats.ts        # BENCH_PGSTATS_MESSAGES (6000), BENCH_WEBHOOK_CONNECTIONS (50), BENCH_WEBHOOK_USERS (2000)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { connectDatabase } from '../src/db/client.js';
import { createBenchDatabase, createBenchLineConnection, REDIS_URL, deleteRedisPrefix, signedLineText } from './lib.js';
import { cpuMs, startProcess, stopProcess } from './webhook-ingest.bench.js';

const MESSAGES = Number(process.env.BENCH_PGSTATS_MESSAGES ?? 6000);
const CONNECTIONS = Number(process.env.BENCH_WEBHOOK_CONNECTIONS ?? 50);
const USERS = Number(process.env.BENCH_WEBHOOK_USERS ?? 2000);
const SECRET = 'bench-line-channel-secret';
const TABLES = ['messages', 'outbox', 'conversations', 'channel_identities', 'customers'];

const run = randomBytes(4).toString('hex');
let next = 0;
function request(): { body: string; signature: string } {
  const i = next++;
  return signedLineText({
    secret: SECRET,
    destination: 'U8e742f61d673b39c7fff3cecb7536ef0',
    user: `U${run}${String(i % USERS).padStart(24, '0')}`,
    text: 'Where is my order?',
    eventId: `01B${run}${String(i).padStart(15, '0')}`.toUpperCase(),
    messageId: `${run.length}${String(i).padStart(17, '0')}`,
  });
}

async function drive(url: string, amount: number): Promise<number> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    timeout: 60,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...(() => { const { body, signature } = request(); return { body, headers: { 'content-type': 'application/json', 'x-line-signature': signature } }; })() }) }],
  });
  return r['2xx'];
}

type Snap = { tables: Map<string, Record<string, number>>; sizes: Map<string, number>; lsn: string };

async function snapshot(sql: postgres.Sql): Promise<Snap> {
  const t = await sql<{ relname: string; ins: number; upd: number; hot: number; del: number }[]>`
    select relname, n_tup_ins::float8 as ins, n_tup_upd::float8 as upd, n_tup_hot_upd::float8 as hot, n_tup_del::float8 as del
      from pg_stat_user_tables where relname = any(${TABLES})`;
  const s = await sql<{ name: string; bytes: number }[]>`
    select c.relname as name, pg_relation_size(c.oid)::float8 as bytes from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
     where c.relkind in ('r', 'i') and (c.relname = any(${TABLES}) or c.oid in (select indexrelid from pg_index where indrelid in (select oid from pg_class where relname = any(${TABLES}))))`;
  const [l] = await sql<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
  return {
    tables: new Map(t.map((r) => [r.relname, { ins: r.ins, upd: r.upd, hot: r.hot, del: r.del }])),
    sizes: new Map(s.map((r) => [r.name, r.bytes])),
    lsn: l!.lsn,
  };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const key = randomBytes(32);
  const db = connectDatabase(database.url, { max: 2 });
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  let gw: Awaited<ReturnType<typeof startProcess>> | null = null;
  try {
    await sql`create extension if not exists pg_walinspect`;
    const { connectionId } = await createBenchLineConnection(db.db, key, SECRET);
    gw = await startProcess(['scripts/launch.mjs', 'gateway'], {
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      ENCRYPTION_KEY: key.toString('base64'),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WHATSAPP_WEB_SESSIONS: 'false',
      NODE_ENV: 'development',
      GATEWAY_PROCESSES: '1',
    });
    const url = `http://127.0.0.1:${gw.port}/webhooks/line/${connectionId}`;
    // Warm-up: every user has an identity, customer and conversation, as in a steady state.
    await drive(url, USERS + 500);
    const waitDrained = async () => {
      for (let i = 0; i < 100; i++) {
        const [p] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where dispatched_at is null`;
        if (p!.n === 0) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await waitDrained();
    await sql`checkpoint`;
    const pids = (await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`).map((r) => r.pid);
    const cpu0 = await Promise.all(pids.map(cpuMs));
    const before = await snapshot(sql);
    // BENCH_PGSTATS_PERF=<file>: a `perf record` of the backends during the measured load (`perf report -i <file>`).
    const perf = process.env.BENCH_PGSTATS_PERF
      ? spawn('perf', ['record', '-F', '499', '-g', '-o', process.env.BENCH_PGSTATS_PERF, '-p', pids.join(',')], { stdio: 'ignore' })
      : null;
    const started = performance.now();
    const ok = await drive(url, MESSAGES);
    if (perf) {
      const exited = new Promise((r) => perf.once('exit', r));
      perf.kill('SIGINT');
      await exited;
    }
    const seconds = (performance.now() - started) / 1000;
    await waitDrained();
    const cpu1 = await Promise.all(pids.map(cpuMs));
    const endLsn = (await sql<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`)[0]!.lsn;
    await stopProcess(gw); // its backends exit and flush their statistics
    gw = null;
    await new Promise((r) => setTimeout(r, 1500));
    const after = await snapshot(sql);
    const per = (n: number) => ((n * 1000) / ok).toFixed(0).padStart(6);
    console.log(`ingest Postgres work: ${ok} messages in ${seconds.toFixed(1)} s (${(ok / seconds).toFixed(0)} msg/s), ${CONNECTIONS} connections, ${USERS} users; Postgres CPU ${((cpu1.reduce((a, b) => a + b, 0) - cpu0.reduce((a, b) => a + b, 0)) / ok).toFixed(3)} ms/msg`);
    console.log('rows per 1,000 messages:   table          ins    upd    hot    del');
    for (const name of TABLES) {
      const zero = { ins: 0, upd: 0, hot: 0, del: 0 };
      const a = { ...zero, ...after.tables.get(name) };
      const b = { ...zero, ...before.tables.get(name) };
      console.log(`  ${name.padEnd(24)} ${per(a.ins - b.ins)} ${per(a.upd - b.upd)} ${per(a.hot - b.hot)} ${per(a.del - b.del)}`);
    }
    console.log('growth per 1,000 messages (kB):');
    for (const [name, bytes] of [...after.sizes].sort()) {
      const d = bytes - (before.sizes.get(name) ?? 0);
      if (d > 0) console.log(`  ${name.padEnd(40)} ${((d * 1000) / ok / 1024).toFixed(1).padStart(8)}`);
    }
    const [dbRow] = await sql<{ oid: number }[]>`select oid::int from pg_database where datname = current_database()`;
    const wal = await sql<{ rel: string | null; rmgr: string; n: number; rec: number; fpi: number }[]>`
      with w as (
        select resource_manager as rmgr, record_length, fpi_length, substring(block_ref from ${`rel \\d+/${dbRow!.oid}/(\\d+)`}) as filenode, xid
          from pg_get_wal_records_info(${before.lsn}::pg_lsn, ${endLsn}::pg_lsn))
      select coalesce(c.relname, case when w.filenode is null then '(no relation: ' || w.rmgr || ')' else 'other' end) as rel, w.rmgr,
             count(*)::float8 as n, sum(w.record_length)::float8 as rec, sum(w.fpi_length)::float8 as fpi
        from w left join pg_class c on c.relfilenode::text = w.filenode
       where w.filenode is not null or (w.rmgr = 'Transaction' and w.xid in (select xid from w where filenode is not null))
       group by 1, 2 order by 4 desc`;
    let rec = 0;
    let fpi = 0;
    console.log('WAL per message (bytes), this database (with the commit records of its transactions), by relation:        records   record B     FPI B');
    for (const r of wal) {
      rec += r.rec;
      fpi += r.fpi;
      if ((r.rec * 1) / ok >= 1) console.log(`  ${`${r.rel} [${r.rmgr}]`.padEnd(60)} ${(r.n / ok).toFixed(2).padStart(8)} ${(r.rec / ok).toFixed(0).padStart(10)} ${(r.fpi / ok).toFixed(0).padStart(9)}`);
    }
    console.log(`  total ${(rec / ok).toFixed(0)} B/msg (of which full-page images ${(fpi / ok).toFixed(0)} B/msg)`);
  } finally {
    if (gw) await stopProcess(gw);
    await sql.end({ timeout: 2 });
    await db.sql.end({ timeout: 2 });
    await deleteRedisPrefix(prefix);
    await database.drop();
  }
}

await main();
