/**
 * Diagnostics mode (`RESPONDER=echo`): repeats the customer's message. Not an
 * AI answer and never the default; it lets an operator check a channel's
 * plumbing (webhook → queue → worker → platform) without a knowledge base, and
 * gives tests a deterministic reply to correlate.
 */
import type { Responder, ResponderInput, ResponderResult } from './responder.js';

export const ECHO_MODEL = 'echo (diagnostics)';

export function echoText(text: string): string {
  const quoted = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return `[echo] Received: "${quoted}"`;
}

export class EchoResponder implements Responder {
  readonly name = 'echo';
  constructor(private readonly opts: { delayMs?: number } = {}) {}

  async respond(input: ResponderInput): Promise<ResponderResult> {
    if (this.opts.delayMs) await new Promise((r) => setTimeout(r, this.opts.delayMs));
    return { drafts: [{ kind: 'text', senderType: 'bot', text: echoText(input.message.text) }], model: ECHO_MODEL, confidence: null };
  }
}
