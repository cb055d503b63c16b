/**
 * The send side of the channel contract, run over every adapter in the
 * registry against its fake platform (tests/fakes/): a success, a 429 with and
 * without Retry-After, a 4xx, a 5xx and a request that never gets an answer
 * must each end the same way on every channel, because the worker decides a
 * job's fate from the error type alone:
 *
 * | outcome                  | error                 | the job                        |
 * | ------------------------ | --------------------- | ------------------------------ |
 * | 429 + Retry-After: 7     | RateLimitedError 7 s  | waits, not counted as attempt  |
 * | 429 without a wait       | RateLimitedError 1 s  | (DEFAULT_RETRY_AFTER_MS)       |
 * | 4xx                      | PermanentSendError    | fails for good                 |
 * | 5xx                      | RetryableSendError    | retries with backoff           |
 * | no answer                | RetryableSendError    | (the timeout cancels the call) |
 *
 * Channels whose messages go through our own Redis (web chat, WhatsApp Web)
 * declare the outcomes they cannot produce, with the reason.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS } from '../../channels/platform-http.js';
import { adapters } from '../../channels/registry.js';
import type { OutboundMessage } from '../../channels/types.js';
import { PermanentSendError, RateLimitedError, RetryableSendError } from '../../src/domain/errors.js';
import { REDIS_URL } from '../helpers/harness.js';
import { FAILURES, FORMATTED_SAMPLE, RETRY_AFTER_S, sendKits, type Failure, type SendSetup } from './send-kits.js';

const KEY_PREFIX = `test-send-contract-${process.pid}-${randomUUID().slice(0, 8)}`;
/** Short, so the "no answer" case ends quickly; long enough for a loaded machine's fake to answer the others. */
const TIMEOUT_MS = 1500;

const message = (): OutboundMessage => ({ id: randomUUID(), kind: 'text', text: 'Your order **#4471** ships today.', senderType: 'bot' });

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { resolved: await promise };
  } catch (err) {
    return err;
  }
}

const expected: Record<Failure, (err: unknown) => void> = {
  '429 with Retry-After': (err) => {
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterMs).toBe(RETRY_AFTER_S * 1000);
  },
  '429 without Retry-After': (err) => {
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterMs).toBe(DEFAULT_RETRY_AFTER_MS);
  },
  '4xx': (err) => expect(err).toBeInstanceOf(PermanentSendError),
  '5xx': (err) => expect(err).toBeInstanceOf(RetryableSendError),
  timeout: (err) => {
    expect(err).toBeInstanceOf(RetryableSendError);
    expect((err as Error).message).toMatch(/timed out after \d+ ms/);
  },
};

let redis: Redis;

beforeAll(() => {
  redis = new Redis(REDIS_URL);
});

afterAll(async () => {
  const keys = await redis.keys(`${KEY_PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe.each(adapters.map((a) => [a.type, a] as const))('%s adapter sends', (type, adapter) => {
  const kit = sendKits[type];

  it('has a send kit', () => {
    expect(kit, `add a send kit for ${type} in tests/contract/send-kits.ts`).toBeDefined();
  });
  if (!kit) return;

  let setup: SendSetup;
  beforeAll(async () => {
    setup = await kit.setup(redis, KEY_PREFIX);
  });
  afterAll(async () => {
    await setup?.stop();
  });

  it('declares every platform outcome, or why its transport has none', () => {
    const missing = kit.transport === 'http' ? Object.keys(kit.notApplicable ?? {}) : [];
    expect(missing, 'an HTTP platform answers 429, 4xx, 5xx and can hang: no outcome may be left out').toEqual([]);
    for (const reason of Object.values(kit.notApplicable ?? {})) expect(reason.length).toBeGreaterThan(10);
  });

  it('success → the platform message id', async () => {
    const result = await adapter.send(setup.ctx(TIMEOUT_MS), setup.target, message());
    expect(result.platformMessageId).toBeTruthy();
  });

  for (const failure of FAILURES) {
    if (kit.notApplicable?.[failure]) continue;
    it(`${failure} → the same typed error as on every channel, after exactly one request`, async () => {
      setup.fail(failure);
      const before = setup.requestsMade();
      const err = await outcome(adapter.send(setup.ctx(TIMEOUT_MS), setup.target, message()));
      expected[failure](err);
      // No hidden client retry: a send is not idempotent, retries belong to the job.
      expect(setup.requestsMade() - before).toBe(1);
      // The reason names the platform's status, for the delivery error an agent reads.
      if (kit.transport === 'http' && failure !== 'timeout') expect((err as Error).message).toMatch(/\b(4\d\d|5\d\d)\b/);
    });
  }

  it('renders formatted text the way the platform shows it (no literal asterisks or table pipes)', async () => {
    const sent = { ...message(), text: FORMATTED_SAMPLE };
    await adapter.send(setup.ctx(TIMEOUT_MS), setup.target, sent);
    const shown = await setup.lastDelivered(sent.id);
    for (const piece of kit.formatted.contains) expect(shown, `${type} shows ${JSON.stringify(piece)}`).toContain(piece);
    for (const piece of kit.formatted.absent) expect(shown, `${type} must not show ${JSON.stringify(piece)}`).not.toContain(piece);
  });

  it('after every failure, the next send goes through (nothing stuck in the adapter)', async () => {
    const result = await adapter.send(setup.ctx(TIMEOUT_MS), setup.target, message());
    expect(result.platformMessageId).toBeTruthy();
  });
});
