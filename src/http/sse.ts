/**
 * Server-sent event streams (web chat replies, the agent inbox): headers,
 * heartbeats that also keep the stream's concurrency lease alive, the
 * `Last-Event-ID` rule, and a clean close with an `error` event.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
import type { Request, Response } from 'express';
import { isUuid } from '../domain/input.js';
import type { StreamLease } from '../security/abuse-limits.js';

export const HEARTBEAT_MS = 15_000;

export interface EventStream {
  send(event: string, data: unknown, id?: string): void;
  /**
   * Sends an `error` event and ends the stream. The event also resets the
   * client's last event id (an empty `id:` field), so an automatic reconnect
   * does not repeat the bad one.
   */
  fail(code: string, message: string): void;
  readonly closed: boolean;
  onClose(fn: () => void): void;
}

/**
 * The id the client resumes after: the `Last-Event-ID` header (EventSource
 * reconnects) or `?after=`. Our event ids are message ids, so anything but a
 * UUID is bad; `undefined` when none was sent.
 */
export function lastEventIdOf(req: Request): { ok: true; id?: string } | { ok: false; reason: string } {
  const header = req.headers['last-event-id'];
  const raw = typeof header === 'string' ? header : typeof req.query.after === 'string' ? req.query.after : undefined;
  if (raw === undefined || raw === '') return { ok: true };
  return isUuid(raw) ? { ok: true, id: raw } : { ok: false, reason: 'Last-Event-ID (or after) must be the id of a message (a UUID)' };
}

export function openEventStream(req: Request, res: Response, lease?: StreamLease): EventStream {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  let closed = false;
  const closers: Array<() => void> = [];
  const heartbeat = setInterval(() => {
    res.write(': keep-alive\n\n');
    void lease?.refresh();
  }, HEARTBEAT_MS);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    void lease?.release();
    for (const fn of closers) fn();
  };
  // Either side going away ends the stream (and frees its slot).
  req.on('close', close);
  res.on('close', close);
  return {
    send(event, data, id) {
      if (closed) return;
      res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    fail(code, message) {
      if (closed) return;
      res.write(`id\nevent: error\ndata: ${JSON.stringify({ code, message })}\n\n`);
      close();
      res.end();
    },
    get closed() {
      return closed;
    },
    onClose(fn) {
      if (closed) fn();
      else closers.push(fn);
    },
  };
}
