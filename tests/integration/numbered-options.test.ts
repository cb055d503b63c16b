/** Buttons a channel cannot show become numbered text; the customer's "3" comes back as that button's reply. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { messages } from '../../drizzle/schema.js';
import type { Responder, ResponderInput, ResponderResult } from '../../src/conversation/responder.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

const seen: ResponderInput[] = [];
const responder: Responder = {
  name: 'menu-test',
  async respond(input): Promise<ResponderResult> {
    seen.push(input);
    if (input.message.text === 'menu') {
      const buttons = Array.from({ length: 12 }, (_, i) => ({ title: `Choice ${i + 1}`, payload: `choice-${i + 1}` }));
      return { drafts: [{ kind: 'buttons', text: 'Pick one', buttons, senderType: 'bot' }], model: 'test' };
    }
    return { drafts: [{ kind: 'text', text: `got ${input.message.kind}:${String(input.message.payload.buttonPayload ?? input.message.text)}`, senderType: 'bot' }], model: 'test' };
  },
};

let h: Harness;
let conn: string;
beforeAll(async () => {
  h = await startHarness({ responder });
  const t = await h.createTenant();
  conn = (await h.api(t.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id;
});
afterAll(async () => h?.close());

it('maps a typed number to the numbered option it answers', async () => {
  const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
  const post = (text: string, id: string) =>
    fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text, clientMessageId: id }) });
  const outs = (n: number) =>
    waitFor(async () => {
      const rows = await h.c.database.db.select().from(messages).where(and(eq(messages.conversationId, s.conversationId), eq(messages.direction, 'out'))).orderBy(asc(messages.seq));
      return rows.length >= n && rows.every((r) => r.deliveryStatus === 'sent') ? rows : null;
    });
  await post('menu', 'n-1');
  const [menu] = await outs(1);
  // 12 buttons exceed web chat's 10: numbered text.
  expect(menu?.kind).toBe('text');
  expect(menu?.text).toContain('12. Choice 12');
  await post('3', 'n-2');
  const after = await outs(2);
  expect(after[1]?.text).toBe('got button_reply:choice-3');
  const stored = seen[1]!;
  expect(stored.message).toMatchObject({ kind: 'button_reply', text: 'Choice 3', payload: { buttonPayload: 'choice-3', typed: '3' } });
  // A number that matches nothing stays text.
  await post('42', 'n-3');
  const last = await outs(3);
  expect(last[2]?.text).toBe('got text:42');
});
