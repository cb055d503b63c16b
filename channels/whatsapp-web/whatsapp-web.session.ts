/**
 * One WhatsApp Web session: a whatsapp-web.js client and its state machine.
 *
 *   starting → qr → authenticated → ready
 *   starting → authenticated → ready            (stored session restored, no QR)
 *   any      → disconnected (reason) → [backoff] → starting …
 *
 * Every failure (initialize rejects, `auth_failure`, `disconnected`) destroys
 * the client and schedules a fresh start with exponential backoff; `ready`
 * resets the backoff. Events of a client that was replaced are ignored (each
 * start is a new generation). The session does no I/O of its own: state
 * changes and inbound messages go to a {@link SessionSink}, and the login
 * archive to a {@link SessionStore}; the app implements both (the session
 * host in src/whatsapp-web/ keeps them in Redis and Postgres), which keeps
 * this class testable with a stand-in client.
 */
import type { Logger } from 'pino';
import { errorMessage, MediaTooLargeError, PermanentSendError } from '../../src/domain/errors.js';
import { mediaTypeOf, type InboundMessage } from '../types.js';
import type { ClientFactory, SessionClient, SessionStore } from './whatsapp-web.client.js';
import { backoffDelay, type BackoffOptions, type BridgeMediaReply, type DownloadCommand, type SendCommand, type SessionSnapshot, type WaSessionState } from './whatsapp-web.bridge.js';
import { normalizeWhatsAppWebMessage } from './whatsapp-web.normalize.js';

export type { SessionStore };

/** Where a session's state changes and inbound messages go (the app: Redis snapshot, durable ingest). */
export interface SessionSink {
  /** Every state change, in order. */
  state(snapshot: SessionSnapshot): Promise<void>;
  /** Inbound customer messages, one at a time in arrival order. */
  inbound(message: InboundMessage): Promise<void>;
}

export interface WhatsAppWebSessionOptions {
  connectionId: string;
  tenantId: string;
  factory: ClientFactory;
  store: SessionStore;
  dataPath: string;
  logger: Logger;
  sink: SessionSink;
  backoff: BackoffOptions;
  /** Written into the snapshot: which process runs the session. */
  owner?: string;
  /** Bound on `client.destroy()` (closing Chromium) so a hung browser cannot block a restart. */
  destroyTimeoutMs?: number;
}

/** The session cannot send right now (not logged in, restarting): the job retries later. */
export class SessionNotReadyError extends Error {
  constructor(state: WaSessionState) {
    super(`WhatsApp Web session is not ready (state: ${state})`);
    this.name = 'SessionNotReadyError';
  }
}


export class WhatsAppWebSession {
  private client: SessionClient | undefined;
  private generation = 0;
  private attempt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private snap: SessionSnapshot;
  private stateWrites: Promise<void> = Promise.resolve();
  private inboundChain: Promise<void> = Promise.resolve();
  private readonly log: Logger;

  constructor(private readonly opts: WhatsAppWebSessionOptions) {
    this.log = opts.logger.child({ connectionId: opts.connectionId, tenantId: opts.tenantId, channel: 'whatsapp_web' });
    this.snap = { state: 'starting', qr: null, updatedAt: new Date().toISOString(), attempt: 0, ...(opts.owner ? { owner: opts.owner } : {}) };
  }

  get connectionId(): string {
    return this.opts.connectionId;
  }

  get snapshot(): SessionSnapshot {
    return this.snap;
  }

  get state(): WaSessionState {
    return this.snap.state;
  }

  /** Starts (or restarts) the client. Returns at once; progress shows in the state. */
  start(): void {
    if (this.stopped) return;
    const gen = ++this.generation;
    this.setState({ state: 'starting', qr: null, nextRetryAt: undefined });
    void this.boot(gen);
  }

  /** Destroys the client and cancels any scheduled restart. Publishes nothing more. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.generation++;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const client = this.client;
    this.client = undefined;
    await this.destroy(client);
    await this.inboundChain;
    await this.stateWrites;
  }

  /** Sends one message through the logged-in client; returns WhatsApp's message id. */
  async send(cmd: SendCommand): Promise<string> {
    const client = this.readyClient();
    const { kind, text, attachment } = cmd.message;
    if (kind === 'image' || kind === 'file') {
      if (!attachment?.url) throw new PermanentSendError(`${kind} message without attachment url`);
      const media = await this.opts.factory.mediaFromUrl(attachment.url, { filename: attachment.name });
      // Files go as documents; images, audio and video as what they are.
      const asDocument = mediaTypeOf({ kind, attachment: { mimeType: attachment.mimeType } }) === 'file';
      const sent = await client.sendMessage(cmd.chatId, media, { caption: text || undefined, sendMediaAsDocument: asDocument });
      return sent.id._serialized;
    }
    // `buttons` never reach here with buttons: the channel declares none, so the core sends numbered text.
    const sent = await client.sendMessage(cmd.chatId, text);
    return sent.id._serialized;
  }

  /**
   * The media of an inbound message, as the owner's answer to a download
   * command (never throws). whatsapp-web.js decrypts the whole file in the
   * page and hands it over base64-encoded: the limit is checked on its size.
   */
  async downloadReply(cmd: DownloadCommand): Promise<BridgeMediaReply> {
    try {
      const message = await this.readyClient().getMessageById(cmd.messageId);
      if (!message) throw new PermanentSendError('the message is no longer in the WhatsApp Web session');
      const media = await message.downloadMedia();
      if (!media) throw new PermanentSendError('WhatsApp no longer has the media of this message');
      const size = Buffer.byteLength(media.data, 'base64');
      if (size > cmd.maxBytes) throw new MediaTooLargeError(cmd.maxBytes, `WhatsApp Web: file of ${size} bytes is larger than the limit of ${cmd.maxBytes} bytes`);
      return { ok: true, media: { data: media.data, mimetype: media.mimetype, ...(media.filename ? { filename: media.filename } : {}) } };
    } catch (err) {
      return { ok: false, error: errorMessage(err), permanent: err instanceof PermanentSendError, ...(err instanceof MediaTooLargeError ? { tooLarge: true } : {}) };
    }
  }

  /** "typing…" in the chat; WhatsApp clears it after ~25 s or when the message arrives. */
  async typing(chatId: string): Promise<void> {
    const chat = await this.readyClient().getChatById(chatId);
    await chat.sendStateTyping();
  }

  private readyClient(): SessionClient {
    if (!this.client || this.snap.state !== 'ready') throw new SessionNotReadyError(this.snap.state);
    return this.client;
  }

  private current(gen: number): boolean {
    return !this.stopped && gen === this.generation;
  }

  private setState(patch: Partial<SessionSnapshot>): void {
    if (this.stopped) return;
    this.snap = { ...this.snap, ...patch, updatedAt: new Date().toISOString() };
    const snapshot = this.snap;
    this.stateWrites = this.stateWrites
      .then(() => this.opts.sink.state(snapshot))
      .catch((err: unknown) => this.log.error({ err: errorMessage(err) }, 'could not publish WhatsApp Web session state'));
  }

  private async boot(gen: number): Promise<void> {
    let client: SessionClient;
    try {
      client = await this.opts.factory.create({
        connectionId: this.opts.connectionId,
        tenantId: this.opts.tenantId,
        store: this.opts.store,
        dataPath: this.opts.dataPath,
      });
    } catch (err) {
      this.fail(gen, `could not create the client: ${errorMessage(err)}`);
      return;
    }
    if (!this.current(gen)) {
      await this.destroy(client);
      return;
    }
    this.client = client;
    this.wire(client, gen);
    try {
      await client.initialize();
    } catch (err) {
      // Chromium missing or crashed, web.whatsapp.com unreachable, RemoteAuth extract failed…
      this.fail(gen, `initialize failed: ${errorMessage(err)}`);
    }
  }

  private wire(client: SessionClient, gen: number): void {
    client.on('qr', (qr) => void this.onQr(gen, qr));
    client.on('authenticated', () => {
      if (this.current(gen)) this.setState({ state: 'authenticated', qr: null });
    });
    client.on('ready', () => {
      if (!this.current(gen)) return;
      this.attempt = 0;
      this.setState({ state: 'ready', qr: null, reason: undefined, attempt: 0, nextRetryAt: undefined });
      this.log.info('WhatsApp Web session ready');
    });
    client.on('auth_failure', (message) => this.fail(gen, `authentication failed: ${message}`));
    client.on('disconnected', (reason) => this.fail(gen, `disconnected: ${reason}`));
    client.on('remote_session_saved', () => {
      if (!this.current(gen)) return;
      this.log.info('WhatsApp Web session archive stored');
      this.setState({ sessionSavedAt: new Date().toISOString() });
    });
    client.on('message', (raw) => {
      if (this.current(gen)) this.onMessage(raw);
    });
  }

  private async onQr(gen: number, qr: string): Promise<void> {
    if (!this.current(gen)) return;
    let dataUrl: string;
    try {
      dataUrl = await (await import('qrcode')).default.toDataURL(qr, { errorCorrectionLevel: 'M', margin: 2, width: 264 });
    } catch (err) {
      this.log.error({ err: errorMessage(err) }, 'could not render the WhatsApp Web QR code');
      return;
    }
    // Rendering is async: a scan may have completed meanwhile; never go back from authenticated to qr.
    if (this.current(gen) && (this.snap.state === 'starting' || this.snap.state === 'qr')) {
      this.setState({ state: 'qr', qr: dataUrl });
      this.log.info('WhatsApp Web login QR code available');
    }
  }

  private onMessage(raw: unknown): void {
    let event;
    try {
      event = normalizeWhatsAppWebMessage(raw);
    } catch (err) {
      this.log.warn({ err: errorMessage(err) }, 'WhatsApp Web message dropped: unexpected shape');
      return;
    }
    if (event.type !== 'message') {
      if (event.type === 'ignored') this.log.debug({ reason: event.reason }, 'WhatsApp Web event ignored');
      return;
    }
    const message = event.message;
    this.inboundChain = this.inboundChain
      .then(() => this.opts.sink.inbound(message))
      .catch((err: unknown) => this.log.error({ err: errorMessage(err), platformMessageId: message.platformMessageId }, 'WhatsApp Web inbound message lost'));
  }

  private fail(gen: number, reason: string): void {
    if (!this.current(gen)) return;
    // A new generation: late events of the failed client are ignored from here on.
    const next = ++this.generation;
    const old = this.client;
    this.client = undefined;
    this.attempt++;
    const delay = backoffDelay(this.attempt, this.opts.backoff);
    this.setState({ state: 'disconnected', qr: null, reason, attempt: this.attempt, nextRetryAt: new Date(Date.now() + delay).toISOString() });
    this.log.warn({ reason, attempt: this.attempt, retryInMs: delay }, 'WhatsApp Web session disconnected; restarting with backoff');
    // The next browser reuses the profile directory: start it only once the old one is gone.
    const destroyed = this.destroy(old);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      void destroyed.then(() => {
        if (this.current(next)) this.start();
      });
    }, delay);
  }

  private async destroy(client: SessionClient | undefined): Promise<void> {
    if (!client) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.destroy(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.opts.destroyTimeoutMs ?? 15_000);
        }),
      ]);
    } catch (err) {
      // whatsapp-web.js destroys the client itself on some disconnects; a second destroy may throw.
      this.log.debug({ err: errorMessage(err) }, 'WhatsApp Web client destroy failed');
    } finally {
      if (timer) clearTimeout(timer);
      client.removeAllListeners();
    }
  }
}
