/**
 * The session state machine against the stand-in client: QR rendering,
 * login, inbound forwarding, sending, disconnect → backoff → restart from the
 * stored session, initialize failures, stop. No Redis, no Postgres, no Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionNotReadyError, WhatsAppWebSession } from '../../channels/whatsapp-web/whatsapp-web.session.js';
import type { SendCommand, SessionSnapshot } from '../../channels/whatsapp-web/whatsapp-web.bridge.js';
import type { InboundMessage } from '../../channels/types.js';
import { PermanentSendError } from '../../src/domain/errors.js';
import { MemoryRemoteAuthStore, StandInClientFactory, waMessage, type StandInClient } from '../fakes/whatsapp-web-client.js';

const CONN = '9b2f4c1e-0000-4000-8000-00000000000a';
const USER = '4917612345678@c.us';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function until<T>(fn: () => T | undefined | null | false, what: string, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const sendCmd = (text: string, extra: Partial<SendCommand> = {}): SendCommand => ({
  op: 'send',
  requestId: 'r-1',
  outboundId: 'o-1',
  chatId: USER,
  deadline: Date.now() + 10_000,
  message: { kind: 'text', text },
  ...extra,
});

let dataPath: string;
let factory: StandInClientFactory;
let store: MemoryRemoteAuthStore;
let states: SessionSnapshot[];
let inbound: InboundMessage[];
let session: WhatsAppWebSession;

function newSession(backoffMs = 20): WhatsAppWebSession {
  return new WhatsAppWebSession({
    connectionId: CONN,
    tenantId: 'tenant-1',
    factory,
    store,
    dataPath,
    logger: pino({ level: 'silent' }),
    backoff: { initialMs: backoffMs, maxMs: backoffMs * 4, jitter: 0 },
    sink: {
      state: async (s) => void states.push(s),
      inbound: async (m) => void inbound.push(m),
    },
  });
}

const client = (i: number) => until(() => factory.clients[i], `client #${i}`);
const stateNames = () => states.map((s) => s.state);

beforeEach(async () => {
  dataPath = await mkdtemp(path.join(tmpdir(), 'waweb-unit-'));
  factory = new StandInClientFactory();
  store = new MemoryRemoteAuthStore(dataPath);
  states = [];
  inbound = [];
  session = newSession();
});

afterEach(async () => {
  await session.stop();
  await rm(dataPath, { recursive: true, force: true });
});

describe('WhatsAppWebSession', () => {
  it('starting → qr (PNG data URL) → authenticated → ready, and the archive is stored', async () => {
    session.start();
    const c = await client(0);
    await until(() => c.initialized, 'initialize');
    c.showQr();
    await until(() => session.state === 'qr', 'state qr');
    const qr = session.snapshot.qr ?? '';
    expect(qr.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(qr.slice('data:image/png;base64,'.length), 'base64').subarray(0, 8)).toEqual(PNG_SIGNATURE);

    await c.scan(Buffer.from('profile-zip-1'));
    await until(() => session.state === 'ready' && session.snapshot.sessionSavedAt, 'ready + saved');
    expect(session.snapshot.qr).toBeNull();
    expect(stateNames()).toEqual(['starting', 'qr', 'authenticated', 'ready', 'ready']);
    expect(store.archives.get(`RemoteAuth-${CONN}`)?.toString()).toBe('profile-zip-1');
  });

  it('a QR rendered after the scan completed never overrides authenticated', async () => {
    session.start();
    const c = await client(0);
    await until(() => c.initialized, 'initialize');
    c.showQr();
    c.emit('authenticated');
    c.emit('ready');
    await new Promise((r) => setTimeout(r, 50));
    expect(session.state).toBe('ready');
  });

  it('forwards customer messages in order, drops own messages and status updates', async () => {
    session.start();
    const c = await client(0);
    await until(() => c.initialized, 'initialize');
    await c.scan();
    c.receive(waMessage({ from: USER, body: 'first' }));
    c.receive(waMessage({ from: USER, body: 'mine', fromMe: true }));
    c.receive(waMessage({ from: 'status@broadcast', isStatus: true }));
    c.receive(waMessage({ from: USER, body: 'second' }));
    await until(() => inbound.length === 2, 'two inbound');
    expect(inbound.map((m) => m.text)).toEqual(['first', 'second']);
  });

  it('sends text and media only when ready', async () => {
    session.start();
    const c = await client(0);
    await until(() => c.initialized, 'initialize');
    await expect(session.send(sendCmd('too early'))).rejects.toBeInstanceOf(SessionNotReadyError);
    await c.scan();
    const id = await session.send(sendCmd('hello'));
    expect(c.sent).toEqual([{ chatId: USER, content: 'hello', options: undefined, id }]);

    await session.send(sendCmd('see attached', { message: { kind: 'file', text: 'see attached', attachment: { url: 'https://files.example/a.pdf', name: 'a.pdf' } } }));
    expect(c.sent[1]?.options).toEqual({ caption: 'see attached', sendMediaAsDocument: true });
    expect(c.sent[1]?.content).toMatchObject({ filename: 'a.pdf' });
    await expect(session.send(sendCmd('x', { message: { kind: 'image', text: 'x' } }))).rejects.toBeInstanceOf(PermanentSendError);

    await session.typing(USER);
    expect(c.typing).toEqual([USER]);
  });

  it('disconnected → state with reason and retry time → restart → ready from the stored session, no QR', async () => {
    session.start();
    const first = await client(0);
    await until(() => first.initialized, 'initialize');
    first.showQr();
    await until(() => session.state === 'qr', 'state qr');
    await first.scan(Buffer.from('profile-zip-2'));
    await until(() => session.state === 'ready', 'ready');

    first.emit('disconnected', 'NAVIGATION');
    expect(session.state).toBe('disconnected');
    expect(session.snapshot).toMatchObject({ reason: 'disconnected: NAVIGATION', attempt: 1 });
    expect(session.snapshot.nextRetryAt).toBeDefined();
    await expect(session.send(sendCmd('while down'))).rejects.toBeInstanceOf(SessionNotReadyError);

    const second: StandInClient = await client(1);
    expect(first.destroyed).toBe(true);
    await until(() => session.state === 'ready', 'ready again');
    expect(second.qrCount).toBe(0);
    expect(second.restoredArchive?.toString()).toBe('profile-zip-2');
    expect(session.snapshot.attempt).toBe(0);
    // Late events of the replaced client change nothing.
    first.emit('disconnected', 'LATE');
    first.receive(waMessage({ from: USER, body: 'ghost' }));
    await new Promise((r) => setTimeout(r, 30));
    expect(session.state).toBe('ready');
    expect(inbound).toHaveLength(0);
    expect(stateNames()).toEqual(['starting', 'qr', 'authenticated', 'ready', 'ready', 'disconnected', 'starting', 'authenticated', 'ready']);
  });

  it('initialize failures back off exponentially until one succeeds', async () => {
    factory.failInitialize = 2;
    session.start();
    await client(2);
    await until(() => factory.clients[2]?.initialized, 'third client initialized');
    const failures = states.filter((s) => s.state === 'disconnected');
    expect(failures.map((s) => s.attempt)).toEqual([1, 2]);
    expect(failures[0]?.reason).toContain('Failed to launch the browser process');
    // attempt 1 waits 20 ms, attempt 2 waits 40 ms.
    const delays = failures.map((s) => Date.parse(s.nextRetryAt ?? '') - Date.parse(s.updatedAt));
    expect(delays[0]).toBeGreaterThanOrEqual(19);
    expect(delays[0]).toBeLessThanOrEqual(21);
    expect(delays[1]).toBeGreaterThanOrEqual(39);
    expect(delays[1]).toBeLessThanOrEqual(41);
  });

  it('auth_failure is a disconnect too', async () => {
    session.start();
    const c = await client(0);
    await until(() => c.initialized, 'initialize');
    c.emit('auth_failure', 'restore failed');
    expect(session.snapshot).toMatchObject({ state: 'disconnected', reason: 'authentication failed: restore failed' });
    await client(1);
  });

  it('stop() destroys the client and cancels a scheduled restart', async () => {
    session = newSession(100);
    session.start();
    const c = await client(0);
    await until(() => c.initialized, 'initialize');
    c.emit('disconnected', 'CONFLICT');
    await session.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(factory.clients).toHaveLength(1);
    expect(c.destroyed).toBe(true);
  });
});
