/**
 * Escalation in the worker, around every bot answer (ConversationHooks):
 * before — CSAT answers, silence while a human has the conversation, and the
 * rules that can fire on the message alone; after — the rules that need the
 * answer (retrieval confidence, consecutive unsure answers). The first rule that
 * fires, in priority order, escalates; every firing is written to the AI log.
 * With a chat model configured, the escalation classifier runs beside the rules
 * before the answer (./decide.ts says how they combine); each verdict is logged as
 * `escalation-classify`. With ESCALATION_LEARNED, the learned detector is a second
 * source of the rules' text triggers (../escalation/evaluate.ts); the AI log's
 * `evidence.source` and `model` say whether the rules, the model or both fired.
 */
import type { Logger } from 'pino';
import { aiProcessingLogs, type conversations, type messages } from '../../drizzle/schema.js';
import type { Db } from '../db/client.js';
import type { ConversationHooks, HookDecision, MessageContext } from '../conversation/hooks.js';
import type { ResponderResult } from '../conversation/responder.js';
import type { CsatService } from '../tickets/csat.service.js';
import type { TicketEscalationService } from '../tickets/escalation.service.js';
import { parseCsatRating } from '../tickets/texts.js';
import { HANDOFF_PAYLOAD, acceptsOffer } from '../conversation/handoff.js';
import type { EscalationClassifier } from './classifier.js';
import { decideEscalation, type ClassifierOutcome } from './decide.js';
import type { EscalationRulesRepo } from './escalation-rules.repo.js';
import { orRulesAlone, type LearnedEscalationDetector } from './learned/learned-detector.js';
import type { EscalationFacts, TextAnalysis } from './evaluate.js';
import type { RuleWithId } from './rules.js';
import type { SentimentScorer } from './sentiment.js';
import { normalizeText } from './text.js';

type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

/** An image, voice note or file: the kind says so, or the payload lists attachments. */
function hasMedia(msg: MessageRow): boolean {
  const files = (msg.payload as { attachments?: unknown }).attachments;
  return msg.kind === 'image' || msg.kind === 'file' || (Array.isArray(files) && files.length > 0);
}

/** What one message's evaluations share, from before the answer to after it. */
interface MessageFacts {
  rules: RuleWithId[];
  customer: { tags: string[]; language: string | null } | undefined;
  previous: string[];
  analysis: TextAnalysis;
  /** How many of the previous messages repeat this one, counted at the first evaluation. */
  repeatedFailures?: number;
}

/** Messages between their two evaluations, at most; a message that never gets its second one (escalated, failed) ages out. */
const MAX_OPEN_MESSAGES = 1_000;

export class EscalationHooks implements ConversationHooks {
  /** Per message in flight: the rules, customer and history read before the answer, reused after it. */
  private readonly open = new Map<string, MessageFacts>();

  constructor(
    private readonly db: Db,
    private readonly rules: EscalationRulesRepo,
    private readonly tickets: TicketEscalationService,
    private readonly csat: CsatService,
    private readonly sentiment: SentimentScorer & { modelId?: string },
    private readonly logger: Logger,
    private readonly classifier: EscalationClassifier | null = null,
    /** The learned detector, obtained at the first evaluation (it trains then, once per process); null: rules alone. */
    learned: (() => LearnedEscalationDetector) | null = null,
  ) {
    this.learnedDetector = learned === null ? null : orRulesAlone(learned, (err) => this.logger.error({ err }, 'learned escalation detector unavailable; the rules decide alone'));
  }

  /** See {@link orRulesAlone}. */
  private readonly learnedDetector: (() => LearnedEscalationDetector | null) | null;

  async beforeAnswer({ conversation, message, log, context }: { conversation: ConversationRow; message: MessageRow; log: Logger; context: Promise<MessageContext> }): Promise<HookDecision> {
    // A retried job reads everything afresh.
    this.open.delete(message.id);
    if (conversation.status === 'COMPLETED' && (conversation.awaitingCsatTicketId || conversation.awaitingFeedback)) {
      const rating = parseCsatRating(message.text, (message.payload as { buttonPayload?: unknown }).buttonPayload);
      const r = await this.csat.recordRating(conversation.tenantId, conversation, rating, message.id, message.text);
      if (r === 'stored') {
        log.info({ rating }, 'CSAT rating stored');
        return { action: 'skip', reason: 'CSAT answer recorded' };
      }
      if (r === 'comment-stored') return { action: 'skip', reason: 'feedback comment recorded' };
    }
    if (conversation.botPaused || conversation.status === 'ESCALATED') {
      await this.tickets.onCustomerMessageWhileEscalated(conversation.tenantId, conversation.id, message.id, message.text);
      return { action: 'skip', reason: 'a human agent has this conversation' };
    }
    const unsure = conversation.consecutiveUnsure;
    const escalated = await this.evaluate(conversation, message, context, { retrievalConfidence: null, consecutiveUnsure: unsure }, log, true);
    if (escalated) this.open.delete(message.id);
    return escalated ? { action: 'skip', reason: 'escalated to a human' } : { action: 'answer' };
  }

  /** The processor stored the new count of consecutive unsure answers with the reply (`conversations.consecutive_unsure`). */
  async afterAnswer({ conversation, message, context, result, log }: { conversation: ConversationRow; message: MessageRow; context: Promise<MessageContext>; result: ResponderResult; log: Logger }): Promise<void> {
    const unsure = result.unsure ? conversation.consecutiveUnsure + 1 : 0;
    await this.evaluate(conversation, message, context, { retrievalConfidence: result.confidence ?? null, consecutiveUnsure: unsure }, log);
    this.open.delete(message.id);
  }

  /**
   * The rules (cached, version-checked) and the processor's read of the message's past (customer, earlier
   * messages), at once; the second evaluation of a message reuses them.
   */
  private async messageFacts(conv: ConversationRow, msg: MessageRow, context: Promise<MessageContext>): Promise<MessageFacts> {
    const known = this.open.get(msg.id);
    if (known) return known;
    const [rules, { customer, previousCustomerTexts: previous }] = await Promise.all([this.rules.activeRules(conv.tenantId), context]);
    const facts: MessageFacts = { rules, customer, previous, analysis: {} };
    if (this.open.size >= MAX_OPEN_MESSAGES) this.open.delete(this.open.keys().next().value!);
    this.open.set(msg.id, facts);
    return facts;
  }

  private static repeatedFailures(current: string, previous: readonly string[]): number {
    const norm = normalizeText(current);
    let n = 0;
    for (const p of previous) {
      if (normalizeText(p) !== norm) break;
      n++;
    }
    return n;
  }

  /** Returns true when a rule fired and the conversation was escalated. */
  private async evaluate(
    conv: ConversationRow,
    msg: MessageRow,
    context: Promise<MessageContext>,
    partial: Pick<EscalationFacts, 'retrievalConfidence' | 'consecutiveUnsure'>,
    log: Logger,
    classify = false,
  ): Promise<boolean> {
    const known = await this.messageFacts(conv, msg, context);
    const { rules, customer, previous, analysis } = known;
    if (rules.length === 0) return false;
    const facts: EscalationFacts = {
      text: msg.text,
      channel: conv.channel,
      customerTags: customer?.tags ?? [],
      retrievalConfidence: partial.retrievalConfidence,
      consecutiveUnsure: partial.consecutiveUnsure,
      repeatedFailures: (known.repeatedFailures ??= EscalationHooks.repeatedFailures(msg.text, previous)),
      now: new Date(),
      language: customer?.language ?? undefined,
      history: [...previous].reverse(),
      hasMedia: hasMedia(msg),
    };
    // After an unsure answer (which offers a person), the button or a plain "yes please" is a request for one.
    if ((msg.payload as { buttonPayload?: unknown }).buttonPayload === HANDOFF_PAYLOAD) facts.asksForHuman = 'button';
    else if (partial.consecutiveUnsure > 0 && acceptsOffer(msg.text)) facts.asksForHuman = 'accepted_offer';
    const started = Date.now();
    const learned = this.learnedDetector ? this.learnedDetector() : null;
    const { match, classification } = await decideEscalation(rules, facts, { sentiment: this.sentiment, analysis, classifier: classify ? this.classifier : null, learned });
    if (classification) await this.logClassification(conv, msg, facts, classification, log);
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
      model: match.evidence.match === 'classifier' ? (classification?.modelId ?? 'escalation-classify') : this.modelOf(match.evidence.source, learned),
      latencyMs: Date.now() - started,
    });
    log.info({ rule: match.rule.name, source: match.evidence.source ?? 'rules', evidence }, 'escalation rule fired');
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

  /** The AI log's model of a rule firing: which detector made its text triggers fire. */
  private modelOf(source: unknown, learned: LearnedEscalationDetector | null): string {
    const rules = `escalation-rules-v2 + ${this.sentiment.modelId ?? 'lexicon-sentiment-v1'}`;
    if (learned === null || source === 'rules' || source === undefined) return rules;
    return source === 'learned' ? learned.modelId : `${rules} + ${learned.modelId}`;
  }

  /** Every classifier verdict (or error) in the AI log, acted on or not. */
  private async logClassification(conv: ConversationRow, msg: MessageRow, facts: EscalationFacts, outcome: ClassifierOutcome, log: Logger): Promise<void> {
    await this.db.insert(aiProcessingLogs).values({
      tenantId: conv.tenantId,
      entityType: 'message',
      entityId: msg.id,
      conversationId: conv.id,
      processingType: 'escalation-classify',
      input: { text: facts.text, history: [...(facts.history ?? [])] },
      output: 'verdict' in outcome ? { ...outcome.verdict, acted: outcome.acted } : { error: outcome.error },
      model: outcome.modelId,
      latencyMs: outcome.latencyMs,
    });
    if ('error' in outcome) log.warn({ error: outcome.error }, 'escalation classifier failed; the rules decided alone');
  }
}
