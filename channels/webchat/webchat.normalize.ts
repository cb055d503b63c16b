/**
 * A visitor's message body → one unified inbound message. Pure; the clock is
 * a parameter. The visitor is who the (already verified) token says.
 */
import type { InboundEvent } from '../types.js';
import { checkPayload, parseJsonBody } from '../validate.js';
import { webchatMessageBodySchema } from './webchat.schema.js';

export function parseWebchatMessage(rawBody: Buffer, visitorId: string, now: Date = new Date()): InboundEvent[] {
  const body = checkPayload(webchatMessageBodySchema, parseJsonBody(rawBody), 'web chat message', [], 3);
  return [
    {
      type: 'message',
      message: {
        // The client's id per visitor: a retried POST is stored once.
        platformMessageId: `${visitorId}:${body.clientMessageId}`,
        externalUserId: visitorId,
        externalThreadId: visitorId,
        // A pressed quick reply carries its payload, like every other channel's button replies (CSAT "csat:4", the hand-off button).
        kind: body.buttonPayload ? 'button_reply' : 'text',
        text: body.text,
        payload: body.buttonPayload ? { buttonPayload: body.buttonPayload } : {},
        sentAt: now,
      },
    },
  ];
}
