/**
 * Web chat traffic for fault tests, and the checks every fault test ends with.
 *
 * A visitor behaves like the widget (and like a platform redelivering a
 * webhook): a message is re-posted with the same clientMessageId until the
 * gateway answers 2xx, waiting a little after a 5xx or a refused connection.
 * The next message of a conversation is sent only once the previous one was
 * accepted, so "accepted order" is well defined per conversation.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { openSse, type SseClient } from '../../helpers/sse.js';

export interface PostOutcome {
  status: number | 'network-error';
  retryAfter: string | null;
  /** For a network error: what failed, so a failed run tells a timeout from a dropped connection, and on which path. */
  network?: NetworkFailure;
}

/** A post that got no HTTP answer: the gateway and path, how long it waited, and the error (TimeoutError, or the socket error code under `cause`). */
export interface NetworkFailure {
  base: string;
  path: string;
  elapsedMs: number;
  error: string;
  /** e.g. ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET (undici's "other side closed"). */
  code?: string;
  cause?: string;
  /** Wall-clock time the attempt started (ISO), to match it against the gateways' logs and the outages. */
  startedAt: string;
}

/** Describes a fetch failure of `url` that started at `started` (Date.now()). */
export function networkFailure(url: string, started: number, err: unknown): NetworkFailure {
  const u = new URL(url);
  const e = err as { name?: string; message?: string; code?: unknown; cause?: { name?: string; code?: unknown; message?: string } };
  // A socket error's code (a TimeoutError's numeric DOMException code says nothing more than its name).
  const code = [e?.code, e?.cause?.code].find((c): c is string => typeof c === 'string');
  return {
    base: u.origin,
    path: u.pathname.replace(/\/[0-9a-f-]{36}(?=\/|$)/g, '/:id'),
    elapsedMs: Date.now() - started,
    error: `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`,
    ...(code ? { code } : {}),
    ...(e?.cause ? { cause: `${e.cause.name ?? 'Error'}: ${e.cause.message ?? ''}` } : {}),
    startedAt: new Date(started).toISOString(),
  };
}

/** Counts over a whole test: what the gateway answered to every post attempt. */
export class Ledger {
  attempts: PostOutcome[] = [];
  accepted = 0;
  /** Accepted posts per gateway base URL. */
  acceptedBy = new Map<string, number>();
  /** Checked between retries: a reason to stop at once (e.g. a process that should be up died). */
  fatal: () => string | null | undefined = () => null;
  get rejected5xx(): number {
    return this.attempts.filter((a) => typeof a.status === 'number' && a.status >= 500).length;
  }
  get networkErrors(): number {
    return this.attempts.filter((a) => a.status === 'network-error').length;
  }
  /** 5xx answers without a Retry-After header, or anything other than 503. */
  get badOutageAnswers(): PostOutcome[] {
    return this.attempts.filter((a) => typeof a.status === 'number' && a.status >= 500 && (a.status !== 503 || a.retryAfter === null));
  }
  /** What each network error was (see {@link NetworkFailure}). */
  get networkFailures(): NetworkFailure[] {
    return this.attempts.flatMap((a) => (a.network ? [a.network] : []));
  }
  summary(): Record<string, unknown> {
    return { attempts: this.attempts.length, accepted: this.accepted, rejected5xx: this.rejected5xx, networkErrors: this.networkErrors, networkFailures: this.networkFailures };
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function attempt(url: string, init: RequestInit): Promise<{ res: Response | null; outcome: PostOutcome }> {
  const started = Date.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    return { res, outcome: { status: res.status, retryAfter: res.headers.get('retry-after') } };
  } catch (err) {
    return { res: null, outcome: { status: 'network-error', retryAfter: null, network: networkFailure(url, started, err) } };
  }
}

export interface Visitor {
  base: string;
  connectionId: string;
  token: string;
  conversationId: string;
  visitorId: string;
  /** Texts accepted (2xx), in the order they were accepted. */
  accepted: string[];
  stream: SseClient;
}

/** Retries until 2xx; a 4xx is a test failure (bad input is never an outage answer). */
async function untilAccepted(ledger: Ledger, urls: () => string, init: RequestInit, what: string, deadlineMs = 120_000): Promise<Response> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const { res, outcome } = await attempt(urls(), init);
    ledger.attempts.push(outcome);
    if (res && res.status >= 200 && res.status < 300) return res;
    const fatal = ledger.fatal();
    if (fatal) throw new Error(`${what}: giving up: ${fatal}`);
    if (res && res.status >= 400 && res.status < 500) throw new Error(`${what}: ${res.status} ${await res.text()}`);
    await res?.text().catch(() => undefined);
    if (Date.now() > deadline) throw new Error(`${what}: never accepted (last answer ${JSON.stringify(outcome)})`);
    await pause(300 + Math.floor(Math.random() * 300));
  }
}

/** Opens a web chat session and its SSE stream on `bases[i % n]` (sessions are retried through outages too). */
export async function newVisitor(ledger: Ledger, bases: string[], connectionId: string, i: number): Promise<Visitor> {
  const base = bases[i % bases.length]!;
  const res = await untilAccepted(
    ledger,
    () => `${base}/api/v1/webchat/${connectionId}/sessions`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    'web chat session',
  );
  const s = (await res.json()) as { token: string; conversationId: string; visitorId: string };
  const stream = await openSse(`${base}/api/v1/webchat/${connectionId}/stream?token=${encodeURIComponent(s.token)}`);
  await stream.waitFor((e) => e.event === 'ready', 30_000);
  return { base, connectionId, token: s.token, conversationId: s.conversationId, visitorId: s.visitorId, accepted: [], stream };
}

/**
 * Posts messages for a visitor, one after the other, each retried until accepted:
 * at least `min`, and more while `keepGoing()` (e.g. until a fault loop is over).
 * `bases` spreads the posts over several gateways (post k goes to bases[k % n]).
 */
export async function converse(
  ledger: Ledger,
  v: Visitor,
  opts: { min: number; keepGoing?: () => boolean; bases?: string[]; label: string; gapMs?: number; max?: number },
): Promise<void> {
  const bases = opts.bases ?? [v.base];
  for (let k = 0; k < (opts.max ?? 200) && (k < opts.min || opts.keepGoing?.()); k++) {
    const text = `${opts.label} message ${k}`;
    const init: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${v.token}` },
      body: JSON.stringify({ text, clientMessageId: `${opts.label}-${k}` }),
    };
    let tries = 0;
    let used = bases[0]!;
    await untilAccepted(ledger, () => `${(used = bases[(k + tries++) % bases.length]!)}/api/v1/webchat/${v.connectionId}/messages`, init, `post ${text}`);
    ledger.accepted++;
    ledger.acceptedBy.set(used, (ledger.acceptedBy.get(used) ?? 0) + 1);
    v.accepted.push(text);
    if (opts.gapMs) await pause(opts.gapMs + Math.floor(Math.random() * opts.gapMs));
  }
}

/**
 * A last message per visitor, answered after everything else: a duplicate of an
 * earlier reply would be published before it, so once every barrier reply is on
 * its stream, the streams are complete and can be checked for duplicates.
 */
export async function barrier(ledger: Ledger, ck: Checker, visitors: Visitor[]): Promise<void> {
  await Promise.all(visitors.map((v, i) => converse(ledger, v, { min: 1, label: `barrier-${i}` })));
  await waitForAllAnswers(ck, visitors);
}

/** The echo responder's reply to `text` contains it verbatim. */
const repliedTo = (reply: string, texts: string[]) => texts.find((t) => reply.includes(`"${t}"`));

export interface OnceReport {
  conversations: number;
  accepted: number;
  storedInbound: number;
  answeredInDb: number;
  seenOnStreams: number;
  problems: string[];
}

export interface Checker {
  sql: postgres.Sql;
  queue: Queue;
  close(): Promise<void>;
}

export function checker(databaseUrl: string, redisUrl: string, prefix: string): Checker {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  const queue = new Queue('conversation', { connection: redis, prefix });
  queue.on('error', () => undefined);
  return {
    sql,
    queue,
    async close() {
      await queue.close().catch(() => undefined);
      redis.disconnect();
      await sql.end({ timeout: 2 });
    },
  };
}

/** What is left to do anywhere (undispatched outbox rows, pending messages, unfinished jobs); null when nothing. */
export async function leftToDo(ck: Checker): Promise<string | null> {
  try {
    const [row] = await ck.sql<{ outbox: number; inbound: number; outbound: number }[]>`
      select (select count(*)::int from outbox where dispatched_at is null) as outbox,
             (select count(*)::int from messages where direction = 'in' and processing_status = 'pending') as inbound,
             (select count(*)::int from messages where direction = 'out' and delivery_status = 'pending') as outbound`;
    const counts = await ck.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    const busy = Object.values(counts).some((n) => n > 0);
    if (!row || row.outbox > 0 || row.inbound > 0 || row.outbound > 0 || busy) {
      const active = counts.active ? (await ck.queue.getActive()).map((j) => `${j.id}@${j.processedOn ?? '?'}`) : [];
      return JSON.stringify({ ...row, jobs: counts, active });
    }
    return null;
  } catch (err) {
    return `cannot tell: ${(err as Error).message}`;
  }
}

/**
 * The database side of "stored once, answered exactly once, in order" for one
 * conversation: one inbound row per accepted text (in accepted order, no
 * platform id twice), one sent reply per inbound, replies in the same order.
 * Returns the problems found and how many inbound messages were answered.
 */
export async function checkConversationInDb(ck: Checker, conversationId: string, accepted: string[]): Promise<{ stored: number; answered: number; problems: string[] }> {
  const problems: string[] = [];
  const inbound = await ck.sql<{ id: string; text: string; platform_message_id: string }[]>`
    select id, text, platform_message_id from messages
    where conversation_id = ${conversationId} and direction = 'in' order by seq`;
  const out = await ck.sql<{ text: string; in_reply_to: string | null; delivery_status: string }[]>`
    select text, in_reply_to, delivery_status from messages
    where conversation_id = ${conversationId} and direction = 'out' order by seq`;
  const inTexts = inbound.map((m) => m.text);
  if (JSON.stringify(inTexts) !== JSON.stringify(accepted)) problems.push(`${conversationId}: stored inbound ${JSON.stringify(inTexts)} != accepted ${JSON.stringify(accepted)}`);
  if (new Set(inbound.map((m) => m.platform_message_id)).size !== inbound.length) problems.push(`${conversationId}: a platform message id stored twice`);
  let answered = 0;
  for (const m of inbound) {
    const replies = out.filter((o) => o.in_reply_to === m.id);
    if (replies.length !== 1) problems.push(`${conversationId}: "${m.text}" has ${replies.length} replies in the database`);
    else if (replies[0]!.delivery_status !== 'sent') problems.push(`${conversationId}: reply to "${m.text}" is ${replies[0]!.delivery_status}`);
    else answered++;
  }
  const order = out.map((o) => repliedTo(o.text, accepted));
  if (JSON.stringify(order) !== JSON.stringify(accepted)) problems.push(`${conversationId}: replies recorded in order ${JSON.stringify(order)}`);
  return { stored: inbound.length, answered, problems };
}

/** Checks what the customer saw: one reply per accepted text, in order (`seen` = reply texts as received). */
export function checkSeen(who: string, seen: string[], accepted: string[]): string[] {
  const order = seen.map((t) => repliedTo(t, accepted));
  return JSON.stringify(order) === JSON.stringify(accepted) ? [] : [`${who}: the customer saw ${JSON.stringify(order)}, expected ${JSON.stringify(accepted)}`];
}

/**
 * Every accepted message stored once and answered exactly once, in order: in
 * the database and on the visitor's SSE stream (what the customer saw).
 */
export async function checkExactlyOnce(ck: Checker, visitors: Visitor[]): Promise<OnceReport> {
  const report: OnceReport = { conversations: visitors.length, accepted: 0, storedInbound: 0, answeredInDb: 0, seenOnStreams: 0, problems: [] };
  for (const v of visitors) {
    const db = await checkConversationInDb(ck, v.conversationId, v.accepted);
    const seen = (v.stream.messages().filter((m: { direction?: string }) => m.direction === 'out') as Array<{ text: string }>).map((m) => m.text);
    report.accepted += v.accepted.length;
    report.storedInbound += db.stored;
    report.answeredInDb += db.answered;
    report.seenOnStreams += seen.length;
    report.problems.push(...db.problems, ...checkSeen(v.conversationId, seen, v.accepted));
  }
  return report;
}

/** Waits (polling) until every visitor's stream shows a reply per accepted message and nothing is left to do. */
export async function waitForAllAnswers(ck: Checker, visitors: Visitor[], timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const streamsDone = visitors.every((v) => v.stream.messages().filter((m: { direction?: string }) => m.direction === 'out').length >= v.accepted.length);
    const left = await leftToDo(ck);
    if (streamsDone && left === null) return;
    if (Date.now() > deadline) {
      const missing = visitors.map((v) => `${v.conversationId}: ${v.stream.messages().filter((m: { direction?: string }) => m.direction === 'out').length}/${v.accepted.length}`);
      throw new Error(`not every accepted message was answered in time (left: ${left ?? 'nothing'}; replies seen/accepted per conversation below):\n${missing.join('\n')}`);
    }
    await pause(250);
  }
}
