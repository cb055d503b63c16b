/**
 * The media side of the channel contract, run over every adapter in the
 * registry against its fake platform (tests/fakes/):
 *
 * | inbound download (`fetchMedia`)                 | outcome                      |
 * | ----------------------------------------------- | ---------------------------- |
 * | a file the customer sent                        | its bytes, with the platform's auth |
 * | larger than the limit, by its declared length   | MediaTooLargeError           |
 * | no length, never-ending stream                  | MediaTooLargeError, download aborted |
 * | the platform no longer has it (404, expired id) | PermanentSendError           |
 *
 * and outbound: an image goes out natively where the channel declares images
 * (uploaded first where the platform wants bytes), else as a link in the
 * text; a file likewise. Web chat downloads nothing (its uploads go straight
 * to storage) and must say so by having no `fetchMedia`.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import { adapters } from '../../channels/registry.js';
import type { OutboundMessage } from '../../channels/types.js';
import { MediaTooLargeError, PermanentSendError } from '../../src/domain/errors.js';
import { fakeJpeg, mediaStats, startFakeFileHost, type FakeFileHost } from '../fakes/media.js';
import { REDIS_URL } from '../helpers/harness.js';
import { mediaKits, type MediaSetup } from './media-kits.js';

const KEY_PREFIX = `test-media-contract-${process.pid}-${randomUUID().slice(0, 8)}`;
const TIMEOUT_MS = 10_000;
const LIMIT = 100_000;

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { resolved: await promise };
  } catch (err) {
    return err;
  }
}

let redis: Redis;
let host: FakeFileHost;

beforeAll(async () => {
  redis = new Redis(REDIS_URL);
  host = await startFakeFileHost();
});

afterAll(async () => {
  const keys = await redis.keys(`${KEY_PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await host?.stop();
});

describe.each(adapters.map((a) => [a.type, a] as const))('%s adapter media', (type, adapter) => {
  const kit = mediaKits[type];

  it('has a media kit', () => {
    expect(kit, `add a media kit for ${type} in tests/contract/media-kits.ts`).toBeDefined();
  });
  if (!kit) return;

  let setup: MediaSetup;
  beforeAll(async () => {
    setup = await kit.setup(redis, KEY_PREFIX);
  });
  afterAll(async () => {
    await setup?.stop();
  });

  it('downloads inbound media unless its files reach the gateway directly (web chat)', () => {
    if (type === 'webchat') expect(adapter.fetchMedia).toBeUndefined();
    else expect(adapter.fetchMedia, `${type} must implement fetchMedia`).toBeTypeOf('function');
  });

  const fetchMedia = adapter.fetchMedia?.bind(adapter);
  if (fetchMedia) {
    it('downloads a file the customer sent, byte for byte, authenticated as the platform wants', async () => {
      const body = fakeJpeg(3000);
      const stored = await setup.put!({ body, contentType: 'image/jpeg', fileName: 'broken-hinge.jpg' });
      const got = await fetchMedia(setup.ctx(TIMEOUT_MS), stored.attachment, stored.inbound, { maxBytes: LIMIT });
      expect(got.body.equals(body)).toBe(true);
      expect(got.contentType).toBe('image/jpeg');
    });

    it('refuses a file larger than the limit by its declared length → MediaTooLargeError', async () => {
      const stored = await setup.put!({ body: fakeJpeg(LIMIT + 5000), contentType: 'image/jpeg', mode: 'length' });
      const err = await outcome(fetchMedia(setup.ctx(TIMEOUT_MS), stored.attachment, stored.inbound, { maxBytes: LIMIT }));
      expect(err).toBeInstanceOf(MediaTooLargeError);
      expect((err as MediaTooLargeError).limitBytes).toBe(LIMIT);
    });

    if (kit.noStreaming) {
      it(`refuses a file far past the limit (no stream to cut: ${kit.noStreaming.slice(0, 60)}…)`, async () => {
        const stored = await setup.put!({ body: fakeJpeg(16_384), contentType: 'video/mp4', mode: 'endless' });
        expect(await outcome(fetchMedia(setup.ctx(TIMEOUT_MS), stored.attachment, stored.inbound, { maxBytes: LIMIT }))).toBeInstanceOf(MediaTooLargeError);
      });
    } else {
      it('counts the bytes of a stream without a length and aborts it past the limit → MediaTooLargeError', async () => {
        const before = mediaStats.abortedStreams;
        // Never ends: only a client that counts and aborts gets out (else: a timeout, a RetryableSendError).
        const stored = await setup.put!({ body: fakeJpeg(16_384), contentType: 'video/mp4', mode: 'endless' });
        expect(await outcome(fetchMedia(setup.ctx(TIMEOUT_MS), stored.attachment, stored.inbound, { maxBytes: LIMIT }))).toBeInstanceOf(MediaTooLargeError);
        // The fake sees the connection closed: the transfer stopped, not only the reading.
        await vi.waitFor(() => expect(mediaStats.abortedStreams).toBeGreaterThan(before), { timeout: 5000 });
      });

      it('reads a stream without a length that stays under the limit', async () => {
        const body = fakeJpeg(40_000);
        const stored = await setup.put!({ body, contentType: 'image/jpeg', mode: 'chunked' });
        const got = await fetchMedia(setup.ctx(TIMEOUT_MS), stored.attachment, stored.inbound, { maxBytes: LIMIT });
        expect(got.body.equals(body)).toBe(true);
      });
    }

    it('a file the platform no longer has → PermanentSendError (kept as a reference, never retried)', async () => {
      const stored = await setup.gone!();
      expect(await outcome(fetchMedia(setup.ctx(TIMEOUT_MS), stored.attachment, stored.inbound, { maxBytes: LIMIT }))).toBeInstanceOf(PermanentSendError);
    });
  }

  /** Sends one agent attachment the way the outbound worker does: degraded to the channel, each part in turn. */
  async function sendAttachment(kind: 'image' | 'file', url: string, mimeType: string, name: string): Promise<void> {
    const parts = degrade({ kind, text: `Here is ${name}`, attachment: { url, mimeType, name }, senderType: 'agent' }, adapter.capabilities);
    for (const part of parts) {
      const message: OutboundMessage = { id: randomUUID(), ...part };
      await adapter.send(setup.ctx(TIMEOUT_MS), setup.target, message);
    }
  }

  const fileUrl = (name: string, contentType: string, body: Buffer) => (kit.httpsUrls ? `https://files.example.test/signed/${name}?sig=abc` : host.put(`${randomUUID()}/${name}`, { body, contentType }));

  it(`sends an image ${adapter.capabilities.media.image ? 'natively' : 'as a link'}`, async () => {
    const url = fileUrl('label.png', 'image/png', fakeJpeg(4000));
    const before = (await setup.received()).length;
    await sendAttachment('image', url, 'image/png', 'label.png');
    await vi.waitFor(async () => {
      const got = (await setup.received()).slice(before);
      if (adapter.capabilities.media.image) expect(got.some((r) => r.type === 'image')).toBe(true);
      else expect(got.some((r) => r.type === 'text' && r.text.includes(url))).toBe(true);
    });
  });

  it(`sends a document ${adapter.capabilities.media.file ? 'natively (uploaded where the platform wants bytes)' : 'as a link in the text'}`, async () => {
    const url = fileUrl('return-form.txt', 'text/plain', Buffer.from('Return form: order #4471\n'));
    const before = (await setup.received()).length;
    await sendAttachment('file', url, 'text/plain', 'return-form.txt');
    await vi.waitFor(async () => {
      const got = (await setup.received()).slice(before);
      if (adapter.capabilities.media.file) expect(got.some((r) => r.type === 'file')).toBe(true);
      else expect(got.some((r) => r.type === 'text' && r.text.includes(url))).toBe(true);
    });
  });
});
