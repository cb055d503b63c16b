/**
 * The knowledge-base responder: rewrite a follow-up into a standalone
 * question, retrieve (hybrid), then answer only from what was retrieved —
 * with the chat model when configured, else by quoting the best sentences.
 * Weak retrieval gives an honest "not sure" (which feeds escalation), never an
 * invented answer. Every step is returned for the AI processing log.
 */
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from 'pino';
import type { AiStep, Responder, ResponderInput, ResponderResult } from '../conversation/responder.js';
import { answerExtractively, UNSURE_THRESHOLD_DEFAULT, type AnswerPassage } from './extractive-answerer.js';
import { rewriteFollowUp } from './history.js';
import { LocalHashEmbeddings } from './local-embeddings.js';
import type { ChatModelHandle } from './models.js';
import type { RetrievedChunk, Retriever } from './retriever.js';

export const EXTRACTIVE_MODEL = 'local-extractive-v1';
const REWRITE_MODEL = 'heuristic-rewrite-v1';

const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening)|hola|buen[oa]s (d[ií]as|tardes|noches)|ol[aá]|oi|bonjour|salut|hallo|guten tag|ciao|こんにちは|你好|您好|안녕하세요)[\s!.,]*$/i;
const THANKS = /^\s*(thanks?( you)?( so much)?|thx|ty|gracias|obrigad[oa]|merci|danke|grazie|ありがとう(ございます)?|谢谢|감사합니다)[\s!.,]*$/i;

export const UNSURE_TEXT = "I'm not sure I have the right answer to that. Could you rephrase your question, or would you like me to connect you with a person?";

export interface RagResponderOptions {
  retriever: Retriever;
  chat: ChatModelHandle | null;
  logger: Logger;
  /** Below this confidence the bot says it is not sure. */
  unsureThreshold?: number;
  topK?: number;
}

function citationsText(chunks: Array<Pick<RetrievedChunk, 'documentId' | 'title' | 'sourceUrl'>>): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of chunks) {
    if (seen.has(c.documentId)) continue;
    seen.add(c.documentId);
    lines.push(c.sourceUrl ? `${c.title} (${c.sourceUrl})` : c.title);
  }
  return lines.length ? `\n\nSource${lines.length > 1 ? 's' : ''}: ${lines.join('; ')}` : '';
}

export class RagResponder implements Responder {
  readonly name = 'rag';
  /** Scores sentences and retrieval confidence the same way with or without a chat model. */
  private readonly scorer = new LocalHashEmbeddings({ dimensions: 1024 });
  private readonly threshold: number;

  constructor(private readonly opts: RagResponderOptions) {
    this.threshold = opts.unsureThreshold ?? UNSURE_THRESHOLD_DEFAULT;
  }

  async respond(input: ResponderInput): Promise<ResponderResult> {
    const text = input.message.text.trim();
    if (input.message.kind === 'text' && GREETING.test(text)) {
      return { drafts: [{ kind: 'text', senderType: 'bot', text: 'Hello! How can I help you today?' }], model: 'rules-smalltalk-v1', confidence: null };
    }
    if (input.message.kind === 'text' && THANKS.test(text)) {
      return { drafts: [{ kind: 'text', senderType: 'bot', text: "You're welcome! Anything else I can help with?" }], model: 'rules-smalltalk-v1', confidence: null };
    }
    if (!text) {
      return {
        drafts: [{ kind: 'text', senderType: 'bot', text: "I can only read text for now. Could you describe what you need in a message?" }],
        model: 'rules-smalltalk-v1',
        confidence: 0,
        unsure: true,
      };
    }

    const steps: AiStep[] = [];
    const history = input.history.map((h) => ({ role: h.role, text: h.text }));
    const query = rewriteFollowUp(text, history);
    if (query !== text) steps.push({ processingType: 'rewrite', input: { question: text }, output: { query }, model: REWRITE_MODEL, latencyMs: 0 });

    const t0 = Date.now();
    const chunks = await this.opts.retriever.retrieve(input.tenantId, query, { k: this.opts.topK ?? 6 });
    const retrieved = chunks.map((c) => ({ chunkId: c.id, score: Number(c.score.toFixed(5)) }));
    steps.push({
      processingType: 'retrieve',
      input: { query },
      output: { chunks: chunks.map((c) => ({ id: c.id, documentId: c.documentId, title: c.title, vectorScore: c.vectorScore, textScore: c.textScore })) },
      retrieved,
      model: 'hybrid-rrf(pgvector+fts)',
      latencyMs: Date.now() - t0,
    });

    const passages: AnswerPassage[] = chunks.map((c) => ({ chunkId: c.id, documentId: c.documentId, title: c.title, sourceUrl: c.sourceUrl, text: c.content, headingPath: c.headingPath, score: c.score }));
    const extractive = passages.length ? await answerExtractively({ question: query, passages, embedder: this.scorer }) : null;
    const confidence = extractive ? Number(extractive.confidence.toFixed(4)) : 0;

    if (!extractive || confidence < this.threshold || !extractive.text) {
      this.opts.logger.info({ confidence, threshold: this.threshold, chunks: chunks.length }, 'retrieval too weak: answering "not sure"');
      return { drafts: [{ kind: 'text', senderType: 'bot', text: UNSURE_TEXT }], model: this.opts.chat?.modelId ?? EXTRACTIVE_MODEL, confidence, unsure: true, retrieved, steps, details: { query, reason: 'low retrieval confidence' } };
    }

    if (!this.opts.chat) {
      const used = chunks.filter((c) => extractive.usedChunkIds.includes(c.id));
      return {
        drafts: [{ kind: 'text', senderType: 'bot', text: `${extractive.text}${citationsText(used)}` }],
        model: EXTRACTIVE_MODEL,
        confidence,
        retrieved,
        steps,
        details: { query, usedChunkIds: extractive.usedChunkIds, mode: 'extractive (offline)' },
      };
    }

    const context = chunks.map((c, i) => `[${i + 1}] ${c.title}${c.headingPath.length ? ` > ${c.headingPath.join(' > ')}` : ''}\n${c.content}`).join('\n\n');
    const system = new SystemMessage(
      'You are a customer support assistant. Answer ONLY with facts from the numbered context passages. ' +
        'If they do not contain the answer, reply with the single word UNSURE. Answer briefly, in the language of the question. ' +
        'Cite the passages you used like [1].\n\nContext:\n' +
        context,
    );
    const t1 = Date.now();
    const reply = await this.opts.chat.model.invoke([system, new HumanMessage(query)]);
    const answer = typeof reply.content === 'string' ? reply.content.trim() : reply.content.map((p) => ('text' in p ? String(p.text) : '')).join('').trim();
    const cited = [...answer.matchAll(/\[(\d+)\]/g)].map((m) => chunks[Number(m[1]) - 1]).filter((c): c is RetrievedChunk => Boolean(c));
    if (!answer || /^UNSURE\b/i.test(answer)) {
      return { drafts: [{ kind: 'text', senderType: 'bot', text: UNSURE_TEXT }], model: this.opts.chat.modelId, confidence, unsure: true, retrieved, steps, details: { query, reason: 'model found no answer in context', latencyMs: Date.now() - t1 } };
    }
    const clean = answer.replace(/\s*\[\d+\]/g, '');
    return {
      drafts: [{ kind: 'text', senderType: 'bot', text: `${clean}${citationsText(cited.length ? cited : chunks.slice(0, 1))}` }],
      model: this.opts.chat.modelId,
      confidence,
      retrieved,
      steps,
      details: { query, citedChunkIds: cited.map((c) => c.id), mode: 'generative' },
    };
  }
}
