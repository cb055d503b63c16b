/**
 * zod schemas of the WhatsApp Web channel: the connection's credentials (only
 * an informational phone number: the QR scan links the account) and the parts
 * of a whatsapp-web.js `Message` the gateway reads. That object is scraped from
 * WhatsApp Web's page and can drift with it, so every field but the id, the
 * sender and the type falls back to a default instead of failing.
 *
 * @see https://docs.wwebjs.dev/Message.html
 */
import { z } from 'zod';

export const whatsappWebCredentialsSchema = z
  .object({
    /** The number the admin intends to link (E.164), informational: the QR scan decides. */
    phoneNumber: z.string().regex(/^\+?[1-9]\d{6,14}$/, 'expected an international phone number like +491701234567').optional(),
  })
  .strict();
export type WhatsAppWebCredentials = z.infer<typeof whatsappWebCredentialsSchema>;

const optionalString = z.string().optional().catch(undefined);
const optionalNumber = z.number().optional().catch(undefined);

/** The subset of whatsapp-web.js's `Message` the gateway reads. */
export const waMessageSchema = z.object({
  id: z.object({ _serialized: z.string().min(1) }),
  from: z.string().min(1),
  to: optionalString,
  /** Sender inside a group chat (`from` is then the group). */
  author: z.string().nullish().catch(undefined),
  body: z.string().catch(''),
  type: z.string().min(1),
  fromMe: z.boolean().catch(false),
  hasMedia: z.boolean().catch(false),
  /** Seconds since the epoch. */
  timestamp: optionalNumber,
  isStatus: z.boolean().catch(false),
  location: z
    .object({
      latitude: z.coerce.number(),
      longitude: z.coerce.number(),
      name: optionalString,
      address: optionalString,
    })
    .nullish()
    .catch(undefined),
  selectedButtonId: z.string().nullish().catch(undefined),
  selectedRowId: z.string().nullish().catch(undefined),
  vCards: z.array(z.string()).optional().catch(undefined),
  /** The page's raw message model (`Message#rawData`): display name and media details. */
  rawData: z
    .object({ notifyName: optionalString, mimetype: optionalString, filename: optionalString, size: optionalNumber })
    .optional()
    .catch(undefined),
});
export type WaMessage = z.infer<typeof waMessageSchema>;
