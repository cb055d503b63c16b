/** Picks the responder the worker answers with. */
import type { Container } from './container.js';
import { PlaceholderResponder, type Responder } from '../conversation/responder.js';

export function createResponder(c: Container): Responder {
  c.logger.warn('responder: PLACEHOLDER (acknowledges messages; knowledge-base answers are not wired yet)');
  return new PlaceholderResponder({ delayMs: c.config.worker.responderDelayMs });
}
