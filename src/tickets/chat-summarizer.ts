/** Ticket descriptions written by the configured chat model (only with OPENAI_API_KEY). */
import type { ChatModelHandle } from '../rag/models.js';
import type { ConversationSummarizer } from './escalation.service.js';

export class ChatSummarizer implements ConversationSummarizer {
  readonly modelId: string;
  constructor(private readonly chat: ChatModelHandle) {
    this.modelId = `${chat.modelId} (summary)`;
  }

  async summarize(lines: Array<{ role: string; text: string }>): Promise<string> {
    const transcript = lines.map((l) => `${l.role}: ${l.text}`).join('\n');
    const { HumanMessage, SystemMessage } = await import('@langchain/core/messages');
    const reply = await (await this.chat.model()).invoke([
      new SystemMessage('Summarise this support conversation for the agent who takes it over, in 2-3 sentences: what the customer wants and what was tried. Facts from the transcript only.'),
      new HumanMessage(transcript),
    ]);
    return typeof reply.content === 'string' ? reply.content : '';
  }
}
