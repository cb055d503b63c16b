/**
 * The OpenAPI document is generated from the running app's routes and the zod
 * schemas the routes validate with (src/http/openapi/): every registered route
 * is documented (and nothing else), every path parameter declared, every write
 * has its body, and the documented answers hold for real answers of the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentationGaps } from '../../src/http/openapi/document.js';
import { operations } from '../../src/http/openapi/operations.js';
import { startHarness, waitFor, type Harness } from '../helpers/harness.js';

let h: Harness;
let A: { tenantId: string; apiKey: string };
type Doc = { openapi: string; tags: Array<{ name: string }>; paths: Record<string, Record<string, { tags: string[]; parameters?: Array<{ name: string; in: string }>; requestBody?: unknown; responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };
let doc: Doc;

beforeAll(async () => {
  h = await startHarness({ workers: 1 });
  A = await h.createTenant('Docs');
  doc = (await (await fetch(`${h.url}/openapi.json`)).json()) as Doc;
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('the document covers the app', () => {
  it('documents every registered route and nothing that is not one', () => {
    expect(documentationGaps(h.gw.app.app)).toEqual({ undocumented: [], stale: [] });
    const documented = Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(documented).toBe(Object.keys(operations).length);
  });

  it('declares every path parameter, a body for every write that takes one, and groups operations by tag', () => {
    for (const [p, methods] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(methods)) {
        const declared = (op.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name);
        expect(declared, `${method} ${p}`).toEqual(names);
        const key = `${method.toUpperCase()} ${p.replace(/\{([^}]+)\}/g, ':$1')}`;
        expect(Boolean(op.requestBody), `${key} request body`).toBe(Boolean(operations[key]?.body));
        expect(op.tags.length, key).toBe(1);
        expect(op.tags[0]).not.toBe('default');
      }
    }
    expect(doc.paths['/api/v1/tickets/{id}']!.get!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(doc.paths['/api/v1/tickets']!.post!.requestBody).toBeTruthy();
    expect(doc.tags.length).toBeGreaterThan(8);
  });

  it('states the roles each route enforces and the errors it can answer', () => {
    const op = doc.paths['/api/v1/api-keys/{id}']!.delete as unknown as { 'x-roles': string[]; responses: Record<string, unknown> };
    expect(op['x-roles']).toEqual(['admin']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['204', '401', '403', '404']));
    expect((doc.paths['/api/v1/tickets']!.get as unknown as { 'x-roles': string[] })['x-roles']).toEqual(['admin', 'agent', 'supervisor']);
  });

  it('references named response schemas from components', () => {
    for (const name of ['Error', 'Ticket', 'TicketDetail', 'Channel', 'Message', 'Customer', 'Agent', 'KnowledgeBase', 'Document', 'ApiKey']) expect(doc.components.schemas[name], name).toBeTruthy();
    const ticket = doc.paths['/api/v1/tickets/{id}']!.get!.responses['200'] as { content: Record<string, { schema: { $ref: string } }> };
    expect(ticket.content['application/json']!.schema.$ref).toBe('#/components/schemas/TicketDetail');
    // Every $ref points at a schema that exists.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z0-9_]+/g) ?? [];
    for (const r of new Set(refs)) expect(doc.components.schemas[r.split('/').pop()!], r).toBeTruthy();
  });
});

describe('documented answers are the real answers', () => {
  /** Calls the API and checks the answer against the schema documented for `key` and its status. */
  async function call(key: string, url: string, body?: unknown, bearer = A.apiKey): Promise<any> {
    const [method] = key.split(' ');
    const res = await fetch(`${h.url}${url}`, { method, headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const op = operations[key];
    expect(op, key).toBeTruthy();
    const documented = op!.ok[res.status];
    expect(documented, `${key} answered ${res.status}: ${text.slice(0, 300)}`).toBeTruthy();
    if (documented instanceof z.ZodType) {
      const parsed = documented.safeParse(JSON.parse(text));
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), key).toEqual([]);
    }
    return text ? JSON.parse(text) : undefined;
  }

  it('holds for channels, conversations, messages, tickets, customers, knowledge, people and rules', async () => {
    const conn = await call('POST /api/v1/channels', '/api/v1/channels', { type: 'webchat', name: 'Site' });
    const s = (await (await fetch(`${h.url}/api/v1/webchat/${conn.id}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
    await call('POST /api/v1/webchat/:connectionId/messages', `/api/v1/webchat/${conn.id}/messages`, { text: 'hello there', clientMessageId: 'c1' }, s.token);
    await waitFor(async () => ((await h.api(A.apiKey, 'GET', `/api/v1/conversations/${s.conversationId}/messages`)).body.items as unknown[]).length >= 2);

    await call('GET /api/v1/channels', '/api/v1/channels');
    await call('GET /api/v1/channels/:id', `/api/v1/channels/${conn.id}`);
    await call('GET /api/v1/channels/:id/bot', `/api/v1/channels/${conn.id}/bot`);
    await call('PUT /api/v1/channels/:id/bot', `/api/v1/channels/${conn.id}/bot`, { botName: 'Ava', widget: { color: '#0b6e4f', position: 'left' } });
    await call('GET /api/v1/webchat/:connectionId/config', `/api/v1/webchat/${conn.id}/config`);
    await call('GET /api/v1/conversations', '/api/v1/conversations');
    await call('GET /api/v1/conversations/:id', `/api/v1/conversations/${s.conversationId}`);
    await call('GET /api/v1/conversations/:id/messages', `/api/v1/conversations/${s.conversationId}/messages`);

    const customers = await call('GET /api/v1/customers', '/api/v1/customers');
    const customerId = customers.items[0].id as string;
    await call('GET /api/v1/customers/:id', `/api/v1/customers/${customerId}`);
    await call('PATCH /api/v1/customers/:id', `/api/v1/customers/${customerId}`, { email: 'Pat@Example.COM' });

    const ticket = await call('POST /api/v1/tickets', '/api/v1/tickets', { customerId, subject: 'Printer on fire', priority: 'high' });
    await call('GET /api/v1/tickets', '/api/v1/tickets');
    await call('PATCH /api/v1/tickets/:id', `/api/v1/tickets/${ticket.id}`, { tags: ['hardware'] });
    await call('POST /api/v1/tickets/:id/notes', `/api/v1/tickets/${ticket.id}/notes`, { text: 'checked the logs' });
    await call('GET /api/v1/tickets/:id', `/api/v1/tickets/${ticket.id}`);
    const taken = await call('POST /api/v1/conversations/:id/takeover', `/api/v1/conversations/${s.conversationId}/takeover`);
    await call('POST /api/v1/tickets/:id/messages', `/api/v1/tickets/${taken.id}/messages`, { text: 'Hello, this is a person.' });
    await call('POST /api/v1/tickets/:id/close', `/api/v1/tickets/${taken.id}/close`);
    await call('GET /api/v1/ticket-categories', '/api/v1/ticket-categories');

    const agent = await call('POST /api/v1/agents', '/api/v1/agents', { email: 'ana@docs.test', name: 'Ana' });
    await call('GET /api/v1/agents', '/api/v1/agents');
    await call('PATCH /api/v1/agents/:id', `/api/v1/agents/${agent.id}`, { role: 'supervisor' });
    await call('GET /api/v1/agents/:id/notification-preferences', `/api/v1/agents/${agent.id}/notification-preferences`);
    await call('PUT /api/v1/agents/:id/notification-preferences', `/api/v1/agents/${agent.id}/notification-preferences`, { teamSlaBreach: false });
    await call('GET /api/v1/me/notification-preferences', '/api/v1/me/notification-preferences');
    await call('PUT /api/v1/me/notification-preferences', '/api/v1/me/notification-preferences', { mention: false });
    const team = await call('POST /api/v1/teams', '/api/v1/teams', { name: 'Support', memberIds: [agent.id] });
    await call('GET /api/v1/teams/:id', `/api/v1/teams/${team.id}`);
    const key = await call('POST /api/v1/api-keys', '/api/v1/api-keys', { name: 'ci', role: 'analyst' });
    await call('GET /api/v1/api-keys', '/api/v1/api-keys');
    await call('DELETE /api/v1/api-keys/:id', `/api/v1/api-keys/${key.id}`);

    const kb = await call('POST /api/v1/knowledge-bases', '/api/v1/knowledge-bases', { name: 'Help' });
    const doc1 = await call('POST /api/v1/knowledge-bases/:id/documents', `/api/v1/knowledge-bases/${kb.id}/documents`, { title: 'Refunds', content: '# Refunds\nRefunds take five days.' });
    await call('GET /api/v1/knowledge-bases/:id/documents', `/api/v1/knowledge-bases/${kb.id}/documents`);
    await call('GET /api/v1/knowledge-bases/:id/documents/:docId', `/api/v1/knowledge-bases/${kb.id}/documents/${doc1.id}`);
    await call('GET /api/v1/knowledge-bases', '/api/v1/knowledge-bases');

    await call('POST /api/v1/custom-fields', '/api/v1/custom-fields', { entity: 'ticket', key: 'order', label: 'Order', type: 'text' });
    await call('GET /api/v1/custom-fields', '/api/v1/custom-fields');
    await call('GET /api/v1/escalation-rules', '/api/v1/escalation-rules');
    await call('GET /api/v1/audit-log', '/api/v1/audit-log');
    await call('GET /api/v1/ai-logs', `/api/v1/ai-logs?conversationId=${s.conversationId}`);
    await call('GET /api/v1/communication-log', '/api/v1/communication-log');
    await call('GET /api/v1/tenant', '/api/v1/tenant');
    await call('GET /api/v1/me', '/api/v1/me');
    await call('GET /api/v1/auth/me', '/api/v1/auth/me');
    await call('POST /api/v1/canned-responses', '/api/v1/canned-responses', { shortcut: 'hello', text: 'Hello! How can I help?' });
    await call('GET /api/v1/canned-responses', '/api/v1/canned-responses');
    await call('GET /health', '/health');
  }, 120_000);
});
