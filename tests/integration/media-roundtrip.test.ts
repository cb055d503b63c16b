/**
 * Media round trip per channel (issue 14), through the running gateway
 * against each platform's fake (tests/fakes/):
 *
 * 1. the customer sends a real PNG in a webhook signed as the platform signs
 *    it (tests/contract/kits.ts), the file itself on the fake platform;
 * 2. the worker downloads it through the adapter's `fetchMedia`: an
 *    `attachments` row `stored`, the type sniffed from the bytes (the
 *    platforms say image/jpeg or nothing), the same bytes in storage;
 * 3. the conversation and ticket APIs show it, `GET /api/v1/attachments/:id`
 *    returns the same bytes; the product's processor escalates a photo
 *    without a caption by the default media rule (never "not sure");
 * 4. an agent takes over and sends an image and a PDF back (multipart
 *    `POST /api/v1/tickets/:id/messages`): the fake receives a native media
 *    send where the channel declares that type, else a text with the link,
 *    and the file behind it is the agent's, byte for byte: fetched from the
 *    signed `/files/` URL the fake recorded, or the bytes the adapter uploaded
 *    to the platform after fetching that URL itself.
 *
 * Each channel gets its own gateway: platforms that fetch outbound media
 * themselves over https only (LINE, Teams) see an https PUBLIC_BASE_URL, as
 * behind the TLS proxy of a deployment, and the test fetches the recorded
 * link through that proxy's stand-in (the same path and query on the
 * gateway's own address); the others keep the gateway's plain address so the
 * adapter can download what it has to upload (WhatsApp, WeChat, Telegram).
 *
 * Left out: webchat (its uploads go straight to storage, nothing to download:
 * tests/integration/attachments.test.ts) and whatsapp_web (no webhooks: its
 * media arrive in a browser session, covered by the media contract).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, conversations, messages, tickets } from '../../drizzle/schema.js';
import { adapters, getAdapter } from '../../channels/registry.js';
import type { ChannelContext, ChannelType, WebhookRequest } from '../../channels/types.js';
import { kits, WECHAT_KIT_CREDENTIALS } from '../contract/kits.js';
import { startFakeBotFramework } from '../fakes/botframework.js';
import { startFakeLine } from '../fakes/line-api.js';
import type { FakeMediaFile } from '../fakes/media.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { startFakeWeChat } from '../fakes/wechat-api.js';
import { startFakeWhatsAppGraph } from '../fakes/whatsapp-graph.js';
import { insertConnection } from '../helpers/connections.js';
import { PDF, solidPng } from '../helpers/files.js';
import { ROOT, startHarness, waitFor, type Harness } from '../helpers/harness.js';
import { startConversationWorker } from '../../src/worker/conversation.worker.js';
import { UNSURE_TEXT } from '../../src/rag/rag.responder.js';

/** What reached the customer on the platform: a medium by URL or as uploaded bytes, or a text. */
interface Delivered {
  kind: 'image' | 'file' | 'text';
  url?: string;
  bytes?: Buffer;
  text?: string;
}

interface ChannelRig {
  /** Where the gateway finds the fake platform. */
  env: Record<string, string>;
  /** Puts the customer's file on the fake and answers the webhook body that announces it (unsigned: the kit signs it). */
  customerSends(file: FakeMediaFile): string;
  /** Everything the platform accepted for the customer so far, in order. */
  delivered(): Delivered[];
  stop(): Promise<void>;
}

interface RoundTripCase {
  type: ChannelType;
  /** The platform fetches outbound media URLs itself and wants https ones. */
  httpsOnly: boolean;
  /** The documented payload sends the photo with a caption (else the photo alone: the media rule escalates it). */
  captioned: boolean;
  start(): Promise<ChannelRig>;
}

const fixture = (p: string) => readFileSync(path.join(ROOT, 'tests/fixtures', p), 'utf8');
const credentialsOf = (type: ChannelType) => kits[type]!.credentials;

/** A file parameter as the Telegram fake recorded it: a URL string, or an upload with its bytes. */
function telegramFile(value: unknown): Pick<Delivered, 'url' | 'bytes'> {
  if (typeof value === 'string') return { url: value };
  if (value && typeof value === 'object' && 'bytes' in value && Buffer.isBuffer(value.bytes)) return { bytes: value.bytes };
  return {};
}

const CASES: RoundTripCase[] = [
  {
    type: 'telegram',
    httpsOnly: false,
    captioned: true,
    async start() {
      const botToken = String(credentialsOf('telegram').botToken);
      const fake = await startFakeTelegram({ validTokens: [botToken] });
      return {
        env: { TELEGRAM_API_ROOT: fake.url },
        customerSends(file) {
          const update = JSON.parse(fixture('telegram/photo.json'));
          // The normaliser takes the largest size of the photo: that is where the file is.
          const largest = update.message.photo.at(-1);
          fake.putFile(file, largest.file_id);
          largest.file_size = file.body.length;
          return JSON.stringify(update);
        },
        delivered: () =>
          fake.calls
            .filter((c) => c.status === 200)
            .flatMap((c): Delivered[] => {
              const method = c.method.toLowerCase();
              if (method === 'sendphoto') return [{ kind: 'image', ...telegramFile(c.body.photo) }];
              if (method === 'senddocument') return [{ kind: 'file', ...telegramFile(c.body.document) }];
              if (method === 'sendmessage') return [{ kind: 'text', text: String(c.body.text) }];
              return [];
            }),
        stop: () => fake.stop(),
      };
    },
  },
  {
    type: 'line',
    httpsOnly: true,
    captioned: false,
    async start() {
      const fake = await startFakeLine({ validTokens: [String(credentialsOf('line').channelAccessToken)] });
      return {
        env: { LINE_API_BASE_URL: fake.url, LINE_DATA_API_BASE_URL: fake.dataUrl },
        customerSends(file) {
          const body = JSON.parse(fixture('line/image.json'));
          const event = body.events[0];
          event.timestamp = Date.now();
          fake.putContent(event.message.id, file);
          return JSON.stringify(body);
        },
        delivered: () =>
          fake.deliveries.flatMap((d) =>
            (d.messages as Array<{ type: string; text?: string; originalContentUrl?: string }>).map((m): Delivered =>
              m.type === 'image' ? { kind: 'image', ...(m.originalContentUrl ? { url: m.originalContentUrl } : {}) } : { kind: 'text', text: String(m.text) },
            ),
          ),
        stop: () => fake.stop(),
      };
    },
  },
  {
    type: 'whatsapp',
    httpsOnly: false,
    captioned: true,
    async start() {
      const creds = credentialsOf('whatsapp');
      const phone = String(creds.phoneNumberId);
      const fake = await startFakeWhatsAppGraph({ validTokens: [String(creds.accessToken)], phoneNumbers: { [phone]: { display_phone_number: '15550783881', verified_name: 'Round trip' } } });
      const KINDS: Record<string, 'image' | 'file'> = { image: 'image', document: 'file' };
      return {
        env: { WHATSAPP_GRAPH_API_URL: fake.url },
        customerSends(file) {
          const body = JSON.parse(fixture('whatsapp/image.json'));
          const message = body.entry[0].changes[0].value.messages[0];
          message.timestamp = String(Math.floor(Date.now() / 1000));
          fake.putMedia(file, message.image.id);
          return JSON.stringify(body);
        },
        delivered: () =>
          fake.sends.map((s): Delivered => {
            const kind = KINDS[s.type];
            if (!kind) return { kind: 'text', text: String((s.body.text as { body?: string } | undefined)?.body) };
            const media = s.body[s.type] as { link?: string; id?: string };
            if (media.link) return { kind, url: media.link };
            const uploaded = media.id ? fake.uploads.get(media.id) : undefined;
            return { kind, ...(uploaded ? { bytes: uploaded.body } : {}) };
          }),
        stop: () => fake.stop(),
      };
    },
  },
  {
    type: 'teams',
    httpsOnly: true,
    captioned: true,
    async start() {
      const creds = credentialsOf('teams');
      // The kit's Bot Framework signs the channel's tokens (and publishes their keys); this one is the
      // Bot Connector the activities name, and the token endpoint the bot gets its own tokens from.
      const fake = await startFakeBotFramework({ apps: [{ appId: String(creds.appId), appPassword: String(creds.appPassword) }] });
      const endpoints = kits.teams!.endpoints!;
      return {
        env: { BOTFRAMEWORK_OPENID_METADATA_URL: endpoints.botframeworkOpenIdMetadataUrl!, BOTFRAMEWORK_LOGIN_URL: fake.loginUrl },
        customerSends(file) {
          const activity = JSON.parse(fixture('teams/image-attachment.json'));
          activity.serviceUrl = fake.serviceUrl;
          activity.timestamp = new Date().toISOString();
          const url = fake.putAttachment(file);
          activity.attachments[0].contentUrl = url;
          activity.attachments[1].content = `<p>${activity.text}</p><p><img alt="image" src="${url}"></p>`;
          return JSON.stringify(activity);
        },
        delivered: () =>
          fake.delivered().flatMap((c): Delivered[] => {
            if (c.activity.type !== 'message') return [];
            const image = ((c.activity.attachments ?? []) as Array<{ contentType?: string; contentUrl?: string }>).find((a) => a.contentType?.startsWith('image/'));
            if (image) return [{ kind: 'image', ...(image.contentUrl ? { url: image.contentUrl } : {}) }];
            return [{ kind: 'text', text: String(c.activity.text) }];
          }),
        stop: () => fake.stop(),
      };
    },
  },
  {
    type: 'wechat',
    httpsOnly: false,
    captioned: false,
    async start() {
      const fake = await startFakeWeChat({ accounts: [{ appId: WECHAT_KIT_CREDENTIALS.appId, appSecret: WECHAT_KIT_CREDENTIALS.appSecret }] });
      return {
        env: { WECHAT_API_BASE_URL: fake.url },
        customerSends(file) {
          const xml = fixture('wechat/image.xml').replace(/<CreateTime>\d+<\/CreateTime>/, `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime>`);
          const mediaId = /<MediaId><!\[CDATA\[([^\]]+)\]\]><\/MediaId>/.exec(xml)?.[1];
          if (!mediaId) throw new Error('the WeChat image fixture has no MediaId');
          fake.putMedia(file, mediaId);
          return xml;
        },
        delivered: () =>
          fake.sends.map((s): Delivered => {
            if (s.msgtype !== 'image') return { kind: 'text', text: s.content };
            const uploaded = fake.uploads.get(s.content);
            return { kind: 'image', ...(uploaded ? { bytes: uploaded.body } : {}) };
          }),
        stop: () => fake.stop(),
      };
    },
  },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

it('covers every channel whose adapter downloads media and that has webhooks', () => {
  const expected = adapters.filter((a) => a.fetchMedia && kits[a.type]?.webhooks !== false).map((a) => a.type);
  expect(CASES.map((c) => c.type).sort()).toEqual(expected.sort());
});

describe.each(CASES)('media round trip: $type', ({ type, httpsOnly, captioned, start }) => {
  const adapter = getAdapter(type)!;
  /** The customer's photo and what the agent sends back: real files, different from each other. */
  const customerPhoto = solidPng(3, 2, [200, 30, 30]);
  const agentImage = solidPng(4, 4, [20, 90, 220]);
  const agentPdf = Buffer.concat([PDF, Buffer.from(`% return label for ${type}\n`)]);

  let rig: ChannelRig;
  let h: Harness;
  let dataDir: string;
  let apiKey: string;
  let conn: { id: string; ctx: ChannelContext<unknown> };
  let publicBase: string;
  let conversationId: string;
  let inboundAttachmentId: string;

  /** A signed link as the platform got it, fetched through the stand-in of the deployment's proxy. */
  const reachable = (url: string) => `${h.url}${url.slice(publicBase.length)}`;

  beforeAll(async () => {
    rig = await start();
    dataDir = await mkdtemp(path.join(tmpdir(), `gw-roundtrip-${type}-`));
    h = await startHarness({ workers: 0, env: { ...rig.env, DATA_DIR: dataDir, ...(httpsOnly ? { PUBLIC_BASE_URL: `https://gateway-${type}.roundtrip.example` } : {}) } });
    // The product's processor (knowledge-base responder, escalation rules): a photo without a caption escalates
    // by the default rule before the agent takes over, as it would in production.
    h.workers.push(startConversationWorker(h.c));
    publicBase = h.config.http.publicBaseUrl;
    let tenantId: string;
    ({ tenantId, apiKey } = await h.createTenant(`Round trip ${type}`));
    conn = await insertConnection(h, tenantId, type, credentialsOf(type));
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await rig?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Posts a body to the channel's webhook, signed by the channel's kit. */
  async function postWebhook(body: string): Promise<Response> {
    const req: WebhookRequest = { method: 'POST', headers: { 'content-type': 'application/json' }, query: {}, rawBody: Buffer.from(body, 'utf8') };
    const signed = kits[type]!.authenticate(req, conn.ctx);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(signed.headers)) if (v !== undefined) headers[k] = v;
    const query = new URLSearchParams(Object.entries(signed.query).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    const url = `${h.url}/webhooks/${type}/${conn.id}`;
    return fetch(query ? `${url}?${query}` : url, { method: 'POST', headers, body: new Uint8Array(signed.rawBody) });
  }

  it('a customer photo through a signed webhook is downloaded from the platform, stored with its sniffed type, shown and served back', async () => {
    // Platforms call a photo image/jpeg (or say nothing): the bytes are a PNG.
    const res = await postWebhook(rig.customerSends({ body: customerPhoto, contentType: 'image/jpeg', mode: 'chunked' }));
    expect(res.status).toBeLessThan(300);
    await res.arrayBuffer();

    const row = await waitFor(
      async () => {
        const [r] = await h.c.database.db
          .select({ a: attachments })
          .from(attachments)
          .innerJoin(conversations, eq(attachments.conversationId, conversations.id))
          .where(and(eq(conversations.connectionId, conn.id), eq(attachments.parentType, 'message')));
        return r && r.a.status !== 'pending' ? r.a : undefined;
      },
      { what: `${type}: the inbound attachment settled` },
    );
    expect(row).toMatchObject({ status: 'stored', contentType: 'image/png', sizeBytes: customerPhoto.length, uploadedBy: 'customer', position: 0 });
    expect(row.conversationId).toBeTruthy();
    // The platform's reference stays beside the stored copy (file id, message id, media id or Bot Connector URL).
    expect(Boolean(row.source?.platformFileId ?? row.source?.url)).toBe(true);
    conversationId = row.conversationId!;
    inboundAttachmentId = row.id;

    const chunks: Buffer[] = [];
    for await (const c of await h.c.attachments.open(row)) chunks.push(Buffer.from(c as Uint8Array));
    expect(Buffer.concat(chunks).equals(customerPhoto)).toBe(true);

    // The download runs before the message is answered: the worker then settles the message.
    const message = await waitFor(
      async () => {
        const [m] = await h.c.database.db.select().from(messages).where(eq(messages.id, row.parentId));
        return m && m.processingStatus !== 'pending' ? m : undefined;
      },
      { what: `${type}: the photo message processed` },
    );
    expect(message).toMatchObject({ direction: 'in', senderType: 'customer', kind: 'image' });
    // A photo alone is media without words: never answered as a question the bot is "not sure" about.
    if (!captioned) {
      expect(message.text).toBe('');
      const replies = await h.c.database.db.select({ text: messages.text }).from(messages).where(and(eq(messages.conversationId, row.conversationId!), eq(messages.direction, 'out')));
      expect(replies.map((r) => r.text)).not.toContain(UNSURE_TEXT);
    }

    const list = await h.api(apiKey, 'GET', `/api/v1/conversations/${conversationId}/messages`);
    expect(list.status).toBe(200);
    const shown = list.body.items.find((m: { id: string }) => m.id === row.parentId);
    expect(shown.attachments).toEqual([{ id: row.id, fileName: row.fileName, contentType: 'image/png', size: customerPhoto.length, url: `/api/v1/attachments/${row.id}`, status: 'stored' }]);

    const download = await fetch(`${h.url}/api/v1/attachments/${row.id}`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^image\/png/);
    expect(Buffer.from(await download.arrayBuffer()).equals(customerPhoto)).toBe(true);
  });

  it(`an agent takes over and sends an image (${adapter.capabilities.media.image ? 'native' : 'link'}) and a PDF (${adapter.capabilities.media.file ? 'native' : 'link'}) back; the platform gets the files`, async () => {
    expect(conversationId, 'the inbound step stored the conversation').toBeTruthy();
    // A photo alone was escalated by the default media rule: the agent takes over that ticket.
    const escalated = await h.c.database.db.select().from(tickets).where(eq(tickets.conversationId, conversationId));
    if (captioned) expect(escalated).toHaveLength(0);
    else expect(escalated).toMatchObject([{ escalationEvidence: { ruleName: 'Media needs review', fired: ['mediaWithoutText'] } }]);
    const take = await h.api(apiKey, 'POST', `/api/v1/conversations/${conversationId}/takeover`);
    expect(take.status).toBe(201);
    const ticketId = take.body.id as string;
    if (!captioned) expect(ticketId).toBe(escalated[0]!.id);

    // The agent sees the customer's photo on the ticket.
    const ticket = await h.api(apiKey, 'GET', `/api/v1/tickets/${ticketId}`);
    expect(ticket.status).toBe(200);
    const photoShown = ticket.body.messages.flatMap((m: { attachments?: Array<{ id: string }> }) => m.attachments ?? []);
    expect(photoShown).toContainEqual(expect.objectContaining({ id: inboundAttachmentId, contentType: 'image/png', status: 'stored' }));

    // Bot replies to the photo may still arrive: only what follows the agent's sends counts.
    const before = rig.delivered().length;
    const sendFile = async (bytes: Buffer, name: string, declaredType: string, text: string, clientMessageId: string): Promise<string> => {
      const form = new FormData();
      form.append('text', text);
      form.append('clientMessageId', clientMessageId);
      form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), name);
      const res = await fetch(`${h.url}/api/v1/tickets/${ticketId}/messages`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: form });
      const body = (await res.json()) as { messageId: string };
      expect(res.status).toBe(202);
      return body.messageId;
    };
    const imageMessageId = await sendFile(agentImage, 'shipping-label.png', 'image/png', 'Here is your shipping label', `rt-${type}-image`);
    const pdfMessageId = await sendFile(agentPdf, 'return-form.pdf', 'application/pdf', 'And the return form', `rt-${type}-pdf`);

    for (const id of [imageMessageId, pdfMessageId]) {
      await waitFor(
        async () => {
          const [m] = await h.c.database.db.select().from(messages).where(eq(messages.id, id));
          if (m?.deliveryStatus === 'failed') throw new Error(`${type}: agent message failed: ${m.deliveryError}`);
          return m?.deliveryStatus === 'sent' || m?.deliveryStatus === 'delivered' || m?.deliveryStatus === 'read';
        },
        { what: `${type}: agent message ${id} sent` },
      );
    }
    const got = rig.delivered().slice(before);
    const link = new RegExp(`${escapeRe(publicBase)}/files/[^\\s)"'<>\\]]+`, 'g');

    /** The customer gets `expected` by the route the channel allows: a native medium of `kind` (by URL or uploaded), else a link in a text. */
    async function expectReceived(kind: 'image' | 'file', expected: Buffer): Promise<void> {
      const files: Buffer[] = [];
      if (adapter.capabilities.media[kind]) {
        const media = got.filter((d) => d.kind === kind);
        expect(media.length, `${type}: a native ${kind} send in ${JSON.stringify(got.map((d) => d.kind))}`).toBeGreaterThan(0);
        for (const medium of media) {
          if (medium.bytes) {
            files.push(medium.bytes);
            continue;
          }
          expect(medium.url, `${type}: the ${kind} went by a signed link`).toMatch(new RegExp(`^${escapeRe(publicBase)}/files/`));
          const res = await fetch(reachable(medium.url!));
          expect(res.status).toBe(200);
          files.push(Buffer.from(await res.arrayBuffer()));
        }
      } else {
        const links = got.flatMap((d) => (d.kind === 'text' && d.text ? [...d.text.matchAll(link)].map((m) => m[0]) : []));
        expect(links.length, `${type}: a link in the texts sent`).toBeGreaterThan(0);
        for (const url of links) {
          const res = await fetch(reachable(url));
          expect(res.status).toBe(200);
          files.push(Buffer.from(await res.arrayBuffer()));
        }
      }
      expect(files.some((b) => b.equals(expected)), `${type}: the agent's ${kind} reached the customer byte for byte`).toBe(true);
    }

    await expectReceived('image', agentImage);
    await expectReceived('file', agentPdf);

    // The ticket shows both files the agent sent, stored with their sniffed types.
    const after = await h.api(apiKey, 'GET', `/api/v1/tickets/${ticketId}`);
    const sentFiles = Object.fromEntries(
      after.body.messages.filter((m: { id: string }) => m.id === imageMessageId || m.id === pdfMessageId).map((m: { id: string; attachments: unknown[] }) => [m.id, m.attachments]),
    );
    expect(sentFiles[imageMessageId]).toEqual([expect.objectContaining({ fileName: 'shipping-label.png', contentType: 'image/png', size: agentImage.length, status: 'stored' })]);
    expect(sentFiles[pdfMessageId]).toEqual([expect.objectContaining({ fileName: 'return-form.pdf', contentType: 'application/pdf', size: agentPdf.length, status: 'stored' })]);
  });
});
