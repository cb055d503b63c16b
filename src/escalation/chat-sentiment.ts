/**
 * Sentiment from the configured chat model (when OPENAI_API_KEY is set). Falls
 * back to the local lexicon scorer when the model's answer is not a number, so
 * escalation never depends on a model's formatting.
 */
import type { ChatModelHandle } from '../rag/models.js';
import { LexiconSentimentScorer, type SentimentResult, type SentimentScorer } from './sentiment.js';

export class ChatSentimentScorer implements SentimentScorer {
  private readonly fallback = new LexiconSentimentScorer();
  readonly modelId: string;

  constructor(private readonly chat: ChatModelHandle) {
    this.modelId = `${chat.modelId} (sentiment)`;
  }

  async score(text: string): Promise<SentimentResult> {
    const { HumanMessage, SystemMessage } = await import('@langchain/core/messages');
    const reply = await (await this.chat.model()).invoke([
      new SystemMessage('Rate the sentiment of the customer message from -1 (furious) to 1 (delighted). Reply with the number only.'),
      new HumanMessage(text),
    ]);
    const raw = typeof reply.content === 'string' ? reply.content : '';
    const n = Number.parseFloat(raw.trim());
    if (!Number.isFinite(n) || n < -1 || n > 1) return this.fallback.score(text);
    return { score: n, label: n <= -0.2 ? 'negative' : n >= 0.2 ? 'positive' : 'neutral', evidence: [`${this.chat.modelId}: ${n}`] };
  }
}
