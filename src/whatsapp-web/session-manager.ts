/**
 * Hosts the WhatsApp Web sessions of a gateway process: the app's side of the
 * channel (channels/whatsapp-web/ knows the browser session, the Redis bridge
 * and the message format; this file knows connections, storage and ingest).
 * Runs the WhatsApp Web sessions of a gateway process. Every `scanIntervalMs`
 * it lists the `whatsapp_web` connections and starts a session for each one
 * no process owns yet: ownership is a Redis lock per connection (SET NX PX,
 * renewed every lockTtl/3), so across any number of gateways each session runs
 * exactly once, and a crashed owner's sessions move to another gateway when its
 * lock expires. A connection created through the API is picked up by the next scan.
 *
 * The owner also:
 * - publishes the session snapshot (state, QR) to Redis for every gateway's admin API,
 *   and the connection's `status` (`error` + reason while disconnected) to Postgres;
 * - stores inbound messages through the durable ingest path (`IngestService.ingest`:
 *   one transaction + outbox, exactly like a webhook);
 * - executes the send/typing/download commands workers push onto the connection's Redis
 *   list (see whatsapp-web.bridge.ts), one at a time per connection, never sending
 *   an outbound message id twice.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RedisClient } from '../../channels/types.js';
import type { Logger } from 'pino';
import type { InboundMessage } from '../../channels/types.js';
import { whatsappWebClientFactory, type ClientFactory } from '../../channels/whatsapp-web/whatsapp-web.client.js';
import { WhatsAppWebSession } from '../../channels/whatsapp-web/whatsapp-web.session.js';
import type { Container } from '../app/container.js';
import type { IngestService } from '../conversation/ingest.service.js';
import type { Db } from '../db/client.js';
import { errorMessage, PermanentSendError } from '../domain/errors.js';
import { PostgresRemoteAuthStore } from './remote-auth-store.js';
import { listWhatsAppWebConnections, setWhatsAppWebStatus } from './whatsapp-web.queries.js';
import {
  bridgeCommandSchema,
  connectionIdOfOutKey,
  duplicateForBlocking,
  wawebKeys,
  type BackoffOptions,
  type BridgeCommand,
  type BridgeMediaReply,
  type BridgeReply,
  type SessionSnapshot,
} from '../../channels/whatsapp-web/whatsapp-web.bridge.js';

export interface WhatsAppWebSessionManagerOptions {
  db: Db;
  /** Shared Redis for locks, snapshots and replies; the manager duplicates it for its blocking reads. */
  redis: RedisClient;
  keyPrefix: string;
  logger: Logger;
  ingest: Pick<IngestService, 'ingest'>;
  encryptionKey: Buffer;
  clientFactory: ClientFactory;
  /** RemoteAuth's working directory (browser profiles, zips). Postgres holds the truth; default: OS temp dir. */
  dataPath?: string;
  scanIntervalMs?: number;
  lockTtlMs?: number;
  backoff?: Partial<BackoffOptions>;
  /** How long the sent-id of an outbound message is remembered (retries come within minutes). */
  sentTtlSeconds?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Extends a lock (and the snapshot's lifetime) only while we still own it. */
const RENEW_LUA = `if redis.call('get', KEYS[1]) == ARGV[1] then
  redis.call('pexpire', KEYS[2], ARGV[3])
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0`;
const RELEASE_LUA = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;
/** Inbound ingest retries: WhatsApp Web never redelivers, so a short database outage is waited out here. */
const INGEST_RETRY_DELAYS_MS = [200, 1000, 3000, 10_000];

interface Owned {
  session: WhatsAppWebSession;
  tenantId: string;
  /** Commands of this connection run one after another. */
  chain: Promise<void>;
}

export class WhatsAppWebSessionManager {
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly sessions = new Map<string, Owned>();
  private readonly log: Logger;
  private readonly dataPath: string;
  private readonly scanIntervalMs: number;
  private readonly lockTtlMs: number;
  private readonly backoff: BackoffOptions;
  private blocking: RedisClient | undefined;
  private scanTimer: NodeJS.Timeout | undefined;
  private renewTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  /** Ends the command loop's idle wait at once on stop. */
  private wakeIdle: (() => void) | undefined;

  constructor(private readonly opts: WhatsAppWebSessionManagerOptions) {
    this.log = opts.logger.child({ component: 'whatsapp-web-sessions' });
    this.dataPath = path.resolve(opts.dataPath ?? path.join(tmpdir(), 'gateway-wwebjs'));
    this.scanIntervalMs = opts.scanIntervalMs ?? 5000;
    this.lockTtlMs = opts.lockTtlMs ?? 30_000;
    this.backoff = { initialMs: 2000, maxMs: 300_000, jitter: 0.2, ...opts.backoff };
  }

  /** The manager of a gateway process, with the real whatsapp-web.js client unless one is given. */
  static fromContainer(c: Container, overrides: Partial<Omit<WhatsAppWebSessionManagerOptions, 'db' | 'redis' | 'keyPrefix' | 'ingest' | 'encryptionKey'>> = {}): WhatsAppWebSessionManager {
    return new WhatsAppWebSessionManager({
      db: c.database.db,
      redis: c.redis,
      keyPrefix: c.config.redis.prefix,
      logger: c.logger,
      ingest: c.ingest,
      encryptionKey: c.config.security.encryptionKey,
      clientFactory: whatsappWebClientFactory({ chromiumPath: c.config.whatsappWeb.chromiumPath }),
      ...overrides,
    });
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.blocking = duplicateForBlocking(this.opts.redis);
    this.blocking.on('error', (err: Error) => this.log.debug({ err: err.message }, 'redis (whatsapp web commands) connection error'));
    await this.refresh();
    this.scanTimer = setInterval(() => void this.refresh(), this.scanIntervalMs);
    this.renewTimer = setInterval(() => void this.renewLocks(), Math.max(100, Math.floor(this.lockTtlMs / 3)));
    this.loop = this.commandLoop();
    this.log.info({ owner: this.owner, sessions: this.sessions.size }, 'WhatsApp Web session manager started');
  }

  /** Stops every local session, publishes them as disconnected and releases their locks. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.scanTimer) clearInterval(this.scanTimer);
    if (this.renewTimer) clearInterval(this.renewTimer);
    await this.scanning;
    this.wakeIdle?.();
    this.blocking?.disconnect();
    await this.loop;
    await Promise.allSettled([...this.sessions.keys()].map((id) => this.release(id, 'the gateway running this session stopped')));
  }

  /** The local session of a connection, if this process owns it. */
  session(connectionId: string): WhatsAppWebSession | undefined {
    return this.sessions.get(connectionId)?.session;
  }

  /** Scans connections now (also runs every `scanIntervalMs`). */
  refresh(): Promise<void> {
    this.scanning ??= this.scan()
      .catch((err: unknown) => this.log.error({ err: errorMessage(err) }, 'WhatsApp Web connection scan failed'))
      .finally(() => {
        this.scanning = undefined;
      });
    return this.scanning;
  }

  private async scan(): Promise<void> {
    if (this.stopping) return;
    const rows = await listWhatsAppWebConnections(this.opts.db);
    const wanted = new Map(rows.map((r) => [r.id, r.tenantId]));
    for (const id of this.sessions.keys()) {
      if (!wanted.has(id)) await this.release(id, 'connection deleted or disabled');
    }
    for (const [id, tenantId] of wanted) {
      if (this.stopping) return;
      if (this.sessions.has(id)) continue;
      const keys = wawebKeys(this.opts.keyPrefix, id);
      const got = await this.opts.redis.set(keys.lock, this.owner, 'PX', this.lockTtlMs, 'NX');
      if (got === 'OK') this.launch(id, tenantId);
    }
  }

  private launch(connectionId: string, tenantId: string): void {
    const log = this.log.child({ connectionId, tenantId });
    const session = new WhatsAppWebSession({
      connectionId,
      tenantId,
      factory: this.opts.clientFactory,
      store: new PostgresRemoteAuthStore({ db: this.opts.db, encryptionKey: this.opts.encryptionKey, tenantId, connectionId, dataPath: this.dataPath }),
      dataPath: this.dataPath,
      logger: this.opts.logger,
      backoff: this.backoff,
      owner: this.owner,
      sink: {
        state: (snapshot) => this.publish(connectionId, snapshot),
        inbound: (message) => this.ingest(connectionId, tenantId, message),
      },
    });
    this.sessions.set(connectionId, { session, tenantId, chain: Promise.resolve() });
    log.info('starting WhatsApp Web session');
    session.start();
  }

  private async publish(connectionId: string, snapshot: SessionSnapshot): Promise<void> {
    const keys = wawebKeys(this.opts.keyPrefix, connectionId);
    // Outlives the lock a little so the admin still sees the last state while another gateway takes over.
    await this.opts.redis.set(keys.state, JSON.stringify(snapshot), 'PX', this.lockTtlMs * 2);
    if (snapshot.state === 'ready' || snapshot.state === 'disconnected') {
      const ready = snapshot.state === 'ready';
      await setWhatsAppWebStatus(this.opts.db, connectionId, ready ? 'active' : 'error', ready ? null : `WhatsApp Web ${snapshot.reason ?? 'disconnected'}`);
    }
  }

  private async ingest(connectionId: string, tenantId: string, message: InboundMessage): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.opts.ingest.ingest({ id: connectionId, tenantId, type: 'whatsapp_web' }, [{ type: 'message', message }]);
        return;
      } catch (err) {
        const delay = INGEST_RETRY_DELAYS_MS[attempt];
        if (delay === undefined || this.stopping) throw err;
        this.log.warn({ connectionId, err: errorMessage(err), retryInMs: delay }, 'WhatsApp Web inbound ingest failed; retrying');
        await sleep(delay);
      }
    }
  }

  private async renewLocks(): Promise<void> {
    for (const id of [...this.sessions.keys()]) {
      const keys = wawebKeys(this.opts.keyPrefix, id);
      try {
        const renewed = await this.opts.redis.eval(RENEW_LUA, 2, keys.lock, keys.state, this.owner, this.lockTtlMs, this.lockTtlMs * 2);
        if (renewed === 0) {
          // Another process took over (we were paused longer than the TTL): stop without touching its state.
          this.log.warn({ connectionId: id }, 'lost the WhatsApp Web session lock; stopping the local session');
          const owned = this.sessions.get(id);
          this.sessions.delete(id);
          await owned?.session.stop();
        }
      } catch (err) {
        this.log.warn({ connectionId: id, err: errorMessage(err) }, 'WhatsApp Web lock renewal failed');
      }
    }
  }

  private async release(connectionId: string, reason: string): Promise<void> {
    const owned = this.sessions.get(connectionId);
    if (!owned) return;
    this.sessions.delete(connectionId);
    await owned.session.stop();
    await owned.chain;
    const keys = wawebKeys(this.opts.keyPrefix, connectionId);
    const last: SessionSnapshot = { ...owned.session.snapshot, state: 'disconnected', qr: null, reason, updatedAt: new Date().toISOString() };
    await this.opts.redis.set(keys.state, JSON.stringify(last), 'PX', this.lockTtlMs * 2).catch(() => undefined);
    await this.opts.redis.eval(RELEASE_LUA, 1, keys.lock, this.owner).catch(() => undefined);
  }

  /** One blocking connection pops the command lists of every local session. */
  private async commandLoop(): Promise<void> {
    const blocking = this.blocking;
    if (!blocking) return;
    while (!this.stopping) {
      const keys = [...this.sessions.keys()].map((id) => wawebKeys(this.opts.keyPrefix, id).out);
      if (keys.length === 0) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 250);
          this.wakeIdle = () => {
            clearTimeout(t);
            resolve();
          };
        });
        continue;
      }
      let popped: [string, string] | null;
      try {
        popped = await blocking.blpop(...keys, 1);
      } catch (err) {
        if (this.stopping) return;
        this.log.warn({ err: errorMessage(err) }, 'WhatsApp Web command read failed');
        await sleep(500);
        continue;
      }
      if (!popped) continue;
      const [key, raw] = popped;
      const connectionId = connectionIdOfOutKey(key);
      const owned = connectionId ? this.sessions.get(connectionId) : undefined;
      if (!connectionId || !owned) continue;
      let cmd: BridgeCommand;
      try {
        cmd = bridgeCommandSchema.parse(JSON.parse(raw));
      } catch (err) {
        this.log.warn({ connectionId, err: errorMessage(err) }, 'malformed WhatsApp Web command dropped');
        continue;
      }
      owned.chain = owned.chain.then(() => this.execute(connectionId, owned, cmd)).catch((err: unknown) => this.log.error({ connectionId, err: errorMessage(err) }, 'WhatsApp Web command failed'));
    }
  }

  private async execute(connectionId: string, owned: Owned, cmd: BridgeCommand): Promise<void> {
    // The sender stopped waiting: its job retries with a new command, so this one must not send.
    if (Date.now() > cmd.deadline) {
      this.log.debug({ connectionId, requestId: cmd.requestId }, 'expired WhatsApp Web command dropped');
      return;
    }
    if (cmd.op === 'typing') {
      await owned.session.typing(cmd.chatId).catch((err: unknown) => this.log.debug({ connectionId, err: errorMessage(err) }, 'typing indicator failed'));
      return;
    }
    const keys = wawebKeys(this.opts.keyPrefix, connectionId);
    let reply: BridgeReply | BridgeMediaReply;
    if (cmd.op === 'download') {
      // The media of an inbound message, for a worker's fetchMedia (channels/whatsapp-web).
      reply = await owned.session.downloadReply(cmd);
      await this.opts.redis.multi().lpush(keys.reply(cmd.requestId), JSON.stringify(reply)).pexpire(keys.reply(cmd.requestId), 60_000).exec();
      return;
    }
    const already = await this.opts.redis.get(keys.sent(cmd.outboundId));
    if (already) {
      reply = { ok: true, platformMessageId: already, duplicate: true };
    } else {
      try {
        const platformMessageId = await owned.session.send(cmd);
        await this.opts.redis.set(keys.sent(cmd.outboundId), platformMessageId, 'EX', this.opts.sentTtlSeconds ?? 7 * 24 * 3600);
        reply = { ok: true, platformMessageId };
      } catch (err) {
        reply = { ok: false, error: errorMessage(err), permanent: err instanceof PermanentSendError };
      }
    }
    const replyKey = keys.reply(cmd.requestId);
    await this.opts.redis.multi().lpush(replyKey, JSON.stringify(reply)).pexpire(replyKey, 60_000).exec();
  }
}
