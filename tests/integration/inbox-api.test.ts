/**
 * What the agent workspace reads beyond plain tickets: canned responses per
 * tenant (the composer's `/`), and the list's activity fields (customer name,
 * unread customer messages, waiting since) and search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
let B: { tenantId: string; apiKey: string };

beforeAll(async () => {
  h = await startHarness({ productWorkers: true });
  A = await h.createTenant('Acme');
  B = await h.createTenant('Other');
}, 90_000);

afterAll(async () => {
  await h?.close();
});

describe('canned responses', () => {
  it('are per tenant: create, list, 409 on a taken shortcut, 400 on bad input, 404 across tenants', async () => {
    const created = await h.api(A.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'refund', text: 'Refunds take 5 working days.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ shortcut: 'refund', text: 'Refunds take 5 working days.' });
    expect((await h.api(A.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'refund', text: 'again' })).status).toBe(409);
    for (const body of [{}, { shortcut: 'has space', text: 'x' }, { shortcut: '/slash', text: 'x' }, { shortcut: 'ok', text: '' }, { shortcut: 'ok', text: 'x'.repeat(4001) }, { shortcut: 'ok', text: 'x', extra: 1 }]) {
      expect((await h.api(A.apiKey, 'POST', '/api/v1/canned-responses', body)).status).toBe(400);
    }
    expect((await h.api(A.apiKey, 'GET', '/api/v1/canned-responses')).body.items.map((c: { shortcut: string }) => c.shortcut)).toEqual(['refund']);
    expect((await h.api(B.apiKey, 'GET', '/api/v1/canned-responses')).body.items).toEqual([]);
    // Another tenant can neither see nor delete it; the same shortcut is free there.
    expect((await h.api(B.apiKey, 'DELETE', `/api/v1/canned-responses/${created.body.id}`)).status).toBe(404);
    expect((await h.api(B.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'refund', text: 'Ours differ.' })).status).toBe(201);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/canned-responses/${created.body.id}`)).status).toBe(204);
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/canned-responses/${created.body.id}`)).status).toBe(404);
    expect((await h.api(A.apiKey, 'DELETE', '/api/v1/canned-responses/not-a-uuid')).status).toBe(400);
  });

  it("an agent deletes only its own; an admin any; an analyst cannot write", async () => {
    const ann = (await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'ann@acme.test', name: 'Ann' })).body as { apiKey: string };
    const bob = (await h.api(A.apiKey, 'POST', '/api/v1/agents', { email: 'bob@acme.test', name: 'Bob' })).body as { apiKey: string };
    const analyst = (await h.api(A.apiKey, 'POST', '/api/v1/api-keys', { role: 'analyst', name: 'bi' })).body as { apiKey: string };
    const mine = (await h.api(ann.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'hello', text: 'Hello, how can I help?' })).body as { id: string };
    expect((await h.api(bob.apiKey, 'DELETE', `/api/v1/canned-responses/${mine.id}`)).status).toBe(403);
    expect((await h.api(analyst.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'x', text: 'y' })).status).toBe(403);
    expect((await h.api(ann.apiKey, 'DELETE', `/api/v1/canned-responses/${mine.id}`)).status).toBe(204);
    const other = (await h.api(bob.apiKey, 'POST', '/api/v1/canned-responses', { shortcut: 'bye', text: 'Goodbye!' })).body as { id: string };
    expect((await h.api(A.apiKey, 'DELETE', `/api/v1/canned-responses/${other.id}`)).status).toBe(204);
  });
});

describe('ticket list for the workspace', () => {
  it('titles name the escalation reason; items carry customer name, unread customer messages and waiting time; q searches', async () => {
    const conn = (await h.api(A.apiKey, 'POST', '/api/v1/channels', { type: 'webchat' })).body.id as string;
    const session = (await (await fetch(`${h.url}/api/v1/webchat/${conn}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
    const say = (text: string, id: string) =>
      fetch(`${h.url}/api/v1/webchat/${conn}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify({ text, clientMessageId: id }) });
    await say('Please let me talk to a human agent about invoice 4711', 'm1');
    const item = await waitFor(async () => {
      const items = (await h.api(A.apiKey, 'GET', '/api/v1/tickets')).body.items as Array<Record<string, unknown>>;
      return items.find((t) => t.conversationId === session.conversationId);
    });
    expect(item.title).toBe('Explicit request for a human: Please let me talk to a human agent about invoice 4711');
    expect(item.customerName).toEqual(expect.any(String));
    expect(item.unread).toBe(1);
    expect(typeof item.waitingSince).toBe('string');
    expect(typeof item.lastMessageAt).toBe('string');

    // Another customer message while waiting: two unread.
    await say('Hello? Anyone there?', 'm2');
    await waitFor(async () => ((await h.api(A.apiKey, 'GET', '/api/v1/tickets')).body.items.find((t: { id: string }) => t.id === item.id)?.unread === 2 ? true : null));

    // An agent answers: nothing waits any more.
    expect((await h.api(A.apiKey, 'POST', `/api/v1/tickets/${item.id}/messages`, { text: 'Here, how can I help?' })).status).toBe(202);
    const answered = (await h.api(A.apiKey, 'GET', '/api/v1/tickets')).body.items.find((t: { id: string }) => t.id === item.id);
    expect(answered.unread).toBe(0);
    expect(answered.waitingSince).toBeNull();

    // Search: words of the title or description, case-insensitive; LIKE wildcards are literal.
    const search = async (q: string) => ((await h.api(A.apiKey, 'GET', `/api/v1/tickets?q=${encodeURIComponent(q)}`)).body.items as Array<{ id: string }>).map((t) => t.id);
    expect(await search('INVOICE 4711')).toEqual([item.id]);
    expect(await search('no such words')).toEqual([]);
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    expect((await h.api(B.apiKey, 'GET', '/api/v1/tickets?q=invoice')).body.items).toEqual([]);
    expect((await h.api(A.apiKey, 'GET', `/api/v1/tickets?q=${'x'.repeat(201)}`)).status).toBe(400);
  }, 60_000);
});
