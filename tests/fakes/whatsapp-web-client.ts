/**
 * An in-process stand-in for whatsapp-web.js's `Client`: the same events
 * (`qr`, `authenticated`, `ready`, `message`, `disconnected`, `auth_failure`,
 * `remote_session_saved`) and the methods the gateway calls, driven by the
 * test instead of web.whatsapp.com. Tests never reach WhatsApp or start Chromium.
 *
 * It talks to the RemoteAuth store exactly like RemoteAuth does
 * (whatsapp-web.js src/authStrategies/RemoteAuth.js): on `initialize()` it asks
 * `sessionExists` and, when a session is stored, `extract`s the zip to
 * `<dataPath>/RemoteAuth-<id>.zip` and logs in without a QR; after a scan it
 * writes that zip and calls `save`, then emits `remote_session_saved`.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type WAWebJS from 'whatsapp-web.js';
import type { Redis } from 'ioredis';
import type { ClientFactory, ClientFactoryInput, SessionClient, SessionStore } from '../../channels/whatsapp-web/whatsapp-web.client.js';
import { bridgeCommandSchema, wawebKeys, type BridgeMediaReply, type BridgeReply, type DownloadCommand } from '../../channels/whatsapp-web/whatsapp-web.bridge.js';

/** The fields of whatsapp-web.js's `Message` the stand-in fills in. */
export type StandInMessage = Pick<WAWebJS.Message, 'id' | 'from' | 'to' | 'body' | 'fromMe' | 'hasMedia' | 'timestamp' | 'isStatus' | 'broadcast'> &
  Partial<Pick<WAWebJS.Message, 'author' | 'location' | 'selectedButtonId' | 'selectedRowId' | 'vCards'>> & {
    type: `${WAWebJS.MessageTypes}`;
    rawData: Record<string, unknown>;
  };

let seq = 0;

/** A `message` event payload as whatsapp-web.js builds it (private chat text unless overridden). */
export function waMessage(fields: Partial<StandInMessage> & { from: string }): StandInMessage {
  const id = (fields.id?.id ?? randomBytes(10).toString('hex').toUpperCase()) + String(seq++);
  const fromMe = fields.fromMe ?? false;
  return {
    id: { fromMe, remote: fields.from, id, _serialized: `${fromMe}_${fields.from}_${id}` },
    to: '4915100000000@c.us',
    body: 'hello',
    type: 'chat',
    fromMe,
    hasMedia: false,
    timestamp: Math.floor(Date.now() / 1000),
    isStatus: false,
    broadcast: false,
    rawData: { notifyName: 'Alice' },
    ...fields,
  };
}

export interface SentRecord {
  chatId: string;
  content: string | WAWebJS.MessageMedia;
  options?: WAWebJS.MessageSendOptions;
  id: string;
}

export class StandInClient extends EventEmitter implements SessionClient {
  readonly sent: SentRecord[] = [];
  readonly typing: string[] = [];
  qrCount = 0;
  initialized = false;
  destroyed = false;
  /** The archive RemoteAuth would have unzipped at start, when a session was stored. */
  restoredArchive: Buffer | undefined;
  /** Makes the next `sendMessage` calls fail (e.g. the page crashed). */
  failSends = 0;
  /** Media of messages the stand-in has "seen", by serialized id; `null`: WhatsApp no longer has it. */
  readonly media = new Map<string, WAWebJS.MessageMedia | null>();
  /** Message ids whose media was downloaded. */
  readonly downloads: string[] = [];

  constructor(
    readonly input: ClientFactoryInput,
    private readonly behaviour: { initializeError?: Error } = {},
  ) {
    super();
  }

  get sessionName(): string {
    return `RemoteAuth-${this.input.connectionId}`;
  }

  private get zipPath(): string {
    return path.join(this.input.dataPath, `${this.sessionName}.zip`);
  }

  async initialize(): Promise<void> {
    if (this.behaviour.initializeError) throw this.behaviour.initializeError;
    this.initialized = true;
    const { store } = this.input;
    if (await store.sessionExists({ session: this.sessionName })) {
      await mkdir(this.input.dataPath, { recursive: true });
      await store.extract({ session: this.sessionName, path: this.zipPath });
      this.restoredArchive = await readFile(this.zipPath);
      await rm(this.zipPath, { force: true });
      // The restored profile is logged in: WhatsApp Web shows the chats, never a QR.
      setImmediate(() => {
        this.emit('authenticated');
        this.emit('ready');
      });
    }
  }

  /** WhatsApp Web shows a (new) login QR code. */
  showQr(code = `2@${randomBytes(24).toString('base64')},${randomBytes(16).toString('base64')}`): void {
    this.qrCount++;
    this.emit('qr', code);
  }

  /** The phone scanned the QR: logged in, then RemoteAuth stores the profile archive. */
  async scan(archive: Buffer = randomBytes(2048)): Promise<void> {
    this.emit('authenticated');
    this.emit('ready');
    await this.saveSession(archive);
  }

  /** RemoteAuth.storeRemoteSession: zip in dataPath → store.save → `remote_session_saved`. */
  async saveSession(archive: Buffer): Promise<void> {
    await mkdir(this.input.dataPath, { recursive: true });
    await writeFile(this.zipPath, archive);
    try {
      await this.input.store.save({ session: this.sessionName });
    } finally {
      await rm(this.zipPath, { force: true });
    }
    this.emit('remote_session_saved');
  }

  receive(message: StandInMessage): void {
    this.emit('message', message);
  }

  async sendMessage(chatId: string, content: string | WAWebJS.MessageMedia, options?: WAWebJS.MessageSendOptions): Promise<{ id: { _serialized: string } }> {
    if (this.destroyed) throw new Error('Session closed');
    if (this.failSends > 0) {
      this.failSends--;
      throw new Error('Evaluation failed: page crashed');
    }
    const id = `true_${chatId}_${randomBytes(10).toString('hex').toUpperCase()}`;
    this.sent.push({ chatId, content, options, id });
    return { id: { _serialized: id } };
  }

  async getMessageById(messageId: string): Promise<{ downloadMedia(): Promise<WAWebJS.MessageMedia | undefined> } | null> {
    if (this.destroyed) throw new Error('Session closed');
    if (!this.media.has(messageId)) return null;
    return {
      downloadMedia: async () => {
        this.downloads.push(messageId);
        return this.media.get(messageId) ?? undefined;
      },
    };
  }

  async getChatById(chatId: string): Promise<{ sendStateTyping(): Promise<void> }> {
    return { sendStateTyping: async () => void this.typing.push(chatId) };
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }
}

export class StandInClientFactory implements ClientFactory {
  readonly clients: StandInClient[] = [];
  /** The next N clients fail in `initialize()` (Chromium missing, page unreachable…). */
  failInitialize = 0;

  async create(input: ClientFactoryInput): Promise<StandInClient> {
    const initializeError = this.failInitialize > 0 ? new Error('Failed to launch the browser process') : undefined;
    if (initializeError) this.failInitialize--;
    const client = new StandInClient(input, { initializeError });
    this.clients.push(client);
    return client;
  }

  async mediaFromUrl(url: string, opts: { filename?: string }): Promise<WAWebJS.MessageMedia> {
    return { mimetype: 'image/png', data: Buffer.from(url).toString('base64'), filename: opts.filename ?? null };
  }

  latest(): StandInClient | undefined {
    return this.clients.at(-1);
  }
}

/** RemoteAuth store in memory (unit tests); same file contract as the Postgres one. */
export class MemoryRemoteAuthStore implements SessionStore {
  readonly archives = new Map<string, Buffer>();
  constructor(private readonly dataPath: string) {}

  async sessionExists({ session }: { session: string }): Promise<boolean> {
    return this.archives.has(session);
  }

  async save({ session }: { session: string }): Promise<void> {
    this.archives.set(session, await readFile(path.join(this.dataPath, `${session}.zip`)));
  }

  async extract({ session, path: dest }: { session: string; path: string }): Promise<void> {
    const archive = this.archives.get(session);
    if (!archive) throw new Error(`no session ${session}`);
    await writeFile(dest, archive);
  }

  async delete({ session }: { session: string }): Promise<void> {
    this.archives.delete(session);
  }
}

/** How the fake owner answers the next send command. */
export type FakeOwnerAnswer = 'ok' | 'failed' | 'permanent' | 'hang';

export interface FakeSessionOwner {
  /** Queues the answer to the next send command (default `ok`). */
  next(answer: FakeOwnerAnswer): void;
  /** Send commands received, in order. */
  commands: unknown[];
  stop(): Promise<void>;
}

/**
 * The other end of the WhatsApp Web bridge, as the session owner
 * (src/whatsapp-web/session-manager.ts) speaks it over Redis: a `ready`
 * snapshot, commands popped from `…:out`, answers pushed to `…:reply:<id>`.
 * It lets the send contract drive the adapter's side of the bridge through
 * every outcome; the real owner, with a session and its client, runs in
 * tests/integration/whatsapp-web.test.ts.
 */
export async function startFakeSessionOwner(
  redis: Redis,
  prefix: string,
  connectionId: string,
  /** Answers download commands (a real `WhatsAppWebSession` on a stand-in client); without it they go unanswered. */
  media?: { downloadReply(cmd: DownloadCommand): Promise<BridgeMediaReply> },
): Promise<FakeSessionOwner> {
  const keys = wawebKeys(prefix, connectionId);
  await redis.set(keys.state, JSON.stringify({ state: 'ready', qr: null, updatedAt: new Date().toISOString() }), 'PX', 600_000);
  const blocking = redis.duplicate({ maxRetriesPerRequest: null });
  const answers: FakeOwnerAnswer[] = [];
  const commands: unknown[] = [];
  let stopped = false;
  let sent = 0;
  const loop = (async () => {
    while (!stopped) {
      const popped = await blocking.blpop(keys.out, 0.2).catch(() => null);
      if (!popped) continue;
      const cmd = bridgeCommandSchema.parse(JSON.parse(popped[1]));
      if (cmd.op === 'download' && media) {
        const answer = await media.downloadReply(cmd);
        await redis.multi().lpush(keys.reply(cmd.requestId), JSON.stringify(answer)).pexpire(keys.reply(cmd.requestId), 60_000).exec();
        continue;
      }
      if (cmd.op !== 'send') continue;
      commands.push(cmd);
      const answer = answers.shift() ?? 'ok';
      if (answer === 'hang') continue;
      const reply: BridgeReply =
        answer === 'ok' ? { ok: true, platformMessageId: `true_${cmd.chatId}_FAKE${++sent}` } : { ok: false, error: 'Evaluation failed: page crashed', permanent: answer === 'permanent' };
      await redis.multi().lpush(keys.reply(cmd.requestId), JSON.stringify(reply)).pexpire(keys.reply(cmd.requestId), 60_000).exec();
    }
  })();
  return {
    commands,
    next: (answer) => void answers.push(answer),
    async stop() {
      stopped = true;
      await loop;
      blocking.disconnect();
      await redis.del(keys.state, keys.out);
    },
  };
}
