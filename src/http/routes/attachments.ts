/**
 * Downloading attachments:
 *   GET /api/v1/attachments/:id   API key (agent, analyst); the tenant's own files only (404 otherwise);
 *                                 a ticket's file only for those who see the ticket
 *   GET /files/:token             a short-lived signed link (platforms that fetch by URL, web chat visitors)
 *   GET|PUT /api/v1/attachment-settings  the tenant's size limit { attachmentMaxBytes: bytes | null } (admin to change)
 * Both downloads stream the bytes with the sniffed type, `X-Content-Type-Options: nosniff`
 * and `Content-Disposition: attachment` for anything but images.
 */
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { parseBody } from '../parse.js';
import type { Container } from '../../app/container.js';
import type { AttachmentRow } from '../../attachments/attachment.queries.js';
import { isImageType } from '../../attachments/sniff.js';
import { auth, requireRole, seesAllTickets } from '../auth.js';
import { withIdParams } from '../input.js';
import { contentDisposition } from '../upload.js';

async function stream(c: Container, row: AttachmentRow, res: Response): Promise<void> {
  const body = await c.attachments.open(row);
  const type = row.contentType ?? 'application/octet-stream';
  res.status(200);
  res.setHeader('Content-Type', type);
  if (row.sizeBytes !== null) res.setHeader('Content-Length', String(row.sizeBytes));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Disposition', contentDisposition(row.fileName, isImageType(type)));
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  try {
    await pipeline(body, res);
  } catch (err) {
    c.logger.warn({ err, attachmentId: row.id }, 'attachment stream interrupted');
    res.destroy();
  }
}

/** Largest value a tenant may set: the column is a 32-bit integer (2 GiB − 1). */
export const settingsBody = z.object({ attachmentMaxBytes: z.number().int().min(1).max(2_147_483_647).nullable() }).strict();

/** `GET /api/v1/attachments/:id` and the tenant's attachment settings (mounted behind API-key auth). */
export function attachmentRoutes(c: Container): Router {
  const r = withIdParams(Router());
  r.get('/attachment-settings', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(await c.attachments.settings(auth(req).tenantId));
  });
  r.put('/attachment-settings', requireRole(), async (req, res) => {
    const body = parseBody(settingsBody, req.body);
    const a = auth(req);
    res.json(await c.attachments.setMaxBytes(a.tenantId, body.attachmentMaxBytes, { userId: a.userId, keyId: a.keyId }));
  });
  r.get('/attachments/:id', requireRole('agent', 'analyst'), async (req: Request, res) => {
    const tenantId = auth(req).tenantId;
    const row = await c.attachments.get(tenantId, String(req.params.id));
    // Files of a ticket follow the ticket's visibility (an agent: its own tickets and the unassigned queue).
    if (row.parentType === 'ticket') await c.tickets.get(tenantId, row.parentId, seesAllTickets(req) ? undefined : auth(req).userId);
    await stream(c, row, res);
  });
  return r;
}

/** `GET /files/:token`: no API key, the signed token is the authorisation. */
export function fileLinkRoutes(c: Container): Router {
  const r = Router();
  r.get('/files/:token', async (req, res) => {
    const row = await c.attachments.byToken(String(req.params.token));
    await stream(c, row, res);
  });
  return r;
}
