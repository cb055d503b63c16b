/**
 * zod schemas of the web chat: the connection's settings (it has no platform
 * credentials) and the body the widget posts for each visitor message.
 */
import { z } from 'zod';

export const webchatCredentialsSchema = z.object({
  /** Origins allowed to embed the widget (CORS); empty = any. */
  allowedOrigins: z.array(z.string().url()).default([]),
  welcomeMessage: z.string().max(1000).optional(),
});
export type WebchatCredentials = z.infer<typeof webchatCredentialsSchema>;

/** `POST /api/v1/webchat/:connectionId/messages`: the client id makes retries idempotent. */
export const webchatMessageBodySchema = z.object({
  text: z.string().trim().min(1, 'text must not be empty').max(4000),
  clientMessageId: z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'clientMessageId may only contain letters, digits, . _ -'),
});
