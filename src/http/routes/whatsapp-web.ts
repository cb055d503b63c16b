/**
 * Admin view of a WhatsApp Web session: its state and the login QR code.
 * The snapshot comes from Redis, written by whichever gateway process runs the
 * session, so any gateway can answer.
 *
 *   GET /api/v1/channels/:id/whatsapp-web/session  → { state, qr, reason?, updatedAt, … }
 *   GET /api/v1/channels/:id/whatsapp-web/qr.png   → the QR as a PNG (404 when there is none)
 */
import { Router, type Request } from 'express';
import { withIdParams } from '../input.js';
import type { Container } from '../../app/container.js';
import { readSessionSnapshot, type SessionSnapshot } from '../../../channels/whatsapp-web/whatsapp-web.bridge.js';
import { NotFoundError } from '../../domain/errors.js';
import { auth, requireRole } from '../auth.js';

const PNG_DATA_URL = 'data:image/png;base64,';

/** What the session endpoint answers when no gateway process runs the session. */
export interface SessionView extends Omit<SessionSnapshot, 'updatedAt'> {
  updatedAt: string | null;
}

/** Lets the endpoint nudge a local manager to pick up a just-created connection. */
export interface SessionRefresher {
  refresh(): Promise<void>;
}

export function whatsappWebRoutes(c: Container, manager?: SessionRefresher): Router {
  const r = withIdParams(Router());

  /** Tenant-scoped: another tenant's connection (or one of another type) is a 404. */
  async function connectionOf(req: Request): Promise<string> {
    const id = String(req.params.id);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('whatsapp_web channel');
    const view = await c.connections.get(auth(req).tenantId, id).catch((err: unknown) => {
      throw err instanceof NotFoundError ? new NotFoundError('whatsapp_web channel') : err;
    });
    if (view.type !== 'whatsapp_web') throw new NotFoundError('whatsapp_web channel');
    return view.id;
  }

  async function snapshotOf(connectionId: string): Promise<SessionSnapshot | null> {
    return readSessionSnapshot(c.redis, c.config.redis.prefix, connectionId);
  }

  r.get('/channels/:id/whatsapp-web/session', requireRole(), async (req, res) => {
    const id = await connectionOf(req);
    let snapshot = await snapshotOf(id);
    if (!snapshot && manager) {
      await manager.refresh();
      snapshot = await snapshotOf(id);
    }
    const view: SessionView = snapshot ?? {
      state: 'disconnected',
      qr: null,
      reason: 'no gateway process runs this session (yet): gateways with WHATSAPP_WEB_SESSIONS=true pick new connections up within seconds',
      updatedAt: null,
    };
    res.set('cache-control', 'no-store').json(view);
  });

  r.get('/channels/:id/whatsapp-web/qr.png', requireRole(), async (req, res) => {
    const snapshot = await snapshotOf(await connectionOf(req));
    if (snapshot?.state !== 'qr' || !snapshot.qr?.startsWith(PNG_DATA_URL)) throw new NotFoundError('QR code');
    res.set('cache-control', 'no-store').type('png').send(Buffer.from(snapshot.qr.slice(PNG_DATA_URL.length), 'base64'));
  });

  return r;
}
