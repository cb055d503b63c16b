/** Agents (staff users) and their API keys: admins create them; the key is shown once. */
import { Router } from 'express';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { users } from '../../../drizzle/schema.js';
import { NotFoundError, PayloadError } from '../../domain/errors.js';
import { createApiKey } from '../../tenancy/tenant.service.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from './channels.js';

const agentBody = z.object({
  email: z.string().email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['agent', 'admin', 'analyst']).default('agent'),
  skills: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
  languages: z.array(z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).max(20).default([]),
  team: z.string().max(100).optional(),
  maxLoad: z.number().int().min(1).max(1000).default(10),
});
const patchBody = agentBody.partial().omit({ email: true }).extend({ status: z.enum(['active', 'away', 'offline']).optional() });

export function agentView(u: typeof users.$inferSelect) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, skills: u.skills, languages: u.languages, team: u.team, status: u.status, currentLoad: u.currentLoad, maxLoad: u.maxLoad };
}

export function agentRoutes(c: Container): Router {
  const r = Router();
  const db = c.database.db;
  r.get('/agents', requireRole('agent', 'analyst'), async (req, res) => {
    const rows = await db.select().from(users).where(eq(users.tenantId, auth(req).tenantId)).orderBy(asc(users.name));
    res.json({ items: rows.map(agentView) });
  });
  r.post('/agents', requireRole(), async (req, res) => {
    const body = parseBody(agentBody, req.body);
    const tenantId = auth(req).tenantId;
    const [row] = await db
      .insert(users)
      .values({ tenantId, email: body.email, name: body.name, role: body.role, skills: body.skills, languages: body.languages, team: body.team ?? null, maxLoad: body.maxLoad })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new PayloadError('a user with this email already exists');
    const key = await createApiKey(db, { tenantId, role: body.role, name: `${body.name} key`, userId: row.id });
    res.status(201).json({ ...agentView(row), apiKey: key.apiKey });
  });
  r.patch('/agents/:id', requireRole(), async (req, res) => {
    const body = parseBody(patchBody, req.body);
    const id = String(req.params.id);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('agent');
    const [row] = await db
      .update(users)
      .set(body)
      .where(and(eq(users.tenantId, auth(req).tenantId), eq(users.id, id)))
      .returning();
    if (!row) throw new NotFoundError('agent');
    res.json(agentView(row));
  });
  return r;
}

