/**
 * `GET /api/v1/ai-logs`: the AI processing log (seed 000 AIProcessingLog) of a
 * conversation or a ticket — step, input, retrieved chunks with their scores,
 * output, model, latency — including the assignment decision of a ticket.
 */
import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { aiProcessingLogs, conversations, knowledgeChunks, tickets } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import { NotFoundError } from '../domain/errors.js';

export interface AiLogFilter {
  conversationId?: string;
  ticketId?: string;
  limit?: number;
}

const EXCERPT = 200;

export class AiLogQueries {
  constructor(private readonly db: Db) {}

  async list(tenantId: string, f: AiLogFilter) {
    const conds: SQL[] = [eq(aiProcessingLogs.tenantId, tenantId)];
    if (f.conversationId) {
      const [c] = await this.db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, f.conversationId)));
      if (!c) throw new NotFoundError('conversation');
      conds.push(eq(aiProcessingLogs.conversationId, f.conversationId));
    }
    if (f.ticketId) {
      const [t] = await this.db.select({ id: tickets.id, conversationId: tickets.conversationId }).from(tickets).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, f.ticketId)));
      if (!t) throw new NotFoundError('ticket');
      const ofTicket = and(eq(aiProcessingLogs.entityType, 'ticket'), eq(aiProcessingLogs.entityId, t.id))!;
      conds.push(t.conversationId ? or(ofTicket, eq(aiProcessingLogs.conversationId, t.conversationId))! : ofTicket);
    }
    const rows = await this.db
      .select()
      .from(aiProcessingLogs)
      .where(and(...conds))
      .orderBy(desc(aiProcessingLogs.createdAt))
      .limit(Math.min(f.limit ?? 100, 500));
    const chunkIds = [...new Set(rows.flatMap((r) => r.retrieved.map((x) => x.chunkId)).filter((id) => /^[0-9a-f-]{36}$/i.test(id)))];
    const chunks = chunkIds.length
      ? await this.db
          .select({ id: knowledgeChunks.id, documentId: knowledgeChunks.documentId, knowledgeBaseId: knowledgeChunks.knowledgeBaseId, content: knowledgeChunks.content })
          .from(knowledgeChunks)
          .where(and(eq(knowledgeChunks.tenantId, tenantId), inArray(knowledgeChunks.id, chunkIds)))
      : [];
    const byId = new Map(chunks.map((c) => [c.id, c]));
    return rows.map((r) => ({
      id: r.id,
      step: r.processingType,
      entityType: r.entityType,
      entityId: r.entityId,
      conversationId: r.conversationId,
      input: r.input,
      retrieved: r.retrieved.map((x) => {
        const c = byId.get(x.chunkId);
        return { chunkId: x.chunkId, score: x.score, documentId: c?.documentId ?? null, knowledgeBaseId: c?.knowledgeBaseId ?? null, excerpt: c ? c.content.slice(0, EXCERPT) : null };
      }),
      output: r.output,
      model: r.model,
      modelVersion: r.modelVersion,
      confidence: r.confidence,
      latencyMs: r.latencyMs,
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
