/**
 * The knowledge-base responder: rewrite a follow-up into a standalone
 * question, retrieve (hybrid), then answer only from what was retrieved —
 * with the chat model when configured (in the customer's language, citing the
 * passages), else by quoting the best sentences, lists or tables.
 * Weak retrieval gives an honest "not sure" (which feeds escalation), never an
 * invented answer. A question in another language than the knowledge base is
 * translated first when a chat model is configured; offline the bot says, in
 * the customer's language where it can, that it can only answer in the
 * knowledge base's language, and reports itself unsure (reason `language`)
 * rather than guess. Every step is returned for the AI processing log.
 *
 * `details.reason` of an unsure result (recorded in the AI log by the
 * processor, usable by escalation): `low_confidence`, `no_answer_in_context`,
 * `language`.
 */
import type { Logger } from 'pino';
import type { AiStep, Responder, ResponderInput, ResponderResult } from '../conversation/responder.js';
import { responderConfidence } from './answer-confidence.js';
import { answerExtractively, PassageFeatureCache, type AnswerPassage } from './extractive-answerer.js';
import { compoundingKnowledgeBase } from './compounds.js';
import type { KbThresholdSource } from './kb-calibration.js';
import { lexemeLanguage, type KbLexemes, type LexemeLookup } from './kb-lexemes.js';
import { rewriteFollowUp } from './history.js';
import { isForeignQuestion, isForeignToScope, LANGUAGE_NAMES, type DetectedLanguage } from './language.js';
import { LocalHashEmbeddings } from './local-embeddings.js';
import type { ChatModelHandle } from './models.js';
import type { BotConfigSource, ResolvedBotConfig } from '../connections/bot-config.service.js';
import type { RetrievalResult, RetrievedChunk, Retriever, ScopeRow } from './retriever.js';

export const EXTRACTIVE_MODEL = 'local-extractive-v1';
const REWRITE_MODEL = 'heuristic-rewrite-v1';

/** Names of knowledge-base languages in themselves, for the "I can only answer in …" message. */
const ENDONYMS: Readonly<Record<string, string>> = {
  en: 'English', es: 'Español', pt: 'Português', fr: 'Français', de: 'Deutsch', it: 'Italiano', nl: 'Nederlands', da: 'Dansk', fi: 'Suomi',
  hu: 'Magyar', no: 'Norsk', ro: 'Română', ru: 'Русский', sv: 'Svenska', tr: 'Türkçe', id: 'Bahasa Indonesia',
};
/** "I can only answer in this language", in the languages we can write it in; {lang} is the knowledge base's language. */
const ONLY_LANGUAGE_TEXT: Readonly<Record<string, string>> = {
  en: 'Sorry, for now I can only answer in this language: {lang}. Would you like me to connect you with a person?',
  es: 'Lo siento, por ahora solo puedo responder en este idioma: {lang}. ¿Quiere que le ponga en contacto con una persona?',
  pt: 'Desculpe, por enquanto só consigo responder neste idioma: {lang}. Quer que o ponha em contacto com uma pessoa?',
  fr: "Désolé, pour l'instant je ne peux répondre que dans cette langue : {lang}. Voulez-vous être mis en relation avec une personne ?",
  de: 'Entschuldigung, im Moment kann ich nur in dieser Sprache antworten: {lang}. Möchten Sie mit einer Person verbunden werden?',
  it: 'Mi dispiace, per ora posso rispondere solo in questa lingua: {lang}. Vuole essere messo in contatto con una persona?',
  nl: 'Sorry, voorlopig kan ik alleen in deze taal antwoorden: {lang}. Wilt u met een medewerker verbonden worden?',
};

/** The honest offline reply to a question in another language: the customer's language if we can write it, and the knowledge base's. */
export function onlyLanguageText(customerLanguage: string | null, kbLanguage: string): string {
  const lang = ENDONYMS[kbLanguage] ?? LANGUAGE_NAMES[kbLanguage] ?? kbLanguage;
  const texts = [customerLanguage && ONLY_LANGUAGE_TEXT[customerLanguage], ONLY_LANGUAGE_TEXT[kbLanguage] ?? ONLY_LANGUAGE_TEXT.en]
    .filter((t): t is string => Boolean(t))
    .map((t) => t.replace('{lang}', lang));
  return [...new Set(texts)].join('\n\n');
}

const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening)|hola|buen[oa]s (d[ií]as|tardes|noches)|ol[aá]|oi|bonjour|salut|hallo|guten tag|ciao|こんにちは|你好|您好|안녕하세요)[\s!.,]*$/i;
const THANKS = /^\s*(thanks?( you)?( so much)?|thx|ty|gracias|obrigad[oa]|merci|danke|grazie|ありがとう(ございます)?|谢谢|감사합니다)[\s!.,]*$/i;

/**
 * Default of RAG_UNSURE_THRESHOLD, on the scale of `answerConfidence`
 * (./answer-confidence.ts). Set on held-out data (blind help centres of other
 * industries with off-topic questions, some of them next to the business)
 * as the value that maximises balanced accuracy between answering answerable
 * questions and declining off-topic ones, averaged over the sets:
 * `npm run eval:rag -- … --calibrate <off-topic.jsonl>` (README, "Evaluation").
 */
export const UNSURE_THRESHOLD_DEFAULT = 0.475;

/** Knowledge bases whose words the answerer matches by a shared prefix too: every language but English (text search configurations). */
export function inflectedKnowledgeBase(languages: readonly string[]): boolean {
  return languages.length > 0 && !languages.includes('english');
}

/**
 * The question's words the answerer leaves out of its keyword share: the
 * knowledge base's configuration's stop words, in a knowledge base in another
 * language than English. Our own stop list (text-analysis.ts) is complete for
 * English only; Postgres's English list also drops "after", "before",
 * "between", which tell support answers apart (the help center's lower
 * confidences dropped when they were left out).
 */
export function answererStopWords(diagnostics: { languages: readonly string[]; stopWords: readonly string[] }): readonly string[] {
  return inflectedKnowledgeBase(diagnostics.languages) ? diagnostics.stopWords : [];
}

/**
 * The answerer's options that follow from the knowledge base's language, for the responder and
 * for `eval:rag --calibrate` alike: inflection, compound parts (German, Dutch, Nordic: the
 * answerer matches their parts), the question words left out of the keyword share and, given
 * `kbLexemes`, the lexemes of a single non-English Snowball configuration (kb-lexemes.ts).
 */
export function answererLanguageOptions(
  diagnostics: { languages: readonly string[]; stopWords: readonly string[] },
  kbLexemes?: KbLexemes,
): { inflectedLanguage: boolean; compoundingLanguage: boolean; stopWords: readonly string[]; lexemes?: LexemeLookup } {
  const lexemeConfig = kbLexemes ? lexemeLanguage(diagnostics.languages) : null;
  return {
    inflectedLanguage: inflectedKnowledgeBase(diagnostics.languages),
    compoundingLanguage: compoundingKnowledgeBase(diagnostics.languages),
    stopWords: answererStopWords(diagnostics),
    ...(kbLexemes && lexemeConfig ? { lexemes: kbLexemes.forConfig(lexemeConfig) } : {}),
  };
}

/** The answer to an image, voice note or file with no text, when no escalation rule took it. */
export const MEDIA_RECEIVED_TEXT = 'Thanks, I have received your file. I cannot read it myself, so a person from our team will look at it and reply here.';
export const UNSURE_TEXT = "I'm not sure I have the right answer to that. Could you rephrase your question, or would you like me to connect you with a person?";

export interface RagResponderOptions {
  retriever: Retriever;
  chat: ChatModelHandle | null;
  logger: Logger;
  /** Below this confidence the bot says it is not sure. */
  unsureThreshold?: number;
  topK?: number;
  /** Per-channel bot config (knowledge bases, threshold, greeting); without it every channel uses the defaults. */
  botConfigs?: BotConfigSource;
  /**
   * The knowledge bases' lexemes: in a knowledge base in another language than English the answerer
   * matches on them (answererLanguageOptions). Without it, on our English-suffix stems, and the
   * confidence of answerable questions runs lower there than in English (README, "Evaluation").
   */
  lexemes?: KbLexemes;
  /**
   * The retriever embeds with the local hashed embedder (models.ts, `EmbedderHandle.local`): its vector
   * cosine is one part of the confidence. Another model's cosine is on another scale and is left out.
   * Default true.
   */
  localEmbedder?: boolean;
  /**
   * Each knowledge base's own threshold (kb-calibration.ts): the one of the top passage's knowledge base replaces
   * `unsureThreshold`, unless the channel's bot config sets one. Without it, `unsureThreshold` everywhere.
   */
  kbThresholds?: KbThresholdSource;
}

/** isForeignQuestion's verdict on a question most of whose words the knowledge base contains, offline: not foreign. */
const KNOWN_LANGUAGE: ReturnType<typeof isForeignQuestion> = { foreign: false, detected: { code: null, confidence: 0 }, kbLanguage: null };

export const DEFAULT_GREETING = 'Hello! How can I help you today?';

/** Reads ahead (prefetch) not yet used, at most. */
const MAX_PREFETCHED = 1_000;

/** What prefetch read for a message: its channel's bot config and, guessed from the channel's last one, its retrieval scope. */
interface ReadAhead {
  bot: Promise<ResolvedBotConfig>;
  scope?: { knowledgeBaseIds: string[] | undefined; rows: Promise<ScopeRow[]> };
}

function sameIds(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.length === b.length && a.every((id, i) => id === b[i]);
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
  /** The knowledge base's sentences come back question after question: embedded once. */
  private readonly passageFeatures = new PassageFeatureCache(this.scorer);
  private readonly threshold: number;

  constructor(private readonly opts: RagResponderOptions) {
    this.threshold = opts.unsureThreshold ?? UNSURE_THRESHOLD_DEFAULT;
  }

  /**
   * The channel's bot config and the retrieval scope of the knowledge bases it named last time, read with
   * the processor's reads of the message (Responder.prefetch). The scope is used only if the config read now
   * names the same knowledge bases: it is then the scope this message's retrieval would have read.
   */
  prefetch(input: Pick<ResponderInput, 'tenantId' | 'connectionId'> & { messageId: string }): void {
    if (!input.connectionId || !this.opts.botConfigs) return;
    const bot = this.botConfig(input);
    const scope = this.channelScopes.has(input.connectionId)
      ? { knowledgeBaseIds: this.channelScopes.get(input.connectionId), rows: this.opts.retriever.readScope(input.tenantId, this.channelScopes.get(input.connectionId)) }
      : undefined;
    // Not left unhandled when the message is never answered.
    scope?.rows.catch(() => undefined);
    // Bounded: a message the bot then stays silent on is never asked for; the oldest go first.
    if (this.prefetched.size >= MAX_PREFETCHED) this.prefetched.delete(this.prefetched.keys().next().value!);
    this.prefetched.set(input.messageId, { bot, ...(scope ? { scope } : {}) });
  }

  /** Reads ahead, by message id: each used once, by that message's respond(). */
  private readonly prefetched = new Map<string, ReadAhead>();

  /** The knowledge bases each channel's bot config named last (undefined: the tenant's), for prefetch's guess. */
  private readonly channelScopes = new Map<string, string[] | undefined>();

  async respond(input: ResponderInput): Promise<ResponderResult> {
    const early = this.prefetched.get(input.message.id);
    this.prefetched.delete(input.message.id);
    const bot = await (early?.bot ?? this.botConfig(input));
    if (input.connectionId && this.opts.botConfigs) {
      if (this.channelScopes.size >= 10_000) this.channelScopes.clear();
      this.channelScopes.set(input.connectionId, bot.knowledgeBaseIds);
    }
    const scopeRead = early?.scope && sameIds(early.scope.knowledgeBaseIds, bot.knowledgeBaseIds) ? early.scope.rows : undefined;
    const greeting = bot.greeting?.replaceAll('{botName}', bot.botName ?? '').trim();
    const result = await this.answer(input, bot, scopeRead);
    // First contact: the channel's greeting comes before the first answer (once per conversation).
    const firstContact = input.history.length === 0;
    if (greeting && firstContact && result.model !== 'rules-smalltalk-v1') {
      return { ...result, drafts: [{ kind: 'text', senderType: 'bot', text: greeting }, ...result.drafts], details: { ...result.details, greeted: true } };
    }
    return result;
  }

  /** The channel's bot config; the defaults when it cannot be read within 2 s (the customer still gets an answer). */
  private async botConfig(input: Pick<ResponderInput, 'tenantId' | 'connectionId'>): Promise<ResolvedBotConfig> {
    if (!input.connectionId || !this.opts.botConfigs) return {};
    let timer: NodeJS.Timeout | undefined;
    const fallback = new Promise<ResolvedBotConfig>((resolve) => {
      timer = setTimeout(() => resolve({}), 2_000);
      timer.unref();
    });
    try {
      return await Promise.race([this.opts.botConfigs.forChannel(input.tenantId, input.connectionId), fallback]);
    } catch (err) {
      this.opts.logger.warn({ err: (err as Error).message }, 'channel bot config unreadable: using the defaults');
      return {};
    } finally {
      clearTimeout(timer);
    }
  }

  /** `scopeRead`: the retrieval scope of `bot`'s knowledge bases, read ahead for this message (prefetch). */
  private async answer(input: ResponderInput, bot: ResolvedBotConfig, scopeRead?: Promise<ScopeRow[]>): Promise<ResponderResult> {
    const scope = { ...(bot.knowledgeBaseIds ? { knowledgeBaseIds: bot.knowledgeBaseIds } : {}), ...(scopeRead ? { scopeRead } : {}) };
    const text = input.message.text.trim();
    // A greeting, or a chat opened without a message (followed a WeChat account): greet, there is nothing to answer.
    if ((input.message.kind === 'text' && GREETING.test(text)) || input.message.payload.conversationStart === true) {
      const greeting = bot.greeting?.replaceAll('{botName}', bot.botName ?? '').trim() || DEFAULT_GREETING;
      return { drafts: [{ kind: 'text', senderType: 'bot', text: greeting }], model: 'rules-smalltalk-v1', confidence: null };
    }
    if (input.message.kind === 'text' && THANKS.test(text)) {
      return { drafts: [{ kind: 'text', senderType: 'bot', text: "You're welcome! Anything else I can help with?" }], model: 'rules-smalltalk-v1', confidence: null };
    }
    const files = input.message.payload.attachments;
    if (!text && (input.message.kind === 'image' || input.message.kind === 'file' || (Array.isArray(files) && files.length > 0))) {
      // Media the bot cannot read is kept for a person, never answered with "not sure" (it is not a question).
      return { drafts: [{ kind: 'text', senderType: 'bot', text: MEDIA_RECEIVED_TEXT }], model: 'rules-smalltalk-v1', confidence: null, details: { reason: 'media_needs_review' } };
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
    let retrieval = await this.opts.retriever.retrieveDetailed(input.tenantId, query, { k: this.opts.topK ?? 6, ...scope });
    steps.push(retrieveStep(query, retrieval, Date.now() - t0));

    // A question in another language than the knowledge bases (every one of the scope's languages).
    const share = retrieval.diagnostics.knownWordShare;
    // Most of its words known: never foreign, whatever the detector says (isForeignQuestion); offline nothing
    // else reads the detected language, so the detector (the costliest step of the test) need not run.
    const language = !this.opts.chat && share !== null && share >= 0.5 ? KNOWN_LANGUAGE : isForeignToScope(query, retrieval.diagnostics.languages, share);
    let searchQuery = query;
    if (language.foreign && language.kbLanguage) {
      if (!this.opts.chat) {
        this.opts.logger.info({ detected: language.detected, kbLanguage: language.kbLanguage }, 'question in another language than the knowledge base: answering offline is not possible, offering a person');
        return {
          drafts: [{ kind: 'text', senderType: 'bot', text: onlyLanguageText(language.detected.code, language.kbLanguage) }],
          model: EXTRACTIVE_MODEL,
          confidence: 0,
          unsure: true,
          retrieved: retrieval.chunks.map((c) => ({ chunkId: c.id, score: Number(c.score.toFixed(5)) })),
          steps,
          details: { query, reason: 'language', customerLanguage: language.detected.code, kbLanguage: language.kbLanguage, detectorConfidence: Number(language.detected.confidence.toFixed(3)) },
        };
      }
      const t2 = Date.now();
      searchQuery = await this.translate(this.opts.chat, query, language.kbLanguage);
      steps.push({ processingType: 'rewrite', input: { question: query, from: language.detected.code, to: language.kbLanguage }, output: { query: searchQuery, translated: true }, model: this.opts.chat.modelId, latencyMs: Date.now() - t2 });
      const t3 = Date.now();
      retrieval = await this.opts.retriever.retrieveDetailed(input.tenantId, searchQuery, { k: this.opts.topK ?? 6, ...scope });
      steps.push(retrieveStep(searchQuery, retrieval, Date.now() - t3));
    }
    const chunks = retrieval.chunks;
    const retrieved = chunks.map((c) => ({ chunkId: c.id, score: Number(c.score.toFixed(5)) }));

    const passages: AnswerPassage[] = chunks.map((c) => ({ chunkId: c.id, documentId: c.documentId, title: c.title, sourceUrl: c.sourceUrl, text: c.content, headingPath: c.headingPath, score: c.score }));
    const extractive = passages.length ? await answerExtractively({ question: searchQuery, passages, embedder: this.scorer, features: this.passageFeatures, ...answererLanguageOptions(retrieval.diagnostics, this.opts.lexemes) }) : null;
    const confidence = Number(responderConfidence(extractive?.evidence ?? null, chunks, retrieval.diagnostics.knownWordShare, this.opts.localEmbedder ?? true).toFixed(4));
    const { threshold, thresholdSource } = await this.thresholdFor(bot, input.tenantId, chunks[0]?.knowledgeBaseId);

    if (!extractive || confidence < threshold || !extractive.text) {
      this.opts.logger.info({ confidence, threshold, thresholdSource, chunks: chunks.length }, 'retrieval too weak: answering "not sure"');
      return { drafts: [{ kind: 'text', senderType: 'bot', text: UNSURE_TEXT }], model: this.opts.chat?.modelId ?? EXTRACTIVE_MODEL, confidence, unsure: true, retrieved, steps, details: { query: searchQuery, reason: 'low_confidence', threshold, thresholdSource } };
    }

    if (!this.opts.chat) {
      const used = chunks.filter((c) => extractive.usedChunkIds.includes(c.id));
      return {
        drafts: [{ kind: 'text', senderType: 'bot', text: `${extractive.text}${citationsText(used)}` }],
        model: EXTRACTIVE_MODEL,
        confidence,
        retrieved,
        steps,
        details: { query: searchQuery, usedChunkIds: extractive.usedChunkIds, mode: 'extractive (offline)' },
      };
    }

    const context = chunks.map((c, i) => `[${i + 1}] ${c.title}${c.headingPath.length ? ` > ${c.headingPath.join(' > ')}` : ''}\n${c.content}`).join('\n\n');
    const answerLanguage = languageName(language.detected, language.foreign);
    const { HumanMessage, SystemMessage } = await import('@langchain/core/messages');
    const system = new SystemMessage(
      'You are a customer support assistant. Answer ONLY with facts from the numbered context passages; never add facts of your own. ' +
        'If they do not contain the answer, reply with the single word UNSURE. Answer briefly and completely: keep a list or table whole when it is the answer. ' +
        `Answer in ${answerLanguage}, even though the passages may be in another language. ` +
        'Cite the passages you used like [1].\n\nContext:\n' +
        context,
    );
    const t1 = Date.now();
    const reply = await (await this.opts.chat.model()).invoke([system, new HumanMessage(query)]);
    const answer = typeof reply.content === 'string' ? reply.content.trim() : reply.content.map((p) => ('text' in p ? String(p.text) : '')).join('').trim();
    const cited = [...answer.matchAll(/\[(\d+)\]/g)].map((m) => chunks[Number(m[1]) - 1]).filter((c): c is RetrievedChunk => Boolean(c));
    if (!answer || /^UNSURE\b/i.test(answer)) {
      return { drafts: [{ kind: 'text', senderType: 'bot', text: UNSURE_TEXT }], model: this.opts.chat.modelId, confidence, unsure: true, retrieved, steps, details: { query: searchQuery, reason: 'no_answer_in_context', latencyMs: Date.now() - t1 } };
    }
    const clean = answer.replace(/\s*\[\d+\]/g, '');
    return {
      drafts: [{ kind: 'text', senderType: 'bot', text: `${clean}${citationsText(cited.length ? cited : chunks.slice(0, 1))}` }],
      model: this.opts.chat.modelId,
      confidence,
      retrieved,
      steps,
      details: { query: searchQuery, citedChunkIds: cited.map((c) => c.id), mode: 'generative', answerLanguage },
    };
  }

  /**
   * The unsure threshold for an answer from `knowledgeBaseId` (its top passage's): the channel's own, else the
   * knowledge base's calibrated one, else the default; a calibration that cannot be read leaves the default.
   */
  private async thresholdFor(bot: ResolvedBotConfig, tenantId: string, knowledgeBaseId: string | undefined): Promise<{ threshold: number; thresholdSource: 'channel' | 'knowledge-base' | 'default' }> {
    if (bot.answerThreshold !== undefined) return { threshold: bot.answerThreshold, thresholdSource: 'channel' };
    if (knowledgeBaseId && this.opts.kbThresholds) {
      try {
        const own = await this.opts.kbThresholds.forKnowledgeBase(tenantId, knowledgeBaseId);
        if (own !== null) return { threshold: own, thresholdSource: 'knowledge-base' };
      } catch (err) {
        this.opts.logger.warn({ err: (err as Error).message, knowledgeBaseId }, 'knowledge base calibration unreadable: using the default threshold');
      }
    }
    return { threshold: this.threshold, thresholdSource: 'default' };
  }

  /** The question in the knowledge base's language, for retrieval only (the answer stays in the customer's). */
  private async translate(chat: ChatModelHandle, question: string, kbLanguage: string): Promise<string> {
    const target = LANGUAGE_NAMES[kbLanguage] ?? kbLanguage;
    const { HumanMessage, SystemMessage } = await import('@langchain/core/messages');
    const reply = await (await chat.model()).invoke([
      new SystemMessage(`Translate the customer's message into ${target}, to search a help center. Keep names, numbers and product terms. Reply with the translation only.`),
      new HumanMessage(question),
    ]);
    const text = (typeof reply.content === 'string' ? reply.content : reply.content.map((p) => ('text' in p ? String(p.text) : '')).join('')).trim();
    return text || question;
  }
}

function retrieveStep(query: string, retrieval: RetrievalResult, latencyMs: number): AiStep {
  const d = retrieval.diagnostics;
  return {
    processingType: 'retrieve',
    input: { query },
    output: {
      chunks: retrieval.chunks.map((c) => ({ id: c.id, documentId: c.documentId, title: c.title, vectorScore: c.vectorScore, textScore: c.textScore })),
      terms: d.terms,
      droppedTerms: d.droppedTerms,
      expansions: d.expansions,
      feedback: d.feedback,
      focused: d.focused,
      knownWordShare: d.knownWordShare,
    },
    retrieved: retrieval.chunks.map((c) => ({ chunkId: c.id, score: Number(c.score.toFixed(5)) })),
    model: 'hybrid(pgvector+bm25f+wordnet+prf)',
    latencyMs,
  };
}

/** The language the chat model should answer in: the detected one when sure enough, else the question's own. */
function languageName(detected: DetectedLanguage, foreign: boolean): string {
  const name = detected.code ? LANGUAGE_NAMES[detected.code] : undefined;
  return name && (foreign || detected.confidence >= 0.5) ? name : 'the language of the question';
}
