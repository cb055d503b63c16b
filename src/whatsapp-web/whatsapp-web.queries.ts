/** The SQL of the WhatsApp Web session host: which connections to run, and their status. */
import { and, eq, ne, sql } from 'drizzle-orm';
import { channelConnections } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';

/** Every `whatsapp_web` connection that is not disabled, across tenants (a gateway hosts them all). */
export function listWhatsAppWebConnections(db: Db): Promise<Array<{ id: string; tenantId: string }>> {
  return db
    .select({ id: channelConnections.id, tenantId: channelConnections.tenantId })
    .from(channelConnections)
    .where(and(eq(channelConnections.type, 'whatsapp_web'), ne(channelConnections.status, 'disabled')));
}

/** The connection's status as the session reports it; a disabled connection stays disabled. */
export async function setWhatsAppWebStatus(db: Db, connectionId: string, status: 'active' | 'error', reason: string | null): Promise<void> {
  await db
    .update(channelConnections)
    .set({ status, statusReason: reason, updatedAt: sql`now()` })
    .where(and(eq(channelConnections.id, connectionId), ne(channelConnections.status, 'disabled')));
}
