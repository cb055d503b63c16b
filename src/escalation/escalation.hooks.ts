/**
 * Escalation in the worker, around every bot answer (ConversationHooks):
 * before — CSAT answers, silence while a human has the conversation, and the
 * rules that can fire on the message alone; after — the rules that need the
 * answer (retrieval confidence, consecutive unsure answers). The first rule that
 * fires, in priority order, escalates; every firing is written to the AI log.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { aiProcessingLogs, conversations, customers, messages } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import type { ConversationHooks, HookDecision } from '../conversation/hooks.js';
import type { ResponderResult } from '../conversation/responder.js';
import type { CsatService } from '../tickets/csat.service.js';
import type { TicketEscalationService } from '../tickets/escalation.service.js';
import { parseCsatRating } from '../tickets/texts.js';
import type { EscalationRulesRepo } from './escalation-rules.repo.js';
import { evaluateRules, type EscalationFacts } from './evaluate.js';
import type { SentimentScorer } from './sentiment.js';
import { normalizeText } from './text.js';

type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

export class EscalationHooks implements ConversationHooks {
  constructor(
    private readonly db: Db,
    private readonly rules: EscalationRulesRepo,
    private readonly tickets: TicketEscalationService,
    private readonly csat: CsatService,
    private readonly sentiment: SentimentScorer & { modelId?: string },
    private readonly logger: Logger,
  ) {}

  async beforeAnswer({ conversation, message, log }: { conversation: ConversationRow; message: MessageRow; log: Logger }): Promise<HookDecision> {
    if (conversation.status === 'COMPLETED' && conversation.awaitingCsatTicketId) {
      const rating = parseCsatRating(message.text, (message.payload as { buttonPayload?: unknown }).buttonPayload);
      const r = await this.csat.recordRating(conversation.tenantId, conversation, rating, message.id);
      if (r === 'stored') {
        log.info({ rating }, 'CSAT rating stored');
        return { action: 'skip', reason: 'CSAT answer recorded' };
      }
    }
    if (conversation.botPaused || conversation.status === 'ESCALATED') {
      await this.tickets.onCustomerMessageWhileEscalated(conversation.tenantId, conversation.id, message.id, message.text);
      return { action: 'skip', reason: 'a human agent has this conversation' };
    }
    const unsure = conversation.consecutiveUnsure;
    const escalated = await this.evaluate(conversation, message, { retrievalConfidence: null, consecutiveUnsure: unsure }, log);
    return escalated ? { action: 'skip', reason: 'escalated to a human' } : { action: 'answer' };
  }

  async afterAnswer({ conversation, message, result, log }: { conversation: ConversationRow; message: MessageRow; result: ResponderResult; log: Logger }): Promise<void> {
    const unsure = result.unsure ? conversation.consecutiveUnsure + 1 : 0;
    await this.db.update(conversations).set({ consecutiveUnsure: unsure }).where(eq(conversations.id, conversation.id));
    await this.evaluate(conversation, message, { retrievalConfidence: result.confidence ?? null, consecutiveUnsure: unsure }, log);
  }

  private async repeatedFailures(conv: ConversationRow, msg: MessageRow): Promise<number> {
    const prev = await this.db
      .select({ text: messages.text })
      .from(messages)
      .where(and(eq(messages.conversationId, conv.id), eq(messages.direction, 'in'), sql`${messages.seq} < ${msg.seq}`))
      .orderBy(desc(messages.seq))
      .limit(5);
    const current = normalizeText(msg.text);
    let n = 0;
    for (const p of prev) {
      if (normalizeText(p.text) !== current) break;
      n++;
    }
    return n;
  }

  /** Returns true when a rule fired and the conversation was escalated. */
  private async evaluate(conv: ConversationRow, msg: MessageRow, partial: Pick<EscalationFacts, 'retrievalConfidence' | 'consecutiveUnsure'>, log: Logger): Promise<boolean> {
    const rules = await this.rules.activeRules(conv.tenantId);
    if (rules.length === 0) return false;
    const [customer] = await this.db.select({ tags: customers.tags, language: customers.language }).from(customers).where(eq(customers.id, conv.customerId));
    const facts: EscalationFacts = {
      text: msg.text,
      channel: conv.channel,
      customerTags: customer?.tags ?? [],
      retrievalConfidence: partial.retrievalConfidence,
      consecutiveUnsure: partial.consecutiveUnsure,
      repeatedFailures: await this.repeatedFailures(conv, msg),
      now: new Date(),
      language: customer?.language ?? undefined,
    };
    const started = Date.now();
    const match = await evaluateRules(rules, facts, { sentiment: this.sentiment });
    if (!match) return false;
    const evidence = { ...match.evidence, ruleName: match.rule.name };
    await this.db.insert(aiProcessingLogs).values({
      tenantId: conv.tenantId,
      entityType: 'message',
      entityId: msg.id,
      conversationId: conv.id,
      processingType: 'escalation',
      input: { text: msg.text, channel: facts.channel, customerTags: [...facts.customerTags], retrievalConfidence: facts.retrievalConfidence ?? null, consecutiveUnsure: facts.consecutiveUnsure, repeatedFailures: facts.repeatedFailures },
      output: { ruleId: match.rule.id, rule: match.rule.name, priorityLevel: match.rule.priorityLevel, evidence },
      model: `escalation-rules-v1 + ${this.sentiment.modelId ?? 'lexicon-sentiment-v1'}`,
      latencyMs: Date.now() - started,
    });
    log.info({ rule: match.rule.name, evidence }, 'escalation rule fired');
    await this.tickets.escalate({
      tenantId: conv.tenantId,
      conversationId: conv.id,
      reason: 'rule',
      ruleId: match.rule.id,
      evidence,
      priority: match.rule.ticketPriority,
      category: match.rule.category ?? null,
      assignment: match.rule.assignment,
      messageId: msg.id,
      acknowledge: true,
    });
    return true;
  }
}
