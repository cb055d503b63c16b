/**
 * The seam between a session and whatsapp-web.js. Production builds a real
 * `Client` (puppeteer driving the system Chromium, `RemoteAuth` backed by our
 * Postgres store); tests inject an in-process stand-in that emits the same
 * events. whatsapp-web.js (and puppeteer) are imported lazily, so processes
 * without WhatsApp Web connections never load them.
 *
 * @see https://docs.wwebjs.dev/Client.html
 * @see https://wwebjs.dev/guide/creating-your-bot/authentication.html#remoteauth-strategy
 */
import type WAWebJS from 'whatsapp-web.js';

/**
 * Where RemoteAuth keeps a session's login archive between restarts: the four
 * calls whatsapp-web.js makes (`RemoteAuth-<connectionId>` is the session name).
 * The app implements it (src/whatsapp-web/remote-auth-store.ts, Postgres).
 */
export interface SessionStore {
  sessionExists(options: { session: string }): Promise<boolean>;
  save(options: { session: string }): Promise<void>;
  extract(options: { session: string; path: string }): Promise<void>;
  delete(options: { session: string }): Promise<void>;
}

/** The events of whatsapp-web.js's `Client` a session listens to, with their arguments. */
export interface SessionClientEvents {
  qr: [qr: string];
  authenticated: [];
  ready: [];
  /** A whatsapp-web.js `Message`; validated by `normalizeWhatsAppWebMessage`. */
  message: [message: unknown];
  /** A `WAState` (`CONFLICT`, `UNPAIRED`, `UNLAUNCHED`…), `LOGOUT` or a library reason. */
  disconnected: [reason: string];
  auth_failure: [message: string];
  remote_session_saved: [];
}

/** The subset of whatsapp-web.js's `Client` the gateway uses (the real `Client` satisfies it). */
export interface SessionClient {
  on<E extends keyof SessionClientEvents>(event: E, listener: (...args: SessionClientEvents[E]) => void): unknown;
  removeAllListeners(): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string | WAWebJS.MessageMedia, options?: WAWebJS.MessageSendOptions): Promise<{ id: { _serialized: string } }>;
  getChatById(chatId: string): Promise<{ sendStateTyping(): Promise<unknown> }>;
  /** A message the session has seen, for its media (`downloadMedia` resolves `undefined` when WhatsApp no longer has it). */
  getMessageById(messageId: string): Promise<{ downloadMedia(): Promise<WAWebJS.MessageMedia | undefined> } | null | undefined>;
}

export interface ClientFactoryInput {
  connectionId: string;
  tenantId: string;
  /** RemoteAuth store for this connection (session name `RemoteAuth-<connectionId>`). */
  store: SessionStore;
  /** Where RemoteAuth unpacks the browser profile and writes `<session>.zip`. */
  dataPath: string;
}

export interface ClientFactory {
  create(input: ClientFactoryInput): Promise<SessionClient>;
  /** Downloads an outbound attachment (`MessageMedia.fromUrl`). */
  mediaFromUrl(url: string, opts: { filename?: string }): Promise<WAWebJS.MessageMedia>;
}

export interface WhatsAppWebClientOptions {
  /** System Chromium (`CHROMIUM_PATH`); puppeteer never downloads one. */
  chromiumPath: string;
  /** How often RemoteAuth re-uploads the session archive (library minimum: 60 000). */
  backupSyncIntervalMs?: number;
  /** Timeout of an outbound media download. */
  mediaTimeoutMs?: number;
}

const CHROMIUM_ARGS = [
  // Usually run as root in a container: Chromium's sandbox needs privileges it lacks there.
  '--no-sandbox',
  '--disable-setuid-sandbox',
  // /dev/shm is 64 MB in Docker; Chromium crashes on larger pages without this.
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
];

async function loadWhatsAppWeb(): Promise<typeof WAWebJS> {
  // CommonJS package: its exports are on `default` when imported from ESM.
  const mod = (await import('whatsapp-web.js')) as unknown as { default?: typeof WAWebJS } & typeof WAWebJS;
  return mod.default ?? mod;
}

/** The production factory: a real whatsapp-web.js `Client` per connection. */
export function whatsappWebClientFactory(opts: WhatsAppWebClientOptions): ClientFactory {
  return {
    async create({ connectionId, store, dataPath }) {
      const wweb = await loadWhatsAppWeb();
      const client: SessionClient = new wweb.Client({
        authStrategy: new wweb.RemoteAuth({
          clientId: connectionId,
          store,
          dataPath,
          backupSyncIntervalMs: opts.backupSyncIntervalMs ?? 300_000,
        }),
        puppeteer: { executablePath: opts.chromiumPath, headless: true, args: CHROMIUM_ARGS },
      });
      return client;
    },
    async mediaFromUrl(url, { filename }) {
      const wweb = await loadWhatsAppWeb();
      // node-fetch v2 option: a stuck download must not hold the session's send queue.
      return wweb.MessageMedia.fromUrl(url, { unsafeMime: true, filename, reqOptions: { timeout: opts.mediaTimeoutMs ?? 20_000 } });
    },
  };
}
