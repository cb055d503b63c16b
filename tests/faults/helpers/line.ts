/** LINE webhooks as the platform sends them (documented fixture, signed), and what a LINE user received (tests/fakes/line-api.ts). */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signLineBody, type FakeLine } from '../../fakes/line-api.js';

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

/** POSTs a signed webhook; returns the status (a platform redelivers on anything but 2xx). */
export async function postLineWebhook(base: string, connectionId: string, channelSecret: string, raw: string): Promise<number> {
  try {
    const res = await fetch(`${base}/webhooks/line/${connectionId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signLineBody(raw, channelSecret) },
      body: raw,
      signal: AbortSignal.timeout(30_000),
    });
    await res.text();
    return res.status;
  } catch {
    return 0;
  }
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
