/**
 * The echo responder, except `menu <n>`, which answers with n buttons, so the
 * core's degradation runs in the worker exactly as it does for a real answer.
 * The first button's title is `firstTitle` (long titles test truncation).
 */
import type { OutboundDraft } from '../../channels/degrade.js';
import { EchoResponder } from '../../src/conversation/echo.responder.js';
import type { Responder, ResponderInput, ResponderResult } from '../../src/conversation/responder.js';

export function menuDraft(n: number, firstTitle: string): OutboundDraft {
  const buttons = Array.from({ length: n }, (_, i) => ({ title: `Option ${i + 1}`, payload: `opt-${i + 1}` }));
  buttons[0] = { title: firstTitle, payload: 'opt-1' };
  return { kind: 'buttons', senderType: 'bot', text: `Pick one of ${n}:`, buttons };
}

export class MenuResponder implements Responder {
  readonly name = 'e2e-menu';
  private readonly fallback = new EchoResponder();
  constructor(private readonly firstTitle: string) {}

  async respond(input: ResponderInput): Promise<ResponderResult> {
    const menu = /^menu (\d+)$/.exec(input.message.text);
    if (!menu) return this.fallback.respond(input);
    return { drafts: [menuDraft(Number(menu[1]), this.firstTitle)], model: 'e2e-menu' };
  }
}
