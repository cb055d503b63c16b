/** LINE webhooks as the platform sends them (documented fixture, signed), and what a LINE user received (tests/fakes/line-api.ts). */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signLineBody, type FakeLine } from '../../fakes/line-api.js';
import { checkConversationInDb, checkSeen, leftToDo, networkFailure, type Checker, type Ledger, type NetworkFailure } from './traffic.js';

export const newLineUserId = () => `U${randomBytes(16).toString('hex')}`;
let nextMessageId = 700_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1_000_000)) * 1000n;

/**
 * A text message webhook body from `userId`. `fresh`: stamped now, so the gateway
 * answers with the reply token; otherwise the fixture's 2016 timestamp makes the
 * token stale and the gateway pushes (with X-Line-Retry-Key).
 */
export function lineTextBody(destination: string, userId: string, text: string, fresh: boolean): string {
  const body = JSON.parse(readFileSync(new URL('../../fixtures/line/text-user.json', import.meta.url), 'utf8')) as {
    destination: string;
    events: Array<Record<string, unknown>>;
  };
  const event = body.events[0]!;
  event.webhookEventId = `01F${randomBytes(12).toString('hex').toUpperCase()}`.slice(0, 26);
  event.replyToken = randomBytes(16).toString('hex');
  if (fresh) event.timestamp = Date.now();
  event.source = { type: 'user', userId };
  event.message = { ...(event.message as object), id: String(nextMessageId++), text };
  body.destination = destination;
  return JSON.stringify(body);
}

/**
 * POSTs a signed webhook; returns the status (0: no answer, then `network` says
 * what failed) and Retry-After (a platform redelivers on anything but 2xx).
 */
export async function postLineWebhook(
  base: string,
  connectionId: string,
  channelSecret: string,
  raw: string,
): Promise<{ status: number; retryAfter: string | null; network?: NetworkFailure }> {
  const url = `${base}/webhooks/line/${connectionId}`;
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signLineBody(raw, channelSecret) },
      body: raw,
      signal: AbortSignal.timeout(30_000),
    });
    await res.text();
    return { status: res.status, retryAfter: res.headers.get('retry-after') };
  } catch (err) {
    return { status: 0, retryAfter: null, network: networkFailure(url, started, err) };
  }
}

export interface LineUser {
  id: string;
  /** Fresh events are answered with their reply token, stale ones by push. */
  fresh: boolean;
  raws: string[];
  accepted: string[];
}

export const newLineUser = (fresh: boolean): LineUser => ({ id: newLineUserId(), fresh, raws: [], accepted: [] });

export interface LineTarget {
  fake: FakeLine;
  bases: string[];
  connectionId: string;
  channelSecret: string;
}

/**
 * A LINE user sending messages one after the other, each webhook redelivered
 * (same body, same webhookEventId) until the gateway answers 200, as LINE does.
 */
export async function lineConverse(ledger: Ledger, t: LineTarget, u: LineUser, opts: { min: number; keepGoing?: () => boolean; label: string }): Promise<void> {
  for (let k = 0; k < 100 && (k < opts.min || opts.keepGoing?.()); k++) {
    const text = `${opts.label} message ${k}`;
    const raw = lineTextBody(t.fake.botInfo.userId, u.id, text, u.fresh);
    const deadline = Date.now() + 120_000;
    for (let tries = 0; ; tries++) {
      const base = t.bases[(k + tries) % t.bases.length]!;
      const { status, retryAfter, network } = await postLineWebhook(base, t.connectionId, t.channelSecret, raw);
      ledger.attempts.push({ status: status === 0 ? 'network-error' : status, retryAfter, ...(network ? { network } : {}) });
      if (status === 200) break;
      if (status >= 400 && status < 500) throw new Error(`LINE webhook ${text}: ${status}`);
      const fatal = ledger.fatal();
      if (fatal) throw new Error(`LINE webhook ${text}: giving up: ${fatal}`);
      if (Date.now() > deadline) throw new Error(`LINE webhook ${text} never accepted`);
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 300));
    }
    ledger.accepted++;
    u.raws.push(raw);
    u.accepted.push(text);
    await new Promise((r) => setTimeout(r, 150 + Math.random() * 150));
  }
}

export const lineReceived = (fake: FakeLine, u: LineUser): string[] => receivedBy(fake, u.id, replyTokensOf(u.raws));

/** Polls until every LINE user received a reply per accepted message and nothing is left to do. */
export async function waitForLineReplies(fake: FakeLine, ck: Checker, users: LineUser[], timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (users.some((u) => lineReceived(fake, u).length < u.accepted.length) || (await leftToDo(ck)) !== null) {
    if (Date.now() > deadline) {
      throw new Error(`LINE replies missing: ${users.map((u) => `${lineReceived(fake, u).length}/${u.accepted.length}`).join(', ')}; left: ${await leftToDo(ck)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Database and LINE-side checks for each user: stored once, answered once, received once, in order. */
export async function checkLineUsers(fake: FakeLine, ck: Checker, users: LineUser[]): Promise<{ accepted: number; answered: number; received: number; problems: string[] }> {
  const out = { accepted: 0, answered: 0, received: 0, problems: [] as string[] };
  for (const u of users) {
    out.accepted += u.accepted.length;
    const [row] = await ck.sql<{ conversation_id: string }[]>`select conversation_id from messages where direction = 'in' and text = ${u.accepted[0] ?? ''}`;
    if (!row) {
      out.problems.push(`LINE ${u.id}: no stored message`);
      continue;
    }
    const db = await checkConversationInDb(ck, row.conversation_id, u.accepted);
    const seen = lineReceived(fake, u);
    out.answered += db.answered;
    out.received += seen.length;
    out.problems.push(...db.problems, ...checkSeen(`LINE ${u.id}`, seen, u.accepted));
  }
  return out;
}

/** Texts a LINE user actually received: accepted pushes to them and accepted replies (a 409 on a repeated retry key is not a delivery). */
export function receivedBy(fake: FakeLine, userId: string, replyTokens: string[]): string[] {
  return fake.deliveries
    .filter((d) => d.to === userId || (d.replyToken !== undefined && replyTokens.includes(d.replyToken)))
    .flatMap((d) => d.messages.map((m) => (m as { text?: string }).text ?? ''));
}

/** Reply tokens of the webhooks in `raws` (to match reply deliveries to a user). */
export const replyTokensOf = (raws: string[]): string[] =>
  raws.flatMap((r) => (JSON.parse(r) as { events: Array<{ replyToken?: string }> }).events.map((e) => e.replyToken ?? ''));
