/**
 * API keys of the caller's tenant (admins only):
 *   GET    /api/v1/api-keys        → every key: name, prefix, current role, user, state; never a hash
 *   POST   /api/v1/api-keys        {role | userId, name?, expiresAt?} → the key, shown once
 *   DELETE /api/v1/api-keys/:id    → revoked at once, in every process (open streams close)
 */
import { Router } from 'express';
import { z } from 'zod';
import { isoDate, safeText, uuidText } from '../../domain/input.js';
import { USER_ROLES } from '../../domain/model.js';
import type { Container } from '../../app/container.js';
import type { ApiKeyInfo } from '../../tenancy/api-keys.service.js';
import { auth, requireRole } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';

export const createApiKeyBody = z
  .object({
    name: safeText({ trim: true, min: 1, max: 200 }).optional(),
    /** A service key with this role (no user). */
    role: z.enum(USER_ROLES).optional(),
    /** A key of this user: it has the user's role at each request and dies with the user's access. */
    userId: uuidText.optional(),
    expiresAt: isoDate.optional(),
  })
  .strict()
  .refine((b) => (b.role === undefined) !== (b.userId === undefined), { message: 'give either role (a service key) or userId (a key of that user), not both' });

function keyView(k: ApiKeyInfo) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    role: k.role,
    userId: k.userId,
    kind: k.userId ? 'user' : 'service',
    state: k.state,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

export function apiKeyRoutes(c: Container): Router {
  const r = withIdParams(Router());
  const admin = requireRole();
  r.get('/api-keys', admin, async (req, res) => {
    res.json({ items: (await c.apiKeys.list(auth(req).tenantId)).map(keyView) });
  });
  r.post('/api-keys', admin, async (req, res) => {
    const b = parseBody(createApiKeyBody, req.body);
    const common = { name: b.name, expiresAt: b.expiresAt };
    const created = await c.apiKeys.create(auth(req).tenantId, b.userId ? { ...common, userId: b.userId } : { ...common, role: b.role ?? 'agent' });
    res.status(201).json({ ...keyView(created.info), apiKey: created.apiKey });
  });
  r.delete('/api-keys/:id', admin, async (req, res) => {
    await c.apiKeys.revoke(auth(req).tenantId, String(req.params.id));
    res.status(204).end();
  });
  return r;
}
