import { STORE_PREFIX, localStore, type ChatStore } from './chat-storage.js';

/**
 * The web chat protocol from the browser (src/http/routes/webchat.ts): the
 * public config, the visitor session (token kept in localStorage, refreshed
 * half-way through its life), the SSE stream (resumed after the last event id
 * it saw) and an outbox that retries each message with the same
 * clientMessageId until the gateway accepts it (the server stores a retried
 * message once).
 */

export interface ChatConfig {
  connectionId: string;
  botName: string;
  welcomeMessage: string;
  color: string;
  logoUrl: string | null;
  position: 'left' | 'right';
  preChatForm: boolean;
}

export interface ChatButton {
  title: string;
  payload: string;
}

export interface ChatSource {
  title: string;
  url?: string;
}

/** A message of the stream (the gateway's message JSON, `html` built by channels/markdown.ts). */
export interface ChatMessage {
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  senderType: string;
  senderName?: string;
  kind: string;
  text: string;
  html?: string;
  sources?: ChatSource[];
  payload: { buttons?: ChatButton[]; attachments?: Array<{ url?: string; name?: string }>; buttonPayload?: string };
  /** The message's stored files, with signed `/files/` links (url null while not stored). */
  attachments?: ChatAttachment[];
  createdAt: string;
}

export interface ChatAttachment {
  id: string;
  fileName: string;
  contentType: string | null;
  size: number | null;
  url: string | null;
  status: string;
}

export interface ThreadConversation {
  id: string;
  status: string;
  completedAt: string | null;
  rating: number | null;
  awaitingRating: boolean;
}

/** A visitor's message on its way: pending until the gateway accepts it, failed (with Retry) after a few attempts. */
export interface OutgoingMessage {
  clientMessageId: string;
  text: string;
  buttonPayload?: string;
  createdAt: string;
  state: 'pending' | 'sent' | 'failed';
  /** The stored message's id once accepted (the stream's replay then carries the same message). */
  serverId?: string;
  /** Why it failed for good (a 4xx other than 401/429): no automatic retry. */
  error?: string;
  /** A file upload: its name (the bytes stay in memory only; an upload does not survive a reload). */
  fileName?: string;
  /** Once accepted: the file's signed link and type (an image shows inline). */
  fileUrl?: string;
  contentType?: string;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The gateway's refusal as the visitor reads it (413 with `details.limitBytes`, 415 `unsupported_media_type`). */
function refusal(status: number, err: { error?: { message?: string; details?: { limitBytes?: unknown } } } | null): string {
  const limit = err?.error?.details?.limitBytes;
  if (status === 413) return typeof limit === 'number' ? `the file is too large (the limit is ${sizeText(limit)})` : 'the file is too large';
  if (status === 415) return `this type of file is not accepted${err?.error?.message ? ` (${err.error.message})` : ''}`;
  return err?.error?.message ?? `refused (${status})`;
}

export interface ChatClientEvents {
  message(m: ChatMessage): void;
  typing(): void;
  ready(info: { conversationId: string | null; conversations: ThreadConversation[] }): void;
  outbox(items: OutgoingMessage[]): void;
  connection(state: 'connecting' | 'open' | 'reconnecting'): void;
}

const tokenKey = (conn: string) => `${STORE_PREFIX}${conn}`;
const outboxKey = (conn: string) => `${STORE_PREFIX}outbox-${conn}`;

export function newClientMessageId(): string {
  const raw = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return raw.replace(/[^A-Za-z0-9._-]/g, '');
}

/** Delay before attempt n (1-based) of a send: 1 s, 2 s, 4 s… capped at 8 s. */
const backoff = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 8000);
/** After this many failed attempts a message shows "failed" with Retry (it keeps retrying when the browser is online). */
const ATTEMPTS_BEFORE_FAILED = 3;

export class ChatClient {
  private token: string | null;
  private es: EventSource | null = null;
  private lastEventId: string | null = null;
  private outbox: OutgoingMessage[];
  private readonly attempts = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<string>();
  private readonly files = new Map<string, File>();
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private savedOutbox: string | null = null;

  constructor(
    readonly connectionId: string,
    private readonly on: ChatClientEvents,
    private readonly store: ChatStore = localStore(),
    private readonly base = `/api/v1/webchat/${encodeURIComponent(connectionId)}`,
  ) {
    this.token = store.get(tokenKey(connectionId));
    this.outbox = this.loadOutbox();
    window.addEventListener('online', this.onOnline);
  }

  get hasSession(): boolean {
    return this.token !== null;
  }

  async config(): Promise<ChatConfig> {
    const res = await fetch(`${this.base}/config`, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(res.status === 404 ? 'This chat does not exist.' : `The chat is unavailable (${res.status}).`);
    return (await res.json()) as ChatConfig;
  }

  /** Starts (or resumes) the visitor's session, then the stream and the outbox. */
  async start(profile: { name?: string; email?: string } = {}): Promise<void> {
    await this.session(profile);
    this.openStream();
    for (const m of this.outbox) if (m.state !== 'sent') this.schedule(m, 0);
    this.emitOutbox();
  }

  stop(): void {
    this.closed = true;
    this.es?.close();
    for (const t of this.timers.values()) clearTimeout(t);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    window.removeEventListener('online', this.onOnline);
  }

  private async session(profile: { name?: string; email?: string } = {}): Promise<void> {
    const body = { ...(this.token ? { token: this.token } : {}), ...(profile.name ? { name: profile.name } : {}), ...(profile.email ? { email: profile.email } : {}) };
    const res = await fetch(`${this.base}/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) {
      const err = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(err?.error?.message ?? `the chat could not start (${res.status})`);
    }
    const s = (await res.json()) as { token: string; expiresAt: string };
    this.token = s.token;
    this.store.set(tokenKey(this.connectionId), s.token);
    // Refreshed half-way through its life, so a long-open page keeps its conversation.
    const left = Date.parse(s.expiresAt) - Date.now();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (left > 0) this.refreshTimer = setTimeout(() => void this.session().catch(() => undefined), Math.min(Math.max(left / 2, 30_000), 2_147_483_647));
  }

  private openStream(): void {
    if (this.closed || !this.token) return;
    this.es?.close();
    this.on.connection('connecting');
    // A reopened stream (not the browser's own reconnect) says where it stopped with `after`.
    const after = this.lastEventId ? `&after=${encodeURIComponent(this.lastEventId)}` : '';
    const es = new EventSource(`${this.base}/stream?token=${encodeURIComponent(this.token)}${after}`);
    this.es = es;
    es.addEventListener('open', () => this.on.connection('open'));
    es.addEventListener('message', (e) => {
      const ev = e as MessageEvent<string>;
      if (ev.lastEventId) this.lastEventId = ev.lastEventId;
      try {
        this.on.message(JSON.parse(ev.data) as ChatMessage);
      } catch {
        /* not a message */
      }
    });
    es.addEventListener('typing', () => this.on.typing());
    es.addEventListener('ready', (e) => {
      try {
        this.on.ready(JSON.parse((e as MessageEvent<string>).data) as { conversationId: string | null; conversations: ThreadConversation[] });
      } catch {
        /* ignore */
      }
    });
    es.onerror = () => {
      this.on.connection('reconnecting');
      // CONNECTING: the browser retries by itself (with Last-Event-ID). CLOSED: refused (an expired token?) — refresh and reopen.
      if (es.readyState === EventSource.CLOSED) {
        if (this.reopenTimer) clearTimeout(this.reopenTimer);
        this.reopenTimer = setTimeout(() => {
          void this.session()
            .catch(() => undefined)
            .then(() => this.openStream());
        }, 2000);
      }
    };
  }

  /** Queues a visitor message (a typed one, or a pressed quick reply with its payload). */
  send(text: string, buttonPayload?: string): OutgoingMessage {
    const m: OutgoingMessage = { clientMessageId: newClientMessageId(), text, ...(buttonPayload ? { buttonPayload } : {}), createdAt: new Date().toISOString(), state: 'pending' };
    this.outbox.push(m);
    this.saveOutbox();
    this.emitOutbox();
    void this.attempt(m);
    return m;
  }

  /** Queues a file upload (shown by its name until the gateway accepts it; Retry reuses its clientMessageId). */
  sendFile(file: File, text = ''): OutgoingMessage {
    const m: OutgoingMessage = { clientMessageId: newClientMessageId(), text, fileName: file.name || 'file', createdAt: new Date().toISOString(), state: 'pending' };
    this.files.set(m.clientMessageId, file);
    this.outbox.push(m);
    this.emitOutbox();
    void this.attempt(m);
    return m;
  }

  /** The visitor pressed Retry: try again now (same clientMessageId). */
  retry(clientMessageId: string): void {
    const m = this.outbox.find((x) => x.clientMessageId === clientMessageId);
    if (!m || m.state === 'sent') return;
    m.state = 'pending';
    delete m.error;
    this.attempts.set(m.clientMessageId, 0);
    this.emitOutbox();
    this.schedule(m, 0);
  }

  private readonly onOnline = () => {
    for (const m of this.outbox) if (m.state !== 'sent' && !m.error) this.schedule(m, 0);
    if (this.es?.readyState === EventSource.CLOSED) this.openStream();
  };

  private schedule(m: OutgoingMessage, delay: number): void {
    const old = this.timers.get(m.clientMessageId);
    if (old) clearTimeout(old);
    this.timers.set(m.clientMessageId, setTimeout(() => void this.attempt(m), delay));
  }

  private async attempt(m: OutgoingMessage): Promise<void> {
    if (this.closed || m.state === 'sent' || this.inFlight.has(m.clientMessageId)) return;
    if (!this.token) return void this.schedule(m, 1000);
    this.inFlight.add(m.clientMessageId);
    const n = (this.attempts.get(m.clientMessageId) ?? 0) + 1;
    this.attempts.set(m.clientMessageId, n);
    let retryable = true;
    try {
      const file = m.fileName !== undefined ? this.files.get(m.clientMessageId) : undefined;
      if (m.fileName !== undefined && !file) {
        retryable = false;
        m.state = 'failed';
        m.error = 'the file is no longer available; attach it again';
        return;
      }
      let res: Response;
      if (file) {
        const form = new FormData();
        form.append('clientMessageId', m.clientMessageId);
        if (m.text) form.append('text', m.text);
        form.append('file', file, m.fileName);
        res = await fetch(`${this.base}/attachments`, { method: 'POST', headers: { Authorization: `Bearer ${this.token}` }, body: form });
      } else {
        res = await fetch(`${this.base}/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
          body: JSON.stringify({ text: m.text, clientMessageId: m.clientMessageId, ...(m.buttonPayload ? { buttonPayload: m.buttonPayload } : {}) }),
        });
      }
      if (res.ok) {
        const b = (await res.json()) as { messageId?: string | null; attachment?: { url?: string | null; contentType?: string } };
        m.state = 'sent';
        if (b.messageId) m.serverId = b.messageId;
        if (b.attachment?.url) m.fileUrl = b.attachment.url;
        if (b.attachment?.contentType) m.contentType = b.attachment.contentType;
        this.files.delete(m.clientMessageId);
        return;
      }
      if (res.status === 401) await this.session().catch(() => undefined); // token expired: refresh, then retry
      else if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
        retryable = false;
        const err = (await res.json().catch(() => null)) as { error?: { message?: string; details?: { limitBytes?: unknown } } } | null;
        m.state = 'failed';
        m.error = refusal(res.status, err);
      }
    } catch {
      // offline or the gateway unreachable: retried below
    } finally {
      this.inFlight.delete(m.clientMessageId);
      if (m.state !== 'sent' && retryable) {
        if (n >= ATTEMPTS_BEFORE_FAILED) m.state = 'failed';
        this.schedule(m, backoff(n));
      }
      this.saveOutbox();
      this.emitOutbox();
    }
  }

  private emitOutbox(): void {
    this.on.outbox(this.outbox.map((m) => ({ ...m })));
  }

  private loadOutbox(): OutgoingMessage[] {
    try {
      const raw = this.store.get(outboxKey(this.connectionId));
      const items = raw ? (JSON.parse(raw) as OutgoingMessage[]) : [];
      // Only what was not yet accepted survives a reload; it is sent again with the same id.
      return Array.isArray(items) ? items.filter((m) => m.state !== 'sent' && m.fileName === undefined && typeof m.clientMessageId === 'string') : [];
    } catch {
      return [];
    }
  }

  private saveOutbox(): void {
    // Uploads are not kept: their bytes do not survive a reload.
    const unsent = this.outbox.filter((m) => m.state !== 'sent' && m.fileName === undefined);
    const value = unsent.length ? JSON.stringify(unsent) : null;
    if (value !== this.savedOutbox) this.store.set(outboxKey(this.connectionId), value);
    this.savedOutbox = value;
  }
}
