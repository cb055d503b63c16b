/**
 * Channel connections written straight to the database (no platform `connect`
 * round trip), for suites that only need webhooks in: the adapter's own
 * credentials schema still validates the credentials, and the context comes
 * from the gateway's own resolver, as a webhook would see it.
 */
import { randomUUID } from 'node:crypto';
import { channelConnections } from '../../drizzle/schema.js';
import { getAdapter } from '../../channels/registry.js';
import type { ChannelContext } from '../../channels/types.js';
import { encryptSecret, randomToken } from '../../src/security/crypto.js';
import { encryptWebhookSecret } from '../../src/connections/connection.service.js';
import type { Harness } from './harness.js';

export async function insertConnection(h: Harness, tenantId: string, type: string, credentials: Record<string, unknown>): Promise<{ id: string; ctx: ChannelContext<unknown> }> {
  const adapter = getAdapter(type);
  if (!adapter) throw new Error(`no adapter ${type}`);
  const parsed = adapter.credentialsSchema.parse(credentials);
  const id = randomUUID();
  await h.c.database.db.insert(channelConnections).values({
    id,
    tenantId,
    type: adapter.type,
    name: `${type} (test)`,
    credentialsEnc: encryptSecret(h.config.security.encryptionKey, JSON.stringify(parsed), tenantId),
    webhookSecret: encryptWebhookSecret(h.config.security.encryptionKey, tenantId, id, randomToken(32)),
  });
  const resolved = await h.c.connections.resolve(id, type);
  if (!resolved) throw new Error(`connection ${id} did not resolve`);
  return { id, ctx: resolved.ctx };
}
