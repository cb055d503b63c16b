/** Posting platform webhooks to the running gateway, and checking that a connected channel never shows its secrets. */
import { expect } from 'vitest';
import { decryptWebhookSecret } from '../../src/connections/connection.service.js';
import type { channelConnections } from '../../drizzle/schema.js';
import type { Harness } from './harness.js';

/** The gateway's answer to a platform webhook. */
export interface WebhookAnswer {
  status: number;
  body: { ok?: boolean; stored?: number; duplicates?: number; ignored?: number; error?: { code: string; message: string } };
}

/** POSTs a raw webhook body with the platform's `headers` (content-type `application/json` unless they set one) and reads the JSON answer. */
export async function postRawWebhook(url: string, raw: string, headers: Record<string, string> = {}): Promise<WebhookAnswer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  return { status: res.status, body: (await res.json()) as WebhookAnswer['body'] };
}

/**
 * Expects none of `secrets` nor the connection's webhook secret in any API
 * view of a new connection (the create answer, GET one, GET the list), no
 * `credentials` field in the create answer, and none of `secrets` in clear in
 * the stored (encrypted) credentials.
 */
export async function expectSecretsNeverShown(
  h: Harness,
  apiKey: string,
  created: { id: string; credentials?: unknown },
  row: typeof channelConnections.$inferSelect,
  secrets: string[],
): Promise<void> {
  const views = [created, (await h.api(apiKey, 'GET', `/api/v1/channels/${created.id}`)).body, (await h.api(apiKey, 'GET', '/api/v1/channels')).body];
  const webhookSecret = decryptWebhookSecret(h.config.security.encryptionKey, row);
  for (const view of views) {
    const json = JSON.stringify(view);
    for (const secret of [...secrets, webhookSecret]) expect(json).not.toContain(secret);
  }
  expect(created.credentials).toBeUndefined();
  for (const secret of secrets) expect(row.credentialsEnc).not.toContain(secret);
}

/** A web chat visitor: a fresh session on `connectionId`, and `say(text)` that posts a message (202 expected) and returns its id. */
export async function webchatVisitor(baseUrl: string, connectionId: string): Promise<{ token: string; conversationId: string; say: (text: string) => Promise<string> }> {
  const s = (await (await fetch(`${baseUrl}/api/v1/webchat/${connectionId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  let n = 0;
  const say = async (text: string): Promise<string> => {
    const r = await fetch(`${baseUrl}/api/v1/webchat/${connectionId}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: `m${n++}` }) });
    if (r.status !== 202) throw new Error(`web chat message answered ${r.status}, expected 202`);
    return ((await r.json()) as { messageId: string }).messageId;
  };
  return { ...s, say };
}
