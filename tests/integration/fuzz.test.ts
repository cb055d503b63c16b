/**
 * "A request can never produce a 500 through its content", as properties
 * (fast-check) against the running gateway:
 *
 * - every webhook normaliser (each channel of the adapter registry with
 *   webhooks, signed as the platform would with the contract kits): random
 *   JSON, random bytes, and mutations of the documented sample payload (fields
 *   removed, replaced by other types, huge strings, invalid code points, deep
 *   nesting, wrong ids) → 2xx/4xx only; WeChat's XML the same way (elements
 *   removed, repeated, added, replaced by hostile text in CDATA or raw, cut
 *   short, entity definitions), in plain and in safe (encrypted) mode;
 * - a valid signed webhook whose text holds NUL and other invalid code points
 *   is stored without them and answered;
 * - every API body schema (valid sample + the same mutations) and the query
 *   parameters of every route that takes some → 2xx/4xx only;
 * - every path id of the API, webhooks and web chat → 4xx for anything but an
 *   existing id.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '../../drizzle/schema.js';
import { adapters } from '../../channels/registry.js';
import type { ChannelContext, WebhookRequest } from '../../channels/types.js';
import { stripInvalidText } from '../../src/domain/input.js';
import { kits } from '../contract/kits.js';
import { signedQuery } from '../fakes/wechat-api.js';
import { insertConnection } from '../helpers/connections.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';

/** Runs per property; FUZZ_RUNS raises them for a longer local search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const NUL_RUNS = Math.max(10, Math.round(RUNS / 2));

let h: Harness;
let apiKey: string;
let tenantId: string;
const webhookChannels = adapters.map((a) => a.type).filter((t) => kits[t]?.webhooks !== false);
const conns = new Map<string, { id: string; ctx: ChannelContext<unknown> }>();

// ---------------------------------------------------------------- mutations of a JSON sample

type Path = Array<string | number>;

function pathsOf(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (v && typeof v === 'object' && DEEP in v) return out;
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: Path, fn: (old: unknown) => unknown | typeof REMOVE): unknown {
  if (path.length === 0) {
    const r = fn(root);
    return r === REMOVE ? {} : r;
  }
  const copy: any = structuredClone(root);
  let parent: any = copy;
  for (const k of path.slice(0, -1)) parent = parent?.[k];
  if (parent === null || typeof parent !== 'object') return copy;
  const last = path[path.length - 1]!;
  const r = fn(parent[last]);
  if (r === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = r;
  return copy;
}
const REMOVE = Symbol('remove');

/** Deep nesting is kept as a marker and written out by {@link toJson}: cloning or stringifying it recursively would overflow the test's stack. */
const DEEP = '__fuzz_deep__';
const nested = (depth: number, leaf: unknown, asArray: boolean) => ({ [DEEP]: { depth, leaf, asArray } });

function toJson(v: unknown): string {
  if (v && typeof v === 'object' && DEEP in v) {
    const { depth, leaf, asArray } = (v as Record<string, { depth: number; leaf: unknown; asArray: boolean }>)[DEEP]!;
    return asArray ? `${'['.repeat(depth)}${toJson(leaf)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${toJson(leaf)}${'}'.repeat(depth)}`;
  }
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** Percent-encoding that also writes lone surrogates (as the invalid UTF-8 a hostile client can send). */
function pct(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

/** Text with code points that must never reach Postgres as they are. */
const invalidText = fc
  .array(fc.constantFrom('\u0000', '\u0001', '\u001b', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', 'a', ' ', 'é', '😀', '\n'), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''));

const wrongId = fc.constantFrom('-'.repeat(36), 'abc', '', '00000000-0000-0000-0000-00000000000g', `${randomUUID()}x`, randomUUID(), '../../etc', '%00', 'x'.repeat(400));

const otherValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0),
  fc.string({ maxLength: 20 }),
  invalidText,
  wrongId,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

type Mutation = (sample: unknown) => unknown;

function mutationOf(sample: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(sample);
  const at = fc.integer({ min: 0, max: paths.length - 1 }).map((i) => paths[i]!);
  return fc.oneof(
    at.map((p) => (s: unknown) => setAt(s, p, () => REMOVE)),
    fc.tuple(at, otherValue).map(([p, v]) => (s: unknown) => setAt(s, p, () => v)),
    fc.tuple(at, fc.integer({ min: 10_000, max: 200_000 })).map(([p, n]) => (s: unknown) => setAt(s, p, () => 'x'.repeat(n))),
    fc.tuple(at, invalidText).map(([p, t]) => (s: unknown) => setAt(s, p, (old) => (typeof old === 'string' ? `${old.slice(0, 3)}${t}${old.slice(3)}` : t))),
    fc.tuple(at, fc.integer({ min: 30, max: 10_000 }), fc.boolean()).map(([p, d, arr]) => (s: unknown) => setAt(s, p, () => nested(d, 1, arr))),
    fc.tuple(at, wrongId).map(([p, id]) => (s: unknown) => setAt(s, p, () => id)),
  );
}

/** The sample with 1–3 mutations, or something unrelated to it. */
function payloadFrom(sample: unknown): fc.Arbitrary<{ body: string }> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(mutationOf(sample), { minLength: 1, maxLength: 3 }).map((ms) => ({ body: toJson(ms.reduce((s, m) => m(s), sample)) })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ body: JSON.stringify(v) })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => ({ body: Buffer.from(b).toString('latin1') })) },
    { weight: 1, arbitrary: fc.constant({ body: JSON.stringify(sample) }) },
  );
}

/**
 * Seeds for a channel's mutations: the kit's sample and every documented or
 * published payload of the channel (tests/fixtures/<channel>/ and its corpus/).
 */
function seedsOf(type: string): unknown[] {
  const seeds: unknown[] = [JSON.parse(kits[type]!.samplePayload)];
  for (const dir of [path.join(ROOT, 'tests/fixtures', type), path.join(ROOT, 'tests/fixtures', type, 'corpus')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      try {
        seeds.push(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      } catch {
        /* not a payload */
      }
    }
  }
  return seeds;
}

// ---------------------------------------------------------------- mutations of an XML message (WeChat)

type XmlElement = [name: string, value: string];

/** The `<xml>` children of a WeChat message, in order (values as text: CDATA unwrapped, nested elements kept as markup). */
function xmlElements(xml: string): XmlElement[] {
  const inner = xml.trim().replace(/^<xml>/, '').replace(/<\/xml>$/, '');
  return [...inner.matchAll(/<(\w+)>(.*?)<\/\1>/gs)].map((m) => [m[1]!, m[2]!.replace(/^<!\[CDATA\[(.*)\]\]>$/s, '$1')]);
}

const xmlOf = (elements: XmlElement[], raw = false) => `<xml>${elements.map(([k, v]) => `<${k}>${raw ? v : `<![CDATA[${v}]]>`}</${k}>`).join('')}</xml>`;

const xmlText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  invalidText,
  fc.constantFrom(']]>', '<', '&', '&amp;', '&#0;', '&#x110000;', '&unknown;', '</xml>', '<![CDATA[', '-1', '1e400', '99999999999999999999999', '', ' '),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 30, max: 5000 }).map((d) => `${'<a>'.repeat(d)}1${'</a>'.repeat(d)}`),
);

/** The seed with 1–3 element mutations (CDATA or raw text), cut short, with a DOCTYPE, or something unrelated. */
function xmlPayloadFrom(seed: XmlElement[]): fc.Arbitrary<{ body: string }> {
  const at = fc.integer({ min: 0, max: Math.max(0, seed.length - 1) });
  const mutation: fc.Arbitrary<(els: XmlElement[]) => XmlElement[]> = fc.oneof(
    at.map((i) => (els: XmlElement[]) => els.filter((_, j) => j !== i)),
    fc.tuple(at, xmlText).map(([i, v]) => (els: XmlElement[]) => els.map((e, j): XmlElement => (j === i ? [e[0], v] : e))),
    at.map((i) => (els: XmlElement[]) => (els[i] ? [...els, els[i]!] : els)),
    fc.tuple(fc.constantFrom('MsgType', 'Event', 'Encrypt', 'ScanCodeInfo', 'x'), xmlText).map(([k, v]) => (els: XmlElement[]) => [...els, [k, v] as XmlElement]),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([ms, raw]) => ({ body: xmlOf(ms.reduce((els, m) => m(els), seed), raw) })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 }).map((n) => ({ body: xmlOf(seed).slice(0, n) })) },
    { weight: 1, arbitrary: fc.constant({ body: `<!DOCTYPE xml [<!ENTITY a "${'a'.repeat(50)}"><!ENTITY b "&a;&a;&a;&a;">]>${xmlOf(seed).replace('</xml>', '<Content>&b;&b;</Content></xml>')}` }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => ({ body: Buffer.from(b).toString('latin1') })) },
    { weight: 1, arbitrary: fc.constant({ body: xmlOf(seed) }) },
  );
}

function wechatSeeds(): XmlElement[][] {
  return [path.join(ROOT, 'tests/fixtures/wechat'), path.join(ROOT, 'tests/fixtures/wechat/corpus')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => xmlElements(readFileSync(path.join(dir, f), 'utf8'))),
  );
}

/** Plain mode: WeChat signs only the query (token, timestamp, nonce); the body goes as it is. */
function postPlainWeChat(token: string, body: string): Promise<Response> {
  return fetch(`${h.url}/webhooks/wechat/${conns.get('wechat')!.id}?${new URLSearchParams(signedQuery(token)).toString()}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
}

function noServerError(status: number, what: string): boolean {
  if (status >= 500) throw new Error(`${what} answered ${status}`);
  return true;
}

// ---------------------------------------------------------------- setup

beforeAll(async () => {
  // Replies are recorded, then sent to a closed local port: delivery fails fast (it is not what this suite checks).
  const closed = 'http://127.0.0.1:9';
  h = await startHarness({ env: { ...envOfKitEndpoints(), JOB_ATTEMPTS: '1', TELEGRAM_API_ROOT: closed, LINE_API_BASE_URL: closed, LINE_DATA_API_BASE_URL: closed, WHATSAPP_GRAPH_API_URL: closed, WECHAT_API_BASE_URL: closed } });
  ({ apiKey, tenantId } = await h.createTenant('Fuzz'));
  for (const type of webhookChannels) conns.set(type, await insertConnection(h, tenantId, type, kits[type]!.credentials));
}, 60_000);

afterAll(async () => {
  await h?.close();
});

function envOfKitEndpoints(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const kit of Object.values(kits)) {
    if (kit.endpoints?.botframeworkOpenIdMetadataUrl) env.BOTFRAMEWORK_OPENID_METADATA_URL = kit.endpoints.botframeworkOpenIdMetadataUrl;
    if (kit.endpoints?.botframeworkLoginUrl) env.BOTFRAMEWORK_LOGIN_URL = kit.endpoints.botframeworkLoginUrl;
  }
  return env;
}

/** Posts a body to a channel's webhook, signed by the channel's kit. */
async function postWebhook(type: string, body: string): Promise<Response> {
  const conn = conns.get(type)!;
  const req: WebhookRequest = { method: 'POST', headers: { 'content-type': 'application/json' }, query: {}, rawBody: Buffer.from(body, 'utf8') };
  const signed = kits[type]!.authenticate(req, conn.ctx);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) if (v !== undefined) headers[k] = v;
  const url = type === 'webchat' ? `${h.url}/api/v1/webchat/${conn.id}/messages` : `${h.url}/webhooks/${type}/${conn.id}`;
  // WeChat signs in the query string.
  const query = new URLSearchParams(Object.entries(signed.query).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  return fetch(query ? `${url}?${query}` : url, { method: 'POST', headers, body: new Uint8Array(signed.rawBody) });
}

// ---------------------------------------------------------------- webhooks

describe('webhook normalisers', () => {
  it('covers every channel of the registry that has webhooks', () => {
    expect(webhookChannels.sort()).toEqual(['line', 'teams', 'telegram', 'webchat', 'wechat', 'whatsapp']);
  });

  for (const type of ['telegram', 'line', 'whatsapp', 'teams', 'webchat']) {
    it(`${type}: random and mutated signed payloads (from every fixture and corpus payload) get 2xx/4xx, never 5xx`, async () => {
      const seeds = seedsOf(type);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...seeds).chain(payloadFrom), async ({ body }) => {
          const res = await postWebhook(type, body);
          await res.arrayBuffer();
          return noServerError(res.status, `${type} webhook`);
        }),
        { numRuns: Math.max(RUNS, 2 * seeds.length) },
      );
    });
  }

  it('wechat: random and mutated XML (from every fixture and corpus message), plain and encrypted, gets 2xx/4xx, never 5xx', async () => {
    const seeds = wechatSeeds();
    const token = String((conns.get('wechat')!.ctx.credentials as { token: string }).token);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds).chain(xmlPayloadFrom), fc.boolean(), async ({ body }, encrypted) => {
        const res = encrypted ? await postWebhook('wechat', body) : await postPlainWeChat(token, body);
        await res.arrayBuffer();
        return noServerError(res.status, `wechat webhook (${encrypted ? 'safe' : 'plain'} mode)`);
      }),
      { numRuns: Math.max(RUNS, 2 * seeds.length) },
    );
  });

  /** Where each sample keeps the customer's text and the ids that make a delivery new. */
  const withText: Record<string, (sample: any, text: string, n: number) => unknown> = {
    telegram: (s, text, n) => {
      s.update_id = 900_000_000 + n;
      s.message.text = text;
      // A chat of its own: Telegram sends to one chat are spaced by a second.
      s.message.chat.id = s.message.from.id = 5_000_000 + n;
      return s;
    },
    line: (s, text, n) => {
      const e = s.events[0];
      e.message.text = text;
      e.message.id = String(800_000_000 + n);
      e.webhookEventId = `01FUZZ${String(n).padStart(20, '0')}`;
      return s;
    },
    whatsapp: (s, text, n) => {
      const m = s.entry[0].changes[0].value.messages[0];
      m.text.body = text;
      m.id = `wamid.FUZZ${n}`;
      return s;
    },
    teams: (s, text, n) => {
      s.text = text;
      s.id = `fuzz-${n}`;
      return s;
    },
    webchat: (s, text, n) => {
      s.text = text;
      s.clientMessageId = `fuzz-${n}`;
      return s;
    },
  };

  let delivery = 0;
  for (const type of Object.keys(withText)) {
    it(`${type}: a valid signed message with NUL and other invalid code points is stored without them and answered`, async () => {
      const conn = conns.get(type)!;
      await fc.assert(
        fc.asyncProperty(invalidText, async (noise) => {
          const n = ++delivery;
          const text = `a${noise}z fuzz-${n}.`;
          const body = withText[type]!(JSON.parse(kits[type]!.samplePayload), text, n);
          const res = await postWebhook(type, JSON.stringify(body));
          expect(res.status, await res.text()).toBeLessThan(300);
          const [row] = await h.c.database.db
            .select()
            .from(messages)
            .where(and(eq(messages.connectionId, conn.id), eq(messages.text, stripInvalidText(text)), eq(messages.direction, 'in')));
          expect(row, `the ${type} message stored as ${JSON.stringify(stripInvalidText(text))}`).toBeDefined();
          // Answered: the worker recorded the bot's reply in the conversation (delivery to the platform is not part of this suite).
          await waitFor(
            async () => {
              const out = await h.c.database.db
                .select({ text: messages.text })
                .from(messages)
                .where(and(eq(messages.conversationId, row!.conversationId), eq(messages.direction, 'out')));
              return out.some((m) => m.text.includes(stripInvalidText(text)));
            },
            { what: `the reply to ${type} message ${n}`, intervalMs: 50 },
          );
        }),
        { numRuns: NUL_RUNS },
      );
    });
  }
});

// ---------------------------------------------------------------- API bodies, queries, ids

interface Fixture {
  agentId: string;
  kbId: string;
  docId: string;
  ticketId: string;
  conversationId: string;
  ruleId: string;
  rule: Record<string, unknown>;
  webchatId: string;
  customerId: string;
  otherCustomerId: string;
  categoryId: string;
  customFieldId: string;
  teamId: string;
  routingRuleId: string;
  /** A web chat connection of its own for PATCH /channels/:id (a fuzzed status may disable it). */
  editableChannelId: string;
}
let fx: Fixture;

async function call(method: string, path: string, body?: string): Promise<number> {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

describe('API', () => {
  beforeAll(async () => {
    const agent = await h.api(apiKey, 'POST', '/api/v1/agents', { email: 'fuzz.agent@example.com', name: 'Fuzz Agent', skills: ['billing'], languages: ['en'] });
    const kb = await h.api(apiKey, 'POST', '/api/v1/knowledge-bases', { name: 'Fuzz KB' });
    const doc = await h.api(apiKey, 'POST', `/api/v1/knowledge-bases/${kb.body.id}/documents`, { title: 'Doc', content: 'Refunds take 5 days.' });
    const webchatId = conns.get('webchat')!.id;
    const session = await (await fetch(`${h.url}/api/v1/webchat/${webchatId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const ticket = await h.api(apiKey, 'POST', `/api/v1/conversations/${session.conversationId}/takeover`);
    const rules = await h.api(apiKey, 'GET', '/api/v1/escalation-rules');
    const { id: ruleId, ...rule } = rules.body.items[0];
    const other = await (await fetch(`${h.url}/api/v1/webchat/${webchatId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const customerOf = async (id: string) => (await h.c.database.db.select({ c: conversations.customerId }).from(conversations).where(eq(conversations.id, id)))[0]!.c;
    expect([agent.status, kb.status, doc.status, ticket.status]).toEqual([201, 201, 202, 201]);
    const conv = await h.api(apiKey, 'GET', `/api/v1/conversations/${session.conversationId}`);
    const cats = await h.api(apiKey, 'GET', '/api/v1/ticket-categories');
    const field = await h.api(apiKey, 'POST', '/api/v1/custom-fields', { entity: 'ticket', key: 'tier', label: 'Tier', type: 'dropdown', options: ['gold', 'silver'] });
    expect((await h.api(apiKey, 'POST', '/api/v1/custom-fields', { entity: 'customer', key: 'segment', label: 'Segment', type: 'text' })).status).toBe(201);
    expect([conv.status, cats.status, field.status]).toEqual([200, 200, 201]);
    const team = await h.api(apiKey, 'POST', '/api/v1/teams', { name: 'Fuzz team', memberIds: [agent.body.id] });
    const routing = await h.api(apiKey, 'POST', '/api/v1/routing-rules', { name: 'Fuzz routing', actions: { teamId: team.body.id } });
    expect([team.status, routing.status]).toEqual([201, 201]);
    const editable = await h.api(apiKey, 'POST', '/api/v1/channels', { type: 'webchat', name: 'Editable' });
    expect(editable.status).toBe(201);
    fx = {
      editableChannelId: editable.body.id,
      agentId: agent.body.id,
      kbId: kb.body.id,
      docId: doc.body.id,
      ticketId: ticket.body.id,
      conversationId: session.conversationId,
      ruleId,
      rule,
      webchatId,
      customerId: await customerOf(session.conversationId),
      otherCustomerId: await customerOf(other.conversationId),
      categoryId: cats.body.items[0].id,
      customFieldId: field.body.id,
      teamId: team.body.id,
      routingRuleId: routing.body.id,
    };
  }, 60_000);

  /** Every JSON body the API accepts, with a valid sample of each. */
  const bodies = (): Array<{ method: string; path: string; sample: Record<string, unknown> }> => [
    { method: 'POST', path: '/api/v1/channels', sample: { type: 'webchat', name: 'Widget', credentials: { allowedOrigins: ['https://shop.example'], welcomeMessage: 'Hi' } } },
    { method: 'POST', path: '/api/v1/agents', sample: { email: 'a@example.com', name: 'Ann', role: 'agent', skills: ['billing'], languages: ['en'], team: 'EU', maxLoad: 5, password: 'an-initial-pass' } },
    { method: 'PATCH', path: `/api/v1/agents/${fx.agentId}`, sample: { name: 'Ann B', skills: ['tech'], status: 'away', maxLoad: 4, password: 'another-password' } },
    { method: 'POST', path: '/api/v1/canned-responses', sample: { shortcut: 'refund-time', text: 'Refunds take 5 working days.' } },
    { method: 'PUT', path: '/api/v1/me/password', sample: { currentPassword: 'the-current-one', newPassword: 'a-brand-new-password' } },
    { method: 'POST', path: '/api/v1/knowledge-bases', sample: { name: 'KB', description: 'help', language: 'english' } },
    {
      method: 'POST',
      path: `/api/v1/knowledge-bases/${fx.kbId}/documents`,
      sample: { title: 'Returns', content: '# Returns\nWithin 30 days.', format: 'markdown', sourceUrl: 'https://help.example/returns', tags: ['returns'], category: 'policy', isPublic: true, metadata: { owner: 'ops' } },
    },
    { method: 'PUT', path: `/api/v1/knowledge-bases/${fx.kbId}/documents/${fx.docId}`, sample: { title: 'Doc v2', content: 'Refunds take 3 days.', format: 'text' } },
    { method: 'POST', path: `/api/v1/tickets/${fx.ticketId}/messages`, sample: { text: 'Hello from an agent', clientMessageId: 'c-1' } },
    { method: 'POST', path: `/api/v1/tickets/${fx.ticketId}/notes`, sample: { text: 'private note' } },
    { method: 'POST', path: `/api/v1/tickets/${fx.ticketId}/assign`, sample: { agentId: fx.agentId } },
    { method: 'POST', path: '/api/v1/escalation-rules', sample: { ...fx.rule, name: 'Fuzz rule' } },
    { method: 'PUT', path: `/api/v1/escalation-rules/${fx.ruleId}`, sample: fx.rule },
    { method: 'POST', path: `/api/v1/webchat/${fx.webchatId}/sessions`, sample: { token: 'not-a-token' } },
    { method: 'POST', path: `/api/v1/tickets/${fx.ticketId}/handback`, sample: { close: false } },
    { method: 'POST', path: '/api/v1/api-keys', sample: { role: 'agent', name: 'Fuzz key', expiresAt: '2099-01-01T00:00:00Z' } },
    { method: 'POST', path: '/api/v1/api-keys', sample: { userId: fx.agentId, expiresAt: '2099-01-01' } },
    {
      method: 'PATCH',
      path: `/api/v1/customers/${fx.customerId}`,
      sample: { name: 'Wanda', email: 'Wanda@Example.com', phone: '+49 151 1234-5678', language: 'de', tags: ['vip'], customFields: { segment: 'gold' } },
    },
    { method: 'POST', path: `/api/v1/customers/${fx.customerId}/merge`, sample: { sourceCustomerId: fx.otherCustomerId } },
    {
      method: 'POST',
      path: '/api/v1/tickets',
      sample: { customerId: fx.customerId, subject: 'Phone call', description: 'Router', priority: 'high', categoryId: fx.categoryId, tags: ['vip'], customFields: { tier: 'gold' }, assigneeId: fx.agentId, teamId: fx.categoryId, source: 'phone' },
    },
    { method: 'POST', path: '/api/v1/ticket-categories', sample: { name: 'Returns', firstResponseMinutes: 30, resolutionMinutes: 600, active: true } },
    { method: 'PATCH', path: `/api/v1/ticket-categories/${fx.categoryId}`, sample: { name: 'General', firstResponseMinutes: 45, resolutionMinutes: 900, active: true } },
    { method: 'POST', path: '/api/v1/custom-fields', sample: { entity: 'conversation', key: 'topic', label: 'Topic', type: 'dropdown', options: ['sales'], required: false } },
    { method: 'PATCH', path: `/api/v1/custom-fields/${fx.customFieldId}`, sample: { label: 'Customer tier', options: ['gold', 'silver', 'bronze'], required: false } },
    { method: 'PATCH', path: `/api/v1/conversations/${fx.conversationId}`, sample: { customFields: { topic: 'sales' } } },
    { method: 'PATCH', path: `/api/v1/knowledge-bases/${fx.kbId}`, sample: { name: 'KB renamed', description: 'help', status: 'ACTIVE' } },
    { method: 'PATCH', path: `/api/v1/knowledge-bases/${fx.kbId}/documents/${fx.docId}`, sample: { title: 'Doc v3', type: 'faq', published: true } },
    {
      method: 'POST',
      path: '/api/v1/teams',
      sample: { name: 'EU support', focusArea: 'Tier 1', memberIds: [fx.agentId], timeZone: 'Europe/Berlin', schedule: { monday: ['09:00-17:00'], friday: ['22:00-06:00'] }, holidays: ['2026-12-25'] },
    },
    { method: 'PATCH', path: `/api/v1/teams/${fx.teamId}`, sample: { name: 'Fuzz team', timeZone: 'America/New_York', schedule: { sunday: ['00:00-24:00'] }, holidays: [], memberIds: [fx.agentId] } },
    {
      method: 'POST',
      path: '/api/v1/routing-rules',
      sample: {
        name: 'VIP billing',
        position: 3,
        active: true,
        continue: true,
        criteria: { channels: ['webchat'], languages: ['es'], categories: ['billing'], priorities: ['high'], customerTags: ['vip'], customFields: { plan: ['gold'] }, text: { contains: ['invoice'], regex: 'order #\\d+' } },
        actions: { teamId: fx.teamId, agentId: fx.agentId, priority: 'urgent', addTags: ['vip'] },
      },
    },
    { method: 'PATCH', path: `/api/v1/routing-rules/${fx.routingRuleId}`, sample: { name: 'Fuzz routing 2', position: 1, continue: false, criteria: { text: { contains: ['refund'] } }, actions: { teamId: fx.teamId } } },
    { method: 'PATCH', path: `/api/v1/channels/${fx.editableChannelId}`, sample: { name: 'Widget 2', settings: { note: 'x' }, credentials: { allowedOrigins: ['https://shop.example'], welcomeMessage: 'Hello' }, status: 'active' } },
    { method: 'PUT', path: `/api/v1/channels/${fx.webchatId}/bot`, sample: { knowledgeBaseIds: [fx.kbId], answerThreshold: 0.5, greeting: 'Hi, I am {botName}', botName: 'Kit' } },
    // Last: a fuzzed status may close the ticket the bodies above act on.
    {
      method: 'PATCH',
      path: `/api/v1/tickets/${fx.ticketId}`,
      sample: { status: 'pending', priority: 'urgent', categoryId: fx.categoryId, tags: ['a', 'b'], customFields: { tier: 'silver' }, assigneeId: fx.agentId, teamId: null },
    },
    { method: 'PUT', path: '/api/v1/attachment-settings', sample: { attachmentMaxBytes: 10_000_000 } },
    { method: 'POST', path: '/api/v1/webhook-subscriptions', sample: { url: 'https://93.184.216.34/hooks/gateway', events: ['ticket.closed', 'message.created'] } },
    { method: 'PUT', path: '/api/v1/me/notification-preferences', sample: { assignment: false, customerReply: true, mention: true, slaWarning: false, slaBreach: true, teamSlaBreach: true, teamQueue: false } },
    { method: 'PUT', path: `/api/v1/agents/${fx.agentId}/notification-preferences`, sample: { assignment: true, mention: false, slaBreach: true } },
  ];

  it('every body schema: random and mutated bodies get 2xx/4xx, never 5xx', async () => {
    for (const { method, path, sample } of bodies()) {
      await fc.assert(
        fc.asyncProperty(payloadFrom(sample), async ({ body }) => noServerError(await call(method, path, body), `${method} ${path}`)),
        { numRuns: RUNS },
      );
    }
  }, 240_000);

  it('sign-in: random and mutated login bodies get 2xx/4xx, never 5xx', async () => {
    let n = 0;
    // Each from its own address: failed sign-ins count against the address (the rest of this suite shares 127.0.0.1).
    const login = async (body: string) => {
      n++;
      const res = await fetch(`${h.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.99.${n >> 8}.${n & 255}` }, body });
      await res.arrayBuffer();
      return res.status;
    };
    await fc.assert(
      fc.asyncProperty(payloadFrom({ email: 'a@example.com', password: 'an-initial-pass', tenantId }), async ({ body }) => noServerError(await login(body), 'POST /api/v1/auth/login')),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('every query parameter: arbitrary values get 2xx/4xx, never 5xx', async () => {
    const value = fc.oneof(fc.string({ maxLength: 30 }), invalidText, wrongId, fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())), fc.integer().map(String), fc.constantFrom('-271821-04-20T00:00:00Z', '275760-09-13T00:00:00.000Z', 'true', 'me', 'open,closed', '0001-01-01', '-'.repeat(36), '- '.repeat(40)));
    const queries: Array<[string, string[]]> = [
      ['/api/v1/analytics/agents', ['from', 'to']],
      ['/api/v1/analytics/overview', ['from', 'to', 'format']],
      ['/api/v1/conversations', ['status', 'channel', 'customerId', 'assignee', 'from', 'to', 'q', 'limit']],
      ['/api/v1/tickets', ['status', 'priority', 'assignee', 'slaBreached', 'categoryId', 'teamId', 'customerId', 'tag', 'cf.tier', 'cf.x', 'limit']],
      ['/api/v1/ai-logs', ['conversationId', 'ticketId', 'limit']],
      ['/api/v1/custom-fields', ['entity']],
      [`/api/v1/knowledge-bases/${fx.kbId}/search`, ['q']],
      [`/api/v1/conversations/${fx.conversationId}/messages`, ['after']],
      ['/api/v1/customers', ['q', 'tag', 'limit', 'offset']],
      ['/api/v1/audit-log', ['actorId', 'action', 'entityType', 'entityId', 'from', 'to', 'limit', 'offset']],
      ['/api/v1/communication-log', ['status', 'channel', 'from', 'to', 'limit', 'offset']],
    ];
    for (const [path, names] of queries) {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names, 'other'), value), { maxLength: 4 }), async (params) => {
          const qs = params.map(([k, v]) => `${pct(k)}=${pct(v)}`).join('&');
          return noServerError(await call('GET', `${path}?${qs}`), `GET ${path}?${qs}`);
        }),
        { numRuns: RUNS },
      );
    }
  }, 240_000);

  it('multipart uploads (web chat attachments, agent file replies): random, mutated and cut-short bodies get 2xx/4xx, never 5xx', async () => {
    const session = (await (await fetch(`${h.url}/api/v1/webchat/${fx.webchatId}/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56, 0)]);
    const text = fc.oneof(fc.string({ maxLength: 40 }), invalidText, wrongId, fc.integer({ min: 5000, max: 40_000 }).map((n) => 'x'.repeat(n)));
    const multipart = fc.record({
      boundary: fc.constantFrom('b0undary', 'x'.repeat(70), '-', 'a b'),
      headerBoundary: fc.boolean(),
      fieldName: fc.constantFrom('file', 'file', 'files', 'text', ''),
      fileName: fc.oneof(fc.string({ maxLength: 30 }), invalidText, fc.constantFrom('../../etc/passwd', 'photo.jpg', '', '"quoted".pdf')),
      fileType: fc.constantFrom('image/jpeg', 'application/pdf', 'text/html', '', 'x/y; charset=bogus'),
      file: fc.oneof(fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)), fc.constantFrom(png, elf, Buffer.from('#!/bin/sh\n'), Buffer.from('plain text'))),
      fields: fc.array(fc.tuple(fc.constantFrom('text', 'clientMessageId', 'other', ''), text), { maxLength: 4 }),
      cut: fc.option(fc.integer({ min: 0, max: 4000 })),
    });
    const bodyOf = (m: typeof multipart extends fc.Arbitrary<infer T> ? T : never) => {
      const parts: Buffer[] = [];
      for (const [k, v] of m.fields) parts.push(Buffer.from(`--${m.boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
      parts.push(Buffer.from(`--${m.boundary}\r\nContent-Disposition: form-data; name="${m.fieldName}"; filename="${m.fileName}"\r\nContent-Type: ${m.fileType}\r\n\r\n`), m.file, Buffer.from(`\r\n--${m.boundary}--\r\n`));
      const all = Buffer.concat(parts);
      return m.cut === null ? all : all.subarray(0, m.cut);
    };
    const targets: Array<{ path: string; auth: string }> = [
      { path: `/api/v1/webchat/${fx.webchatId}/attachments`, auth: `Bearer ${session.token}` },
      { path: `/api/v1/tickets/${fx.ticketId}/messages`, auth: `Bearer ${apiKey}` },
    ];
    for (const { path: p, auth } of targets) {
      await fc.assert(
        fc.asyncProperty(multipart, async (m) => {
          const res = await fetch(`${h.url}${p}`, {
            method: 'POST',
            headers: { authorization: auth, 'content-type': m.headerBoundary ? `multipart/form-data; boundary=${m.boundary}` : 'multipart/form-data' },
            body: bodyOf(m),
          });
          await res.arrayBuffer();
          return noServerError(res.status, `POST ${p}`);
        }),
        { numRuns: RUNS },
      );
    }
  }, 240_000);

  it('every path id: anything but an existing id is a 4xx (400 on the API, 404 on webhooks and web chat)', async () => {
    const templates: Array<[string, string, number]> = [
      ['GET', '/api/v1/channels/:id', 400],
      ['GET', '/api/v1/channels/:id/whatsapp-web/session', 400],
      ['PATCH', '/api/v1/channels/:id', 400],
      ['DELETE', '/api/v1/channels/:id', 400],
      ['POST', '/api/v1/channels/:id/test', 400],
      ['GET', '/api/v1/conversations/:id', 400],
      ['GET', '/api/v1/conversations/:id/messages', 400],
      ['POST', '/api/v1/conversations/:id/takeover', 400],
      ['GET', '/api/v1/tickets/:id', 400],
      ['PATCH', '/api/v1/tickets/:id', 400],
      ['GET', '/api/v1/ticket-categories/:id', 400],
      ['PATCH', '/api/v1/ticket-categories/:id', 400],
      ['GET', '/api/v1/custom-fields/:id', 400],
      ['PATCH', '/api/v1/custom-fields/:id', 400],
      ['DELETE', '/api/v1/custom-fields/:id', 400],
      ['PATCH', '/api/v1/conversations/:id', 400],
      ['POST', '/api/v1/tickets/:id/notes', 400],
      ['POST', '/api/v1/tickets/:id/close', 400],
      ['PATCH', '/api/v1/agents/:id', 400],
      ['GET', '/api/v1/agents/:id/notification-preferences', 400],
      ['PUT', '/api/v1/agents/:id/notification-preferences', 400],
      ['GET', '/api/v1/customers/:id', 400],
      ['PATCH', '/api/v1/customers/:id', 400],
      ['GET', '/api/v1/customers/:id/merge-suggestions', 400],
      ['POST', '/api/v1/customers/:id/merge', 400],
      ['DELETE', '/api/v1/customers/:id', 400],
      ['GET', '/api/v1/escalation-rules/:id', 400],
      ['DELETE', '/api/v1/escalation-rules/:id', 400],
      ['GET', '/api/v1/webhook-subscriptions/:id', 400],
      ['DELETE', '/api/v1/webhook-subscriptions/:id', 400],
      ['GET', '/api/v1/knowledge-bases/:id', 400],
      ['GET', '/api/v1/knowledge-bases/:id/documents', 400],
      ['DELETE', '/api/v1/knowledge-bases/:id/documents/:id', 400],
      ['PATCH', '/api/v1/knowledge-bases/:id', 400],
      ['DELETE', '/api/v1/knowledge-bases/:id', 400],
      ['PATCH', '/api/v1/knowledge-bases/:id/documents/:id', 400],
      ['GET', '/api/v1/channels/:id/bot', 400],
      ['PUT', '/api/v1/channels/:id/bot', 400],
      ['GET', '/api/v1/teams/:id', 400],
      ['PATCH', '/api/v1/teams/:id', 400],
      ['DELETE', '/api/v1/teams/:id', 400],
      ['GET', '/api/v1/routing-rules/:id', 400],
      ['PATCH', '/api/v1/routing-rules/:id', 400],
      ['DELETE', '/api/v1/routing-rules/:id', 400],
      ['POST', '/webhooks/telegram/:id', 404],
      ['GET', '/webhooks/whatsapp/:id', 404],
      ['POST', '/api/v1/webchat/:id/sessions', 404],
      ['GET', '/api/v1/webchat/:id/stream', 404],
      ['GET', '/chat/:id', 404],
      ['GET', '/api/v1/attachments/:id', 400],
      ['GET', '/files/:id', 404],
      ['POST', '/api/v1/webchat/:id/attachments', 404],
    ];
    const segment = fc.oneof(wrongId, fc.string({ minLength: 1, maxLength: 40 }), invalidText).filter((s) => s.length > 0 && s !== '.' && s !== '..');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates), segment, async ([method, template, expected], id) => {
        const path = template.replaceAll(':id', pct(id));
        const status = await call(method, path, method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify({ text: 'x' }));
        noServerError(status, `${method} ${path}`);
        let malformed = false;
        try {
          decodeURIComponent(path);
        } catch {
          malformed = true;
        }
        // Malformed percent-encoding is a 400 from the router; a UUID nobody has is a 404 everywhere;
        // anything else is the template's answer (or a 404 when the id changed which route matches).
        if (malformed) expect(status, `${method} ${path}`).toBe(400);
        else expect(status === expected || status === 404, `${method} ${path} → ${status}`).toBe(true);
        return true;
      }),
      { numRuns: RUNS * 5 },
    );
  }, 240_000);
});
