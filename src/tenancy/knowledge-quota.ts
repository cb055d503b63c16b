/**
 * Knowledge-base size limits checked when a document arrives, before anything
 * is stored, extracted or chunked: the document's size (413), a lower bound of
 * the chunks it will make against the per-document cap (413), and the tenant's
 * total against the per-tenant cap (400 quota_exceeded). The indexer checks
 * the exact chunk count again before embedding (PDFs are only known then).
 */
import { PayloadTooLargeError, QuotaExceededError } from '../domain/errors.js';
import type { LimitsConfig } from '../config/index.js';
import type { UsageQueries } from './usage.queries.js';

/**
 * No chunk holds more characters than this (the chunker targets 700); a
 * generous bound keeps {@link minChunks} a lower bound if the chunk size grows.
 */
const MAX_CHUNK_CHARS = 1000;

/**
 * At least this many chunks: the visible characters (no whitespace, no markup,
 * no Markdown heading lines, which become heading paths) cannot fit in fewer.
 */
export function minChunks(content: string, format: string): number {
  let visible = content;
  if (format === 'html') visible = visible.replace(/<[^>]*>/g, '');
  if (format === 'markdown') visible = visible.replace(/^ {0,3}#{1,6}[ \t].*$/gm, '');
  const chars = visible.replace(/\s+/g, '').length;
  return Math.ceil(chars / MAX_CHUNK_CHARS);
}

export class KnowledgeQuota {
  constructor(
    private readonly usage: UsageQueries,
    private readonly limits: LimitsConfig['knowledge'],
  ) {}

  get uploadMaxBytes(): number {
    return this.limits.uploadMaxBytes;
  }

  /** Throws when a document of `bytes` bytes (and `content`, for text formats) may not be added. `replacing` = the document it replaces. */
  async assertCanAdd(tenantId: string, doc: { bytes: number; content?: string; format: string }, replacing?: string): Promise<void> {
    const { uploadMaxBytes, maxChunksPerDocument, maxChunksPerTenant } = this.limits;
    if (doc.bytes > uploadMaxBytes) throw new PayloadTooLargeError(`the document has ${doc.bytes} bytes; the limit is ${uploadMaxBytes} (KB_UPLOAD_MAX_BYTES)`);
    const chunks = doc.content === undefined ? 1 : minChunks(doc.content, doc.format);
    if (chunks > maxChunksPerDocument) {
      throw new PayloadTooLargeError(`the document would make at least ${chunks} chunks; the limit is ${maxChunksPerDocument} per document (KB_MAX_CHUNKS_PER_DOCUMENT): split it`);
    }
    const total = await this.usage.chunkTotal(tenantId, replacing);
    if (total + chunks > maxChunksPerTenant) {
      throw new QuotaExceededError(`the knowledge bases of this tenant hold ${total} chunks; this document would make at least ${chunks} more, over the limit of ${maxChunksPerTenant} (KB_MAX_CHUNKS_PER_TENANT)`);
    }
  }
}
