/**
 * Attachments: files customers, agents and the bot exchange. Bytes go to the
 * configured {@link AttachmentStorage} under a content-addressed key per tenant,
 * after a size check against the tenant's limit and a type check on the bytes
 * (./sniff.ts); a row in `attachments` ties them to their parent (a message, a
 * ticket, a note). Inbound platform files are downloaded by the worker
 * ({@link AttachmentService.downloadInbound}), never on the webhook path.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { Attachment, InboundRef, MessagePayload } from '../../channels/types.js';
import type { ResolvedConnection } from '../connections/connection.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { MediaTooLargeError, NotFoundError, PermanentSendError, UnsupportedMediaTypeError, errorMessage } from '../domain/errors.js';
import type { messages } from '../../drizzle/schema.js';
import {
  attachmentsOfParents,
  findAttachment,
  insertAttachment,
  setTenantAttachmentMaxBytes,
  settleInboundAttachment,
  tenantAttachmentMaxBytes,
  unreferencedKeys,
  type AttachmentJson,
  type AttachmentRow,
  type NewAttachmentRow,
} from './attachment.queries.js';
import type { FileUrlSigner } from './signed-urls.js';
import { recordAudit, type AuditActor } from '../audit/audit.js';
import { cleanFileName, sniffContentType } from './sniff.js';
import type { AttachmentStorage } from './storage.js';

/** A file stored and checked, not yet tied to a parent. */
export interface StoredBlob {
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  checksum: string;
  fileName: string;
}

/** A transient download failure is retried with the job this many times; then the row says `failed` (the reference stays). */
const MAX_DOWNLOAD_ATTEMPTS = 3;

type MessageRow = typeof messages.$inferSelect;

export interface AttachmentServiceDeps {
  db: Db;
  storage: AttachmentStorage;
  signer: FileUrlSigner;
  /** ATTACHMENT_MAX_BYTES: the limit of a tenant without its own. */
  defaultMaxBytes: number;
  publicBaseUrl: string;
  logger: Logger;
}

export class AttachmentService {
  constructor(private readonly deps: AttachmentServiceDeps) {}

  get signer(): FileUrlSigner {
    return this.deps.signer;
  }

  async maxBytesFor(tenantId: string): Promise<number> {
    return (await tenantAttachmentMaxBytes(this.deps.db, tenantId)) ?? this.deps.defaultMaxBytes;
  }

  /** The tenant's own limit (null = the default), the default, and the one in force. */
  async settings(tenantId: string): Promise<{ attachmentMaxBytes: number | null; defaultMaxBytes: number; effectiveMaxBytes: number }> {
    const own = await tenantAttachmentMaxBytes(this.deps.db, tenantId);
    return { attachmentMaxBytes: own, defaultMaxBytes: this.deps.defaultMaxBytes, effectiveMaxBytes: own ?? this.deps.defaultMaxBytes };
  }

  /** Sets the tenant's limit (null: back to ATTACHMENT_MAX_BYTES); audited. */
  async setMaxBytes(tenantId: string, maxBytes: number | null, actor: AuditActor): Promise<{ attachmentMaxBytes: number | null; defaultMaxBytes: number; effectiveMaxBytes: number }> {
    await this.deps.db.transaction(async (tx) => {
      const before = await setTenantAttachmentMaxBytes(tx, tenantId, maxBytes);
      if (before !== maxBytes) {
        await recordAudit(tx, { tenantId, actor, action: 'tenant.set-attachment-limit', entityType: 'tenant', entityId: tenantId, changes: { attachmentMaxBytes: { from: before, to: maxBytes } } });
      }
    });
    return this.settings(tenantId);
  }

  /** Checks size and type, then stores the bytes. Throws MediaTooLargeError (413) or UnsupportedMediaTypeError (415). */
  async storeBytes(tenantId: string, body: Buffer, fileName: string | undefined, maxBytes: number): Promise<StoredBlob> {
    if (body.length > maxBytes) throw new MediaTooLargeError(maxBytes);
    const sniffed = await sniffContentType(body);
    const checksum = createHash('sha256').update(body).digest('hex');
    const storageKey = `t/${tenantId}/${checksum.slice(0, 2)}/${checksum}`;
    await this.deps.storage.put(storageKey, body, sniffed.contentType);
    return { storageKey, contentType: sniffed.contentType, sizeBytes: body.length, checksum, fileName: cleanFileName(fileName, `file.${sniffed.ext}`) };
  }

  /** The row of a stored blob under its parent (insert it in the parent's transaction with {@link record}). */
  rowOf(tenantId: string, blob: StoredBlob, parent: { type: AttachmentRow['parentType']; id: string; position?: number; conversationId?: string | null }, uploadedBy: string): NewAttachmentRow {
    return {
      tenantId,
      parentType: parent.type,
      parentId: parent.id,
      position: parent.position ?? 0,
      conversationId: parent.conversationId ?? null,
      fileName: blob.fileName,
      contentType: blob.contentType,
      sizeBytes: blob.sizeBytes,
      checksum: blob.checksum,
      storageKey: blob.storageKey,
      uploadedBy,
      status: 'stored',
    };
  }

  record(db: DbOrTx, row: NewAttachmentRow): Promise<AttachmentRow | null> {
    return insertAttachment(db, row);
  }

  /** Deletes the bytes under `keys` that no attachment row uses any more (after the rows were deleted and committed). */
  async purgeBlobs(keys: readonly string[]): Promise<void> {
    for (const key of await unreferencedKeys(this.deps.db, keys)) {
      await this.deps.storage.delete(key).catch((err: unknown) => this.deps.logger.warn({ err, storageKey: key }, 'attachment bytes could not be deleted'));
    }
  }

  /** A stored attachment of the tenant; NotFoundError for another tenant's, an unknown id, or one without bytes. */
  async get(tenantId: string, id: string): Promise<AttachmentRow> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await findAttachment(this.deps.db, tenantId, id) : null;
    if (!row || row.status !== 'stored' || !row.storageKey) throw new NotFoundError('attachment');
    return row;
  }

  open(row: AttachmentRow): Promise<Readable> {
    if (!row.storageKey) throw new NotFoundError('attachment');
    return this.deps.storage.get(row.storageKey);
  }

  /** An absolute, short-lived `/files/:token` URL of a stored attachment. */
  signedUrl(row: Pick<AttachmentRow, 'id' | 'tenantId'>): string {
    const { token } = this.deps.signer.sign({ attachmentId: row.id, tenantId: row.tenantId });
    return `${this.deps.publicBaseUrl}/files/${token}`;
  }

  /** The attachment a `/files/:token` link names; NotFoundError when the link is forged or expired. */
  async byToken(token: string): Promise<AttachmentRow> {
    const claims = token.length <= 2000 ? this.deps.signer.verify(token) : null;
    if (!claims) throw new NotFoundError('file');
    return this.get(claims.tenantId, claims.attachmentId);
  }

  /** The API view with signed URLs in place of the authenticated ones (the web chat visitor has no key). */
  withSignedUrls(tenantId: string, list: readonly AttachmentJson[]): AttachmentJson[] {
    return list.map((a) => (a.url ? { ...a, url: this.signedUrl({ id: a.id, tenantId }) } : a));
  }

  /** The file an outbound message carries, with a fresh signed URL for the platform (or the visitor) to fetch. */
  async outboundAttachment(tenantId: string, messageId: string): Promise<Attachment | undefined> {
    const [row] = (await attachmentsOfParents(this.deps.db, tenantId, 'message', [messageId])).filter((a) => a.status === 'stored');
    if (!row) return undefined;
    return { url: this.signedUrl(row), mimeType: row.contentType ?? undefined, name: row.fileName, size: row.sizeBytes ?? undefined };
  }

  /**
   * The worker's download step for an inbound message: each platform file of
   * `payload.attachments` is fetched through the adapter's `fetchMedia` (with the
   * tenant's limit), sniffed, stored and recorded at its position. Idempotent: a
   * position already settled is skipped, so a retried job stores each file once.
   * Too large, refused or gone → a row that keeps the platform reference; a
   * transient failure → the job retries, up to {@link MAX_DOWNLOAD_ATTEMPTS}.
   */
  async downloadInbound(input: { tenantId: string; conversationId: string; message: MessageRow; resolved: ResolvedConnection; log: Logger; finalAttempt?: boolean }): Promise<void> {
    const { tenantId, message, resolved, log } = input;
    const payload = message.payload as MessagePayload;
    const list = Array.isArray(payload.attachments) ? payload.attachments : [];
    const fetchMedia = resolved.adapter.fetchMedia?.bind(resolved.adapter);
    if (list.length === 0 || !fetchMedia) return;
    const existing = new Map((await attachmentsOfParents(this.deps.db, tenantId, 'message', [message.id])).map((a) => [a.position, a]));
    const inbound: InboundRef = { platformMessageId: message.platformMessageId ?? '', kind: message.kind, payload };
    const maxBytes = await this.maxBytesFor(tenantId);
    for (const [position, att] of list.entries()) {
      const have = existing.get(position);
      if (have && have.status !== 'pending') continue;
      if (!att.platformFileId && !att.url) continue;
      const base: NewAttachmentRow = {
        tenantId,
        parentType: 'message',
        parentId: message.id,
        position,
        conversationId: input.conversationId,
        fileName: cleanFileName(att.name, `file-${position + 1}`),
        uploadedBy: 'customer',
        source: { ...(att.platformFileId ? { platformFileId: att.platformFileId } : {}), ...(att.url ? { url: att.url } : {}), ...(att.mimeType ? { mimeType: att.mimeType } : {}), ...(att.size !== undefined ? { size: att.size } : {}) },
        status: 'pending',
        attempts: 1,
      };
      try {
        const media = await fetchMedia(resolved.ctx, att, inbound, { maxBytes });
        const blob = await this.storeBytes(tenantId, media.body, media.fileName ?? att.name, maxBytes);
        await settleInboundAttachment(this.deps.db, { ...this.rowOf(tenantId, blob, { type: 'message', id: message.id, position, conversationId: input.conversationId }, 'customer'), source: base.source, attempts: 1 });
        log.info({ attachmentPosition: position, contentType: blob.contentType, size: blob.sizeBytes }, 'inbound attachment stored');
      } catch (err) {
        if (err instanceof MediaTooLargeError) {
          await settleInboundAttachment(this.deps.db, { ...base, status: 'too_large', sizeBytes: att.size ?? null, error: err.message });
          log.warn({ attachmentPosition: position, limitBytes: err.limitBytes }, 'inbound attachment too large: reference kept');
        } else if (err instanceof UnsupportedMediaTypeError || err instanceof PermanentSendError) {
          await settleInboundAttachment(this.deps.db, { ...base, status: 'failed', error: err.message, ...(err instanceof UnsupportedMediaTypeError ? { contentType: err.detected } : {}) });
          log.warn({ attachmentPosition: position, err: err.message }, 'inbound attachment refused or gone: reference kept');
        } else {
          const attempts = (have?.attempts ?? 0) + 1;
          const giveUp = attempts >= MAX_DOWNLOAD_ATTEMPTS || input.finalAttempt === true;
          await settleInboundAttachment(this.deps.db, { ...base, status: giveUp ? 'failed' : 'pending', error: errorMessage(err) });
          if (!giveUp) throw err;
          log.error({ attachmentPosition: position, err: errorMessage(err), attempts }, 'inbound attachment download failed for good: reference kept');
        }
      }
    }
  }
}
