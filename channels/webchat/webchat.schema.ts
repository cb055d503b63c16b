/**
 * zod schemas of the web chat: the connection's settings (it has no platform
 * credentials), the widget's look, and the bodies the widget posts.
 */
import { z } from 'zod';

export const webchatCredentialsSchema = z.object({
  /** Origins allowed to embed the widget (CORS); empty = any. */
  allowedOrigins: z.array(z.string().url()).default([]),
  welcomeMessage: z.string().max(1000).optional(),
});
export type WebchatCredentials = z.infer<typeof webchatCredentialsSchema>;

const httpUrl = z
  .string()
  .max(2000)
  .url('logoUrl must be a URL')
  .refine((u) => /^https?:\/\//i.test(u), 'logoUrl must be an http(s) URL');

/**
 * The widget's look and the pre-chat form, per web chat connection. Stored in
 * the channel's bot config (`PUT /api/v1/channels/:id/bot` `{ widget }`) and
 * served to browsers as it is by `GET /api/v1/webchat/:connectionId/config`:
 * nothing secret goes in here.
 */
export const webchatWidgetSchema = z
  .object({
    /** Accent colour of the launcher, header and the visitor's bubbles (`#rrggbb`); text on it is black or white, whichever contrasts more. */
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'color must be #rrggbb').optional(),
    logoUrl: httpUrl.optional(),
    /** Shown when the chat opens, before the visitor writes (plain text, not stored as a message). */
    welcomeMessage: z.string().trim().min(1).max(1000).optional(),
    /** Side of the page the launcher sits on. */
    position: z.enum(['left', 'right']).optional(),
    /** Ask the visitor's name and email before the first message (both optional for the visitor). */
    preChatForm: z.boolean().optional(),
  })
  .strict();
export type WebchatWidgetSettings = z.infer<typeof webchatWidgetSchema>;

/** `POST /api/v1/webchat/:connectionId/messages`: the client id makes retries idempotent. */
export const webchatMessageBodySchema = z.object({
  text: z.string().trim().min(1, 'text must not be empty').max(4000),
  clientMessageId: z.string().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'clientMessageId may only contain letters, digits, . _ -'),
  /** A quick-reply button was pressed: its payload (the text is its title). */
  buttonPayload: z.string().min(1).max(200).optional(),
});
