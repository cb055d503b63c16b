/**
 * A throwaway PostgreSQL cluster (Debian's postgresql-common tools) on a spare
 * port, that a test may crash (`stop -m immediate`: every backend dies at
 * once, the next start replays the WAL) and start again. Trust auth, pgvector
 * available (the extension is installed for the server version). Dropped in
 * teardown; clusters left behind by a killed run are dropped after an hour.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from '../../helpers/harness.js';

const run = promisify(execFile);
const PREFIX = 'gwfault_';

export interface PgCluster {
  version: string;
  name: string;
  port: number;
  /** URL of `database` on this cluster. */
  url(database: string): string;
  /** Kills every Postgres process of the cluster at once (no shutdown checkpoint), like a crash. */
  crash(): Promise<void>;
  start(): Promise<void>;
  isUp(): Promise<boolean>;
  drop(): Promise<void>;
}

async function serverVersion(): Promise<string> {
  const versions = readdirSync('/etc/postgresql').filter((v) => /^\d+$/.test(v));
  const v = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!v) throw new Error('no PostgreSQL server version under /etc/postgresql (Debian postgresql-common is needed)');
  return v;
}

async function dropStale(version: string): Promise<void> {
  const dir = `/etc/postgresql/${version}`;
  for (const name of readdirSync(dir).filter((n) => n.startsWith(PREFIX))) {
    try {
      if (Date.now() - statSync(`${dir}/${name}`).mtimeMs < 3_600_000) continue;
      await run('pg_dropcluster', [version, name, '--stop']);
    } catch {
      /* another run's, or already gone */
    }
  }
}

export async function createPgCluster(): Promise<PgCluster> {
  const version = await serverVersion();
  await dropStale(version);
  const name = `${PREFIX}${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  // fsync off: a process crash (what these tests do) loses nothing without it, and the shared disk stays quiet.
  try {
    await run('pg_createcluster', [version, name, '-p', String(port), '--start', '-o', 'fsync=off', '--', '--auth=trust']);
  } catch (err) {
    await run('pg_dropcluster', [version, name, '--stop']).catch(() => undefined);
    throw err;
  }
  const ctl = (...args: string[]) => run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, ...args]);
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const cluster: PgCluster = {
    version,
    name,
    port,
    url,
    async crash() {
      await ctl('stop', '-m', 'immediate');
    },
    async start() {
      await ctl('start');
    },
    async isUp() {
      const sql = postgres(url('postgres'), { max: 1, connect_timeout: 2, onnotice: () => {} });
      try {
        await sql`select 1`;
        return true;
      } catch {
        return false;
      } finally {
        await sql.end({ timeout: 1 });
      }
    },
    async drop() {
      await run('pg_dropcluster', [version, name, '--stop']);
    },
  };
  return cluster;
}
