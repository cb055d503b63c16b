/**
 * The Redis bridge between the processes of a WhatsApp Web connection. The
 * browser session lives in exactly one gateway process (the lock owner), but
 * the worker that composes a reply, and the gateway that answers the admin,
 * can be any process. So everything they share goes through Redis:
 *
 * - `…:state`   the session snapshot (state, QR as a PNG data URL, reason), JSON with a TTL
 *               renewed by the owner: when the owner dies the snapshot expires.
 * - `…:lock`    which process owns the session (SET NX PX, renewed).
 * - `…:out`     commands for the owner (send, typing, download), a list the owner BLPOPs.
 * - `…:reply:<requestId>`  the owner's answer to one send or download command.
 * - `…:sent:<outboundId>`  WhatsApp message id of an outbound message already sent: a retried
 *               command returns it instead of sending twice.
 */
import { Cluster } from 'ioredis';
import { z } from 'zod';
import type { RedisClient } from '../types.js';

export const WA_SESSION_STATES = ['starting', 'qr', 'authenticated', 'ready', 'disconnected'] as const;
export type WaSessionState = (typeof WA_SESSION_STATES)[number];

/** What the admin sees: `GET /api/v1/channels/:id/whatsapp-web/session`. */
export const sessionSnapshotSchema = z.object({
  state: z.enum(WA_SESSION_STATES),
  /** The current login QR code as `data:image/png;base64,…`, only in state `qr`. */
  qr: z.string().nullable(),
  reason: z.string().optional(),
  updatedAt: z.string(),
  /** Consecutive failed starts; reset when the session is ready. */
  attempt: z.number().int().min(0).optional(),
  /** When the next start is scheduled after a disconnect. */
  nextRetryAt: z.string().optional(),
  /** Last time RemoteAuth stored the session archive in Postgres. */
  sessionSavedAt: z.string().optional(),
  /** The gateway process that runs the session. */
  owner: z.string().optional(),
});
export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;

const attachmentSchema = z.object({
  url: z.string().optional(),
  mimeType: z.string().optional(),
  name: z.string().optional(),
});

/** A command for the session owner. `deadline` (epoch ms): after it the sender has given up. */
export const bridgeCommandSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('send'),
    requestId: z.string().min(1),
    outboundId: z.string().min(1),
    chatId: z.string().min(1),
    deadline: z.number(),
    message: z.object({ kind: z.enum(['text', 'image', 'file', 'buttons']), text: z.string(), attachment: attachmentSchema.optional() }),
  }),
  z.object({ op: z.literal('typing'), requestId: z.string().min(1), chatId: z.string().min(1), deadline: z.number() }),
  /** The media of an inbound message (`Message.downloadMedia()`), refused past `maxBytes`. */
  z.object({ op: z.literal('download'), requestId: z.string().min(1), messageId: z.string().min(1), maxBytes: z.number().int().positive(), deadline: z.number() }),
]);
export type BridgeCommand = z.infer<typeof bridgeCommandSchema>;
export type SendCommand = Extract<BridgeCommand, { op: 'send' }>;
export type DownloadCommand = Extract<BridgeCommand, { op: 'download' }>;

/** The owner's answer to a download: the file base64-encoded (as whatsapp-web.js hands it over), or why not. */
export const bridgeMediaReplySchema = z.union([
  z.object({ ok: z.literal(true), media: z.object({ data: z.string(), mimetype: z.string().optional(), filename: z.string().optional() }) }),
  z.object({ ok: z.literal(false), error: z.string(), permanent: z.boolean(), tooLarge: z.boolean().optional() }),
]);
export type BridgeMediaReply = z.infer<typeof bridgeMediaReplySchema>;

export const bridgeReplySchema = z.union([
  z.object({ ok: z.literal(true), platformMessageId: z.string(), duplicate: z.boolean().optional() }),
  z.object({ ok: z.literal(false), error: z.string(), permanent: z.boolean() }),
]);
export type BridgeReply = z.infer<typeof bridgeReplySchema>;

/**
 * A second connection for BLPOP (a blocked connection serves nothing else), of the
 * same kind as `client` (one server or a cluster); `maxRetriesPerRequest: null`
 * so the wait outlives a reconnect.
 */
export function duplicateForBlocking(client: RedisClient): RedisClient {
  if (client instanceof Cluster) {
    return client.duplicate([], { redisOptions: { ...client.options.redisOptions, maxRetriesPerRequest: null }, enableOfflineQueue: true });
  }
  return client.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true });
}

export function wawebKeys(prefix: string, connectionId: string) {
  const base = `${prefix}:waweb:${connectionId}`;
  return {
    state: `${base}:state`,
    lock: `${base}:lock`,
    out: `${base}:out`,
    reply: (requestId: string) => `${base}:reply:${requestId}`,
    sent: (outboundId: string) => `${base}:sent:${outboundId}`,
  };
}

/** The connection id in an `…:waweb:<id>:out` key. */
export function connectionIdOfOutKey(key: string): string | undefined {
  return /:waweb:([^:]+):out$/.exec(key)?.[1];
}

/** Reads the snapshot any gateway process wrote; null when no process runs the session. */
export async function readSessionSnapshot(redis: RedisClient, prefix: string, connectionId: string): Promise<SessionSnapshot | null> {
  const raw = await redis.get(wawebKeys(prefix, connectionId).state);
  if (!raw) return null;
  try {
    const parsed = sessionSnapshotSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** Fraction of random spread (0.2 = ±20%) so many sessions do not restart in lockstep. */
  jitter: number;
}

/** Delay before start attempt `attempt` (1 = first retry): initial × 2^(attempt-1), capped. */
export function backoffDelay(attempt: number, opts: BackoffOptions, random: () => number = Math.random): number {
  const base = Math.min(opts.maxMs, opts.initialMs * 2 ** Math.max(0, attempt - 1));
  const spread = base * opts.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(base + spread));
}
