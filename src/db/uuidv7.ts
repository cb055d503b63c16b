/**
 * Time-ordered UUIDs (version 7, RFC 9562 §5.7) for the rows ingest writes at
 * message rate. A random (v4) primary key lands each insert on a random leaf
 * of the btree: once the index outgrows memory every insert reads and dirties
 * a different page, and after each checkpoint writes that page whole to the
 * WAL. A v7 id starts with the Unix time in milliseconds, so new keys go to
 * the right-most leaves, which stay hot.
 *
 * Ids from one process are strictly increasing: within a millisecond the
 * 12-bit `rand_a` field is a counter (RFC 9562 §6.2, method 1) started at a
 * random value below 2048; when it runs out the timestamp borrows the next
 * millisecond. The last 62 bits are random. The database default is the SQL
 * twin `uuid_generate_v7()` (drizzle/migrations/0023_*.sql).
 */
import { randomFillSync } from 'node:crypto';

const POOL_IDS = 256;
const pool = Buffer.alloc(POOL_IDS * 8);
let poolAt = POOL_IDS;
let lastMs = -1;
let counter = 0;
const scratch = new Uint8Array(16);
const hex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function randomTail(out: Uint8Array): void {
  if (poolAt === POOL_IDS) {
    randomFillSync(pool);
    poolAt = 0;
  }
  pool.copy(out, 8, poolAt * 8, poolAt * 8 + 8);
  poolAt++;
}

/** A new UUIDv7, greater than every one this process made before (`now` for tests). */
export function uuidv7(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    randomTail(scratch);
    counter = ((scratch[8]! << 8) | scratch[9]!) & 0x7ff;
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  const b = scratch;
  const ms = lastMs;
  b[0] = Math.floor(ms / 2 ** 40) & 0xff;
  b[1] = Math.floor(ms / 2 ** 32) & 0xff;
  b[2] = (ms >>> 24) & 0xff;
  b[3] = (ms >>> 16) & 0xff;
  b[4] = (ms >>> 8) & 0xff;
  b[5] = ms & 0xff;
  b[6] = 0x70 | (counter >>> 8);
  b[7] = counter & 0xff;
  randomTail(b);
  b[8] = 0x80 | (b[8]! & 0x3f);
  let s = '';
  for (let i = 0; i < 16; i++) {
    s += hex[b[i]!]!;
    if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
  }
  return s;
}

/** The millisecond timestamp a UUIDv7 carries. */
export function uuidv7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
