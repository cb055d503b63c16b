/** What a tenant holds, for quotas. */
import { and, eq, ne, sql } from 'drizzle-orm';
import { documents } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';

export class UsageQueries {
  constructor(private readonly db: Db) {}

  /** Chunks of the tenant's documents (all knowledge bases), leaving out `exceptDocumentId` (a document being replaced). */
  async chunkTotal(tenantId: string, exceptDocumentId?: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`coalesce(sum(${documents.chunkCount}), 0)::int` })
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), exceptDocumentId ? ne(documents.id, exceptDocumentId) : undefined));
    return row?.n ?? 0;
  }
}
