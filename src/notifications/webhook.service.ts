/**
 * Outgoing event webhooks: tenants' subscriptions (secret generated, shown
 * once, stored AES-256-GCM encrypted with the tenant id as AAD), the delivery
 * of one queued event to one subscription (signed, SSRF-guarded at connect
 * time), and the communication log the deliveries are recorded in.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createHmac, randomUUID } from 'node:crypto';
import { and, desc, eq, getTableColumns, gte, lte, sql } from 'drizzle-orm';
import { communicationLog, webhookSubscriptions } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import { decryptSecret, encryptSecret, randomToken } from '../security/crypto.js';
import type { DomainEventType } from './domain-events.js';
import { ForbiddenTargetError, assertPublicTarget, guardedLookup } from './target-guard.js';

export interface WebhookSettings {
  encryptionKey: Buffer;
  allowPrivateTargets: boolean;
  timeoutMs: number;
}

export interface SubscriptionView {
  id: string;
  url: string;
  events: string[];
  createdAt: string;
}

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type CommunicationLogRow = typeof communicationLog.$inferSelect;

const view = (r: SubscriptionRow): SubscriptionView => ({ id: r.id, url: r.url, events: r.events, createdAt: r.createdAt.toISOString() });

/** Signature header value: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export function signBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** What one attempt came to: sent, worth retrying (network, 5xx, 429), or permanently refused. */
export type AttemptOutcome = { kind: 'sent'; status: number } | { kind: 'retry'; error: string } | { kind: 'permanent'; error: string } | { kind: 'settled' };

export interface LogFilter {
  status?: 'queued' | 'sent' | 'failed' | 'skipped';
  channel?: 'webhook' | 'email';
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export class WebhookService {
  constructor(
    private readonly db: Db,
    private readonly settings: WebhookSettings,
  ) {}

  /** Validates the URL (http/https, no credentials, public target unless allowed); creates the subscription; returns the secret once. */
  async create(tenantId: string, createdBy: string | null, input: { url: string; events: DomainEventType[] }): Promise<SubscriptionView & { secret: string }> {
    const url = await this.checkTarget(input.url);
    const secret = `whsec_${randomToken(32)}`;
    const [row] = await this.db
      .insert(webhookSubscriptions)
      .values({ tenantId, url: url.toString(), events: [...new Set(input.events)], secretEncrypted: encryptSecret(this.settings.encryptionKey, secret, tenantId), createdBy })
      .returning();
    if (!row) throw new Error('subscription insert returned nothing');
    return { ...view(row), secret };
  }

  async list(tenantId: string): Promise<SubscriptionView[]> {
    const rows = await this.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.tenantId, tenantId)).orderBy(desc(webhookSubscriptions.createdAt));
    return rows.map(view);
  }

  async get(tenantId: string, id: string): Promise<SubscriptionView> {
    const [row] = await this.db.select().from(webhookSubscriptions).where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id)));
    if (!row) throw new NotFoundError('webhook subscription');
    return view(row);
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const rows = await this.db
      .delete(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id)))
      .returning({ id: webhookSubscriptions.id });
    if (rows.length === 0) throw new NotFoundError('webhook subscription');
  }

  /** The tenant's communication log, newest first. */
  async log(tenantId: string, f: LogFilter): Promise<{ items: Array<Omit<CommunicationLogRow, 'payload'>>; total: number }> {
    const where = and(
      eq(communicationLog.tenantId, tenantId),
      f.status ? eq(communicationLog.status, f.status) : undefined,
      f.channel ? eq(communicationLog.channel, f.channel) : undefined,
      f.from ? gte(communicationLog.createdAt, f.from) : undefined,
      f.to ? lte(communicationLog.createdAt, f.to) : undefined,
    );
    const { payload: _payload, ...columns } = getTableColumns(communicationLog);
    const items = await this.db.select(columns).from(communicationLog).where(where).orderBy(desc(communicationLog.createdAt), desc(communicationLog.id)).limit(f.limit).offset(f.offset);
    const [count] = await this.db.select({ n: sql<number>`count(*)::int` }).from(communicationLog).where(where);
    return { items, total: count?.n ?? 0 };
  }

  private async checkTarget(raw: string): Promise<URL> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new PayloadError('url: must be an absolute http(s) URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PayloadError('url: must use http or https');
    if (url.username || url.password) throw new PayloadError('url: must not carry credentials');
    if (this.settings.allowPrivateTargets) return url;
    try {
      await assertPublicTarget(url);
    } catch (err) {
      if (err instanceof ForbiddenTargetError) throw new PayloadError(`url: refused: ${err.message} (set WEBHOOK_ALLOW_PRIVATE_TARGETS=1 to allow)`);
      throw new PayloadError(`url: the host does not resolve (${(err as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
    return url;
  }

  /**
   * One attempt of a delivery: POST the stored body, signed, to the
   * subscription's URL; record the attempt on the log row. `last` marks the
   * final attempt: a retryable failure then also ends as `failed`.
   */
  async attempt(tenantId: string, logId: string, last: boolean): Promise<AttemptOutcome> {
    const [entry] = await this.db.select().from(communicationLog).where(and(eq(communicationLog.tenantId, tenantId), eq(communicationLog.id, logId)));
    // Already sent or failed (a job re-run after a crash), or gone: nothing to do.
    if (!entry || entry.status !== 'queued') return { kind: 'settled' };
    const sub = entry.subscriptionId
      ? (await this.db.select().from(webhookSubscriptions).where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, entry.subscriptionId))))[0]
      : undefined;
    let outcome: AttemptOutcome;
    if (!sub) outcome = { kind: 'permanent', error: 'the subscription was deleted' };
    else outcome = await this.post(sub, JSON.stringify(entry.payload), entry.eventId ?? entry.id, entry.template);
    const failed = outcome.kind === 'permanent' || (outcome.kind === 'retry' && last);
    await this.db
      .update(communicationLog)
      .set({
        attempts: sql`${communicationLog.attempts} + 1`,
        lastAttemptAt: sql`now()`,
        status: outcome.kind === 'sent' ? 'sent' : failed ? 'failed' : 'queued',
        error: outcome.kind === 'retry' || outcome.kind === 'permanent' ? outcome.error : null,
        ...(outcome.kind === 'sent' ? { sentAt: sql`now()` } : {}),
      })
      .where(and(eq(communicationLog.id, entry.id), eq(communicationLog.status, 'queued')));
    return outcome;
  }

  private post(sub: SubscriptionRow, body: string, eventId: string, eventType: string): Promise<AttemptOutcome> {
    let url: URL;
    try {
      url = new URL(sub.url);
    } catch {
      return Promise.resolve({ kind: 'permanent', error: 'invalid URL' });
    }
    const secret = decryptSecret(this.settings.encryptionKey, sub.secretEncrypted, sub.tenantId);
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'chatbot-gateway-webhooks/1',
      'x-gateway-event': eventType,
      'x-gateway-event-id': eventId,
      'x-gateway-delivery-id': randomUUID(),
      'x-gateway-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-gateway-signature': signBody(secret, body),
    };
    const allowPrivate = this.settings.allowPrivateTargets;
    return new Promise<AttemptOutcome>((resolve) => {
      const check = allowPrivate ? Promise.resolve() : assertLiteralPublic(url);
      check.then(
        () => {
          const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
          const req = send(url, { method: 'POST', headers, timeout: this.settings.timeoutMs, ...(allowPrivate ? {} : { lookup: guardedLookup }) }, (res: IncomingMessage) => {
            res.resume();
            res.on('end', () => resolve(classify(res.statusCode ?? 0)));
            res.on('error', (err) => resolve({ kind: 'retry', error: `response error: ${err.message}` }));
          });
          req.on('timeout', () => req.destroy(new Error(`timed out after ${this.settings.timeoutMs} ms`)));
          req.on('error', (err) => {
            if (err instanceof ForbiddenTargetError) resolve({ kind: 'permanent', error: `refused: ${err.message}` });
            else resolve({ kind: 'retry', error: `network error: ${err.message}` });
          });
          req.end(body);
        },
        (err: Error) => resolve({ kind: 'permanent', error: `refused: ${err.message}` }),
      );
    });
  }
}

/** IP-literal hosts skip DNS (and so the guarded lookup): check them here. */
async function assertLiteralPublic(url: URL): Promise<void> {
  await assertPublicTarget(url).catch((err: unknown) => {
    if (err instanceof ForbiddenTargetError) throw err;
    // Unresolvable now: let the request fail as a network error (retried).
  });
}

function classify(status: number): AttemptOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent', status };
  if (status === 429 || status >= 500 || status === 408) return { kind: 'retry', error: `HTTP ${status}` };
  // Redirects are not followed (a redirect could point inside the network); other 4xx will not change on retry.
  return { kind: 'permanent', error: `HTTP ${status}` };
}

