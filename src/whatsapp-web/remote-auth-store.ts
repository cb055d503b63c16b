/**
 * whatsapp-web.js `RemoteAuth` store backed by the `whatsapp_web_sessions`
 * table, so a restarted (or moved) session logs in without a new QR scan.
 *
 * What RemoteAuth (v1.34, src/authStrategies/RemoteAuth.js) calls, with the
 * session name `RemoteAuth-<clientId>` (our clientId is the connection id):
 * - `sessionExists({ session })` before starting and before each save;
 * - `save({ session })` after it zipped the browser profile to
 *   `<dataPath>/<session>.zip` (the path is not passed: it is derived here the
 *   same way), first 60 s after `ready`, then every `backupSyncIntervalMs`;
 * - `extract({ session, path })` must write the zip to `path` (it unzips and deletes it);
 * - `delete({ session })` on logout or when WhatsApp unpairs the device.
 *
 * The archive is stored AES-256-GCM encrypted (src/security/crypto.ts) under a
 * key derived for this purpose, bound to the tenant and connection, so a row
 * copied to another connection does not decrypt.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { whatsappWebSessions } from '../../drizzle/schema.js';
import type { SessionStore } from '../../channels/whatsapp-web/whatsapp-web.session.js';
import type { Db } from '../db/client.js';
import { decryptSecret, deriveKey, encryptSecret } from '../security/crypto.js';

export interface PostgresRemoteAuthStoreOptions {
  db: Db;
  /** The master ENCRYPTION_KEY; the store derives its own key from it. */
  encryptionKey: Buffer;
  tenantId: string;
  connectionId: string;
  /** RemoteAuth's `dataPath`: where it writes `<session>.zip` before calling `save`. */
  dataPath: string;
}

export const remoteAuthSessionName = (connectionId: string) => `RemoteAuth-${connectionId}`;

/** The channel's {@link SessionStore}, in Postgres. */
export class PostgresRemoteAuthStore implements SessionStore {
  readonly sessionName: string;
  private readonly key: Buffer;
  private readonly aad: string;

  constructor(private readonly opts: PostgresRemoteAuthStoreOptions) {
    this.sessionName = remoteAuthSessionName(opts.connectionId);
    this.key = deriveKey(opts.encryptionKey, 'whatsapp-web-session');
    this.aad = `${opts.tenantId}:${opts.connectionId}`;
  }

  /** One store serves one connection: any other session name is a wiring bug. */
  private check(session: string): void {
    if (session !== this.sessionName) throw new Error(`RemoteAuth store for ${this.sessionName} asked about ${session}`);
  }

  private where() {
    return and(eq(whatsappWebSessions.connectionId, this.opts.connectionId), eq(whatsappWebSessions.tenantId, this.opts.tenantId));
  }

  async sessionExists({ session }: { session: string }): Promise<boolean> {
    this.check(session);
    const [row] = await this.opts.db.select({ id: whatsappWebSessions.connectionId }).from(whatsappWebSessions).where(this.where()).limit(1);
    return Boolean(row);
  }

  async save({ session }: { session: string }): Promise<void> {
    this.check(session);
    const zip = await readFile(path.join(path.resolve(this.opts.dataPath), `${session}.zip`));
    const archiveEnc = encryptSecret(this.key, zip.toString('base64'), this.aad);
    await this.opts.db
      .insert(whatsappWebSessions)
      .values({ connectionId: this.opts.connectionId, tenantId: this.opts.tenantId, archiveEnc })
      .onConflictDoUpdate({ target: whatsappWebSessions.connectionId, set: { archiveEnc, updatedAt: sql`now()` } });
  }

  async extract({ session, path: dest }: { session: string; path: string }): Promise<void> {
    this.check(session);
    const [row] = await this.opts.db.select({ archiveEnc: whatsappWebSessions.archiveEnc }).from(whatsappWebSessions).where(this.where()).limit(1);
    if (!row) throw new Error(`no stored WhatsApp Web session for ${this.sessionName}`);
    const zip = Buffer.from(decryptSecret(this.key, row.archiveEnc, this.aad), 'base64');
    await mkdir(path.dirname(dest), { recursive: true });
    await writeFile(dest, zip);
  }

  async delete({ session }: { session: string }): Promise<void> {
    this.check(session);
    await this.opts.db.delete(whatsappWebSessions).where(this.where());
  }
}
