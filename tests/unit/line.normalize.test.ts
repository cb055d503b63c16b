import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import { lineAdapter, lineRetryKey, type LineCredentials } from '../../channels/line/line.adapter.js';
import { renderLine } from '../../channels/line/line.render.js';
import type { ChannelContext, InboundEvent, WebhookRequest } from '../../channels/types.js';
import { PayloadError, WebhookAuthError } from '../../src/domain/errors.js';
import { signedLineWebhook, signLineBody } from '../fakes/line-api.js';

const SECRET = 'test-channel-secret';
// verifyWebhook reads only the credentials; parseWebhook reads nothing from ctx.
const ctx = { credentials: { channelSecret: SECRET, channelAccessToken: 'token' } } as ChannelContext<LineCredentials>;

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/line/${name}.json`, import.meta.url), 'utf8');
const parse = (body: string | object): InboundEvent[] => {
  const req = signedLineWebhook(body, SECRET);
  lineAdapter.verifyWebhook(req, ctx);
  return lineAdapter.parseWebhook(req, ctx);
};
const parseFixture = (name: string): InboundEvent[] => parse(fixture(name));
const payloadError = (body: string | object): PayloadError => {
  try {
    lineAdapter.parseWebhook(signedLineWebhook(body, SECRET), ctx);
  } catch (err) {
    expect(err).toBeInstanceOf(PayloadError);
    return err as PayloadError;
  }
  throw new Error('expected a PayloadError');
};

const USER = 'U4af4980629a1b2c3d4e5f60718293a4b';

describe('LINE webhook signature', () => {
  const body = fixture('text-user');

  it('accepts the HMAC-SHA256 of the raw body', () => {
    expect(() => lineAdapter.verifyWebhook(signedLineWebhook(body, SECRET), ctx)).not.toThrow();
  });

  it('rejects a missing signature', () => {
    const req: WebhookRequest = { ...signedLineWebhook(body, SECRET), headers: { 'content-type': 'application/json' } };
    expect(() => lineAdapter.verifyWebhook(req, ctx)).toThrow(WebhookAuthError);
  });

  it('rejects a signature made with another secret', () => {
    const req = signedLineWebhook(body, 'someone-elses-secret');
    expect(() => lineAdapter.verifyWebhook(req, ctx)).toThrow(WebhookAuthError);
  });

  it('rejects garbage and empty signatures', () => {
    for (const sig of ['not base64 at all!', '', 'AAAA']) {
      const req = signedLineWebhook(body, SECRET);
      req.headers['x-line-signature'] = sig;
      expect(() => lineAdapter.verifyWebhook(req, ctx)).toThrow(WebhookAuthError);
    }
  });

  it('rejects a body changed by one byte after signing', () => {
    const req = signedLineWebhook(body, SECRET);
    const tampered = Buffer.from(req.rawBody);
    const i = tampered.indexOf('Hello');
    tampered[i] = 'J'.charCodeAt(0);
    expect(() => lineAdapter.verifyWebhook({ ...req, rawBody: tampered }, ctx)).toThrow(WebhookAuthError);
  });

  it('checks the raw bytes, not a re-serialisation', () => {
    // Same JSON value, different bytes: only the bytes LINE signed are valid.
    const raw = '{"destination":"Uxx",  "events":[]}';
    const req: WebhookRequest = {
      method: 'POST',
      headers: { 'x-line-signature': signLineBody(raw, SECRET) },
      query: {},
      rawBody: Buffer.from(raw),
    };
    expect(() => lineAdapter.verifyWebhook(req, ctx)).not.toThrow();
    const compact = { ...req, rawBody: Buffer.from(JSON.stringify(JSON.parse(raw))) };
    expect(() => lineAdapter.verifyWebhook(compact, ctx)).toThrow(WebhookAuthError);
  });
});

describe('LINE webhook normalisation', () => {
  it('text from a user', () => {
    expect(parseFixture('text-user')).toEqual([
      {
        type: 'message',
        message: {
          platformMessageId: '01FZ74A0TDDPYRVKNK77XKC3ZR',
          externalUserId: USER,
          externalThreadId: USER,
          kind: 'text',
          text: 'Hello, I need help with my order',
          payload: { platform: { lineMessageId: '444573844083572737', quoteToken: 'q3Plxr4AgKd1a2b3c4' } },
          sentAt: new Date(1462629479859),
          threadMetadata: {
            lineSourceType: 'user',
            lineReplyToken: 'nHuyWiB7yP5Zw52FIkcQobQuGDXCTA',
            lineReplyTokenAt: 1462629479859,
          },
        },
      },
    ]);
  });

  it('a redelivery keeps the webhookEventId (dedup key) and is flagged', () => {
    const [first] = parseFixture('text-user');
    const [again] = parseFixture('redelivery');
    if (first?.type !== 'message' || again?.type !== 'message') throw new Error('expected messages');
    expect(again.message.platformMessageId).toBe(first.message.platformMessageId);
    expect(again.message.payload.platform).toMatchObject({ isRedelivery: true });
    expect(again.message.threadMetadata?.lineReplyTokenAt).toBe(1462629479859);
  });

  it('text in a group replies to the group, from the user', () => {
    const [event] = parseFixture('text-group');
    expect(event).toMatchObject({
      type: 'message',
      message: {
        externalUserId: 'U91eeaf62d9a1b2c3d4e5f60718293a4c',
        externalThreadId: 'Ca56f94637c1b2c3d4e5f60718293a4bc',
        kind: 'text',
        text: '@bot what are your opening hours?',
        threadMetadata: {
          lineSourceType: 'group',
          lineGroupId: 'Ca56f94637c1b2c3d4e5f60718293a4bc',
          lineReplyToken: 'b60d432864f44d079f6d8efe86cf404b',
          lineReplyTokenAt: 1462629479960,
        },
      },
    });
  });

  it('text in a room', () => {
    const [event] = parseFixture('text-room');
    expect(event).toMatchObject({
      type: 'message',
      message: {
        externalUserId: USER,
        externalThreadId: 'Ra8dbf4673c1b2c3d4e5f60718293a4bd',
        threadMetadata: { lineSourceType: 'room', lineRoomId: 'Ra8dbf4673c1b2c3d4e5f60718293a4bd' },
      },
    });
  });

  it('a group member who does not share a userId: the group stands in for the user', () => {
    const body = JSON.parse(fixture('text-group')) as { events: Array<{ source: Record<string, unknown> }> };
    const first = body.events[0];
    if (!first) throw new Error('fixture has no event');
    delete first.source.userId;
    const [event] = parse(body);
    expect(event).toMatchObject({
      message: { externalUserId: 'Ca56f94637c1b2c3d4e5f60718293a4bc', externalThreadId: 'Ca56f94637c1b2c3d4e5f60718293a4bc' },
    });
  });

  it('image: content is fetched by id from the data API', () => {
    expect(parseFixture('image')).toEqual([
      {
        type: 'message',
        message: expect.objectContaining({
          platformMessageId: '01GRQ3ABKJFQS9RR0ZGS0YXM9H',
          kind: 'image',
          text: '',
          payload: {
            attachments: [{ platformFileId: '354718705033693859', mimeType: 'image/jpeg' }],
            platform: { lineMessageId: '354718705033693859' },
          },
        }),
      },
    ]);
  });

  it('video from an external provider keeps its URL', () => {
    const [event] = parseFixture('video-external');
    expect(event).toMatchObject({
      message: {
        kind: 'file',
        text: '',
        payload: { attachments: [{ platformFileId: '325708', url: 'https://example.com/original.mp4' }] },
      },
    });
  });

  it('audio becomes a file', () => {
    const [event] = parseFixture('audio');
    expect(event).toMatchObject({
      message: { kind: 'file', payload: { attachments: [{ platformFileId: '325709', mimeType: 'audio/mp4' }] } },
    });
  });

  it('file keeps name and size', () => {
    const [event] = parseFixture('file');
    expect(event).toMatchObject({
      message: {
        kind: 'file',
        text: '',
        payload: { attachments: [{ platformFileId: '325710', name: 'invoice-2024-001.pdf', size: 2138 }] },
      },
    });
  });

  it('location', () => {
    const [event] = parseFixture('location');
    expect(event).toMatchObject({
      message: {
        kind: 'location',
        text: '[location] my location, 1-3 Kioicho, Chiyoda-ku, Tokyo, 102-8282, Japan (35.67966, 139.73669)',
        payload: {
          location: {
            latitude: 35.67966,
            longitude: 139.73669,
            name: 'my location',
            address: '1-3 Kioicho, Chiyoda-ku, Tokyo, 102-8282, Japan',
          },
        },
      },
    });
  });

  it('sticker becomes text with its keywords, ids kept', () => {
    const [event] = parseFixture('sticker');
    expect(event).toMatchObject({
      message: {
        kind: 'text',
        text: '[sticker] cony, sally, Staring, hi, whatsup',
        payload: { platform: { packageId: '11537', stickerId: '52002738', stickerResourceType: 'ANIMATION' } },
      },
    });
  });

  it('postback becomes a button_reply', () => {
    const [event] = parseFixture('postback');
    expect(event).toMatchObject({
      type: 'message',
      message: {
        platformMessageId: '01GRQ3H3K5M7N9P1Q3R5S7T9V1',
        kind: 'button_reply',
        text: 'storeId=12345',
        payload: { buttonPayload: 'storeId=12345', platform: { postbackParams: { datetime: '2017-12-25T01:00' } } },
        threadMetadata: { lineReplyToken: 'b60d432864f44d079f6d8efe86cf404b' },
      },
    });
  });

  it('postback without data uses its params as text', () => {
    const body = JSON.parse(fixture('postback')) as { events: Array<{ postback: { data: string } }> };
    const first = body.events[0];
    if (!first) throw new Error('fixture has no event');
    first.postback.data = '';
    expect(parse(body)[0]).toMatchObject({ message: { text: 'datetime=2017-12-25T01:00', payload: { buttonPayload: '' } } });
  });

  it('follow and unfollow are identity events', () => {
    expect(parseFixture('follow')).toEqual([
      { type: 'identity', identity: { externalUserId: 'U3d3edab4f36c6292e6d8a8131f141b8b', status: 'active' } },
    ]);
    expect(parseFixture('unfollow')).toEqual([
      { type: 'identity', identity: { externalUserId: 'U3d3edab4f36c6292e6d8a8131f141b8b', status: 'blocked' } },
    ]);
  });

  it('unsupported events are ignored, not rejected', () => {
    expect(parseFixture('unsupported-beacon')).toEqual([{ type: 'ignored', reason: 'unsupported event type: beacon' }]);
    expect(parseFixture('unsupported-member-joined')).toEqual([
      { type: 'ignored', reason: 'unsupported event type: memberJoined' },
    ]);
  });

  it('unsupported message types are ignored', () => {
    const body = JSON.parse(fixture('text-user')) as { events: Array<{ message: Record<string, unknown> }> };
    const first = body.events[0];
    if (!first) throw new Error('fixture has no event');
    first.message = { id: '1', type: 'hologram' };
    expect(parse(body)).toEqual([{ type: 'ignored', reason: 'unsupported message type: hologram' }]);
  });

  it('the console verification call (no events) yields nothing', () => {
    expect(parseFixture('verification')).toEqual([]);
  });

  it('keeps the order of several events in one body', () => {
    const a = JSON.parse(fixture('text-user')) as { destination: string; events: unknown[] };
    const b = JSON.parse(fixture('follow')) as { events: unknown[] };
    const c = JSON.parse(fixture('unsupported-beacon')) as { events: unknown[] };
    const events = parse({ destination: a.destination, events: [...a.events, ...b.events, ...c.events] });
    expect(events.map((e) => e.type)).toEqual(['message', 'identity', 'ignored']);
  });
});

describe('LINE webhook validation', () => {
  it('invalid JSON', () => {
    expect(payloadError('{"destination":').message).toMatch(/^invalid JSON: /);
  });

  it('events not an array', () => {
    expect(payloadError({ destination: 'U1', events: {} }).message).toMatch(/events: .*expected array/);
  });

  it('missing destination', () => {
    expect(payloadError({ events: [] }).message).toMatch(/destination/);
  });

  it('message event without message.id', () => {
    const body = JSON.parse(fixture('text-user')) as { events: Array<{ message: Record<string, unknown> }> };
    delete body.events[0]?.message.id;
    expect(payloadError(body).message).toMatch(/events\[0\]\.message\.id: /);
  });

  it('an event without webhookEventId (from before 2021) is still read; its message id keys the dedup', () => {
    const body = JSON.parse(fixture('text-user')) as { events: Array<Record<string, unknown>> };
    delete body.events[0]?.webhookEventId;
    const [event] = parse(body);
    if (event?.type !== 'message') throw new Error('expected a message');
    expect(event.message.platformMessageId).toBe(`message:${USER}:${body.events[0]?.timestamp as number}:444573844083572737`);
    // The same event again keys the same id: a redelivery is stored once.
    const [again] = parse(body);
    expect(again?.type === 'message' && again.message.platformMessageId).toBe(event.message.platformMessageId);
  });

  it('a source type the gateway cannot answer is ignored with its type, never a 400', () => {
    const body = JSON.parse(fixture('text-user')) as { events: Array<{ source: Record<string, unknown> }> };
    const first = body.events[0];
    if (!first) throw new Error('fixture has no event');
    first.source = { type: 'unknownunknownuknown' };
    expect(parse(body)).toEqual([{ type: 'ignored', reason: 'message event from unsupported source type: unknownunknownuknown' }]);
  });

  it('a malformed event next to a good one: the good one is read, the bad one ignored with the reason', () => {
    const good = JSON.parse(fixture('text-user')) as { destination: string; events: Array<Record<string, unknown>> };
    const bad = structuredClone(good.events[0] ?? {});
    delete (bad.message as Record<string, unknown>).id;
    const events = parse({ destination: good.destination, events: [...good.events, bad] });
    expect(events.map((e) => e.type)).toEqual(['message', 'ignored']);
    expect(events[1]).toMatchObject({ reason: expect.stringMatching(/events\[1\]\.message\.id/) });
  });

  it('message event without source', () => {
    const body = JSON.parse(fixture('text-user')) as { events: Array<Record<string, unknown>> };
    delete body.events[0]?.source;
    expect(payloadError(body).message).toMatch(/events\[0\]\.source: /);
  });

  it('wrong field types inside a message', () => {
    const body = JSON.parse(fixture('location')) as { events: Array<{ message: Record<string, unknown> }> };
    const first = body.events[0];
    if (!first) throw new Error('fixture has no event');
    first.message.latitude = 'north';
    const err = payloadError(body);
    expect(err.message).toMatch(/events\[0\]\.message\.latitude: /);
    expect(err.details).toEqual([expect.objectContaining({ path: 'events[0].message.latitude' })]);
  });

  it('a 1:1 source without userId', () => {
    const body = JSON.parse(fixture('text-user')) as { events: Array<{ source: Record<string, unknown> }> };
    delete body.events[0]?.source.userId;
    expect(payloadError(body).message).toMatch(/events\[0\]\.source\.userId: /);
  });

  it('non-object bodies', () => {
    for (const body of ['null', '[]', '"text"', '42']) expect(payloadError(body).message).toMatch(/invalid LINE webhook body/);
  });
});

describe('LINE outbound helpers', () => {
  it('retry key: a UUID id is used as is, anything else maps to a stable UUIDv5', () => {
    expect(lineRetryKey('123E4567-E89B-12D3-A456-426614174000')).toBe('123e4567-e89b-12d3-a456-426614174000');
    const key = lineRetryKey('msg_42');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lineRetryKey('msg_42')).toBe(key);
    expect(lineRetryKey('msg_43')).not.toBe(key);
  });

  it('buttons become a text with postback quick replies', () => {
    const messages = renderLine({
      id: 'm1',
      kind: 'buttons',
      text: 'Track or return?',
      senderType: 'bot',
      buttons: [
        { title: 'Track my order', payload: 'TRACK' },
        { title: 'A title that is far longer than twenty', payload: 'LONG' },
      ],
    });
    expect(messages).toEqual([
      {
        type: 'text',
        text: 'Track or return?',
        quickReply: {
          items: [
            { type: 'action', action: { type: 'postback', label: 'Track my order', data: 'TRACK', displayText: 'Track my order' } },
            {
              type: 'action',
              action: {
                type: 'postback',
                label: 'A title that is far ',
                data: 'LONG',
                displayText: 'A title that is far longer than twenty',
              },
            },
          ],
        },
      },
    ]);
  });

  it('files become a link (degrade does it: LINE declares no files)', () => {
    const draft = { kind: 'file' as const, text: 'Your invoice', senderType: 'bot' as const, attachment: { url: 'https://cdn.example.com/inv.pdf', name: 'inv.pdf' } };
    const [part] = degrade(draft, lineAdapter.capabilities);
    expect(part).toEqual({ kind: 'text', text: 'Your invoice\ninv.pdf: https://cdn.example.com/inv.pdf', senderType: 'bot' });
    expect(renderLine({ id: 'm2', ...part! })).toEqual([{ type: 'text', text: 'Your invoice\ninv.pdf: https://cdn.example.com/inv.pdf' }]);
  });
});
