/**
 * Zod schemas for what Meta sends us (webhook bodies) and what the Graph API
 * answers, plus the connection credentials. Only the fields the gateway reads
 * are declared; unknown fields are tolerated so that Meta adding properties
 * never turns a valid webhook into a 400.
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
 */
import { z } from 'zod';

/**
 * `template` is the message sent instead of a free-form one outside the
 * 24-hour customer service window. It is not a secret, but it lives with the
 * credentials because it is per connection and set by the same API call; it is
 * copied to the connection's settings so operators can see it.
 */
export const whatsappTemplateSchema = z.object({
  /** An approved template of the WhatsApp Business Account (lowercase, digits, underscores). */
  name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'expected an approved template name (lowercase letters, digits, underscores)'),
  /** The template's language code as approved, e.g. `en_US`, `en`, `pt_BR`. */
  language: z.string().regex(/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/, 'expected a template language code like en_US'),
});
export type WhatsAppTemplate = z.infer<typeof whatsappTemplateSchema>;

export const whatsappCredentialsSchema = z.object({
  /** System user (or business) token with `whatsapp_business_messaging`. */
  accessToken: z.string().min(1),
  /** App secret (App settings → Basic): HMAC key of `X-Hub-Signature-256`. */
  appSecret: z.string().min(1),
  /** Chosen by you, typed into the App dashboard's webhook settings; echoed by Meta's GET challenge. */
  verifyToken: z.string().min(1),
  /** "Phone number ID" from WhatsApp Manager / API Setup (not the phone number itself). */
  phoneNumberId: z.string().regex(/^\d+$/, 'expected the numeric Phone number ID from API Setup'),
  template: whatsappTemplateSchema.optional(),
});
export type WhatsAppCredentials = z.infer<typeof whatsappCredentialsSchema>;

// --- Webhooks -------------------------------------------------------------------

/** Unix seconds, sent as a string of digits (numbers are tolerated). */
const unixSeconds = z.union([z.string().regex(/^\d+$/, 'expected unix seconds'), z.number().int().nonnegative()]);

/** The webhook envelope. `changes[].value` is validated per `field`. */
export const waWebhookBodySchema = z.object({
  object: z.string().min(1),
  entry: z.array(
    z.object({
      /** WhatsApp Business Account id. */
      id: z.string().min(1),
      changes: z.array(z.object({ field: z.string().min(1), value: z.unknown() })),
    }),
  ),
});

/** `value` of a `messages` change: messages from customers and/or statuses of ours. */
export const waMessagesValueSchema = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ display_phone_number: z.string().optional(), phone_number_id: z.string().min(1) }),
  contacts: z.array(z.object({ wa_id: z.string().min(1), profile: z.object({ name: z.string() }).partial().optional() })).optional(),
  // Per-message content is checked per type: a type we ignore must not fail the batch.
  messages: z.array(z.looseObject({ from: z.string().min(1), id: z.string().min(1), timestamp: unixSeconds, type: z.string().min(1) })).optional(),
  statuses: z.array(z.looseObject({ id: z.string().min(1), status: z.string().min(1), timestamp: unixSeconds })).optional(),
});
export type WaMessagesValue = z.infer<typeof waMessagesValueSchema>;
export type WaMessageBase = NonNullable<WaMessagesValue['messages']>[number];

/** A platform error, as found in `statuses[].errors` and unsupported messages. */
export const waErrorSchema = z.object({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional(),
});

/** One delivery receipt for a message we sent. */
export const waStatusSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(waErrorSchema).optional(),
});

const media = { id: z.string().min(1), mime_type: z.string().optional(), sha256: z.string().optional() };

/** A shared contact card: what the gateway shows of it. @see https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples#contacts-messages */
const waContactCard = z.looseObject({
  name: z.object({ formatted_name: z.string().optional(), first_name: z.string().optional(), last_name: z.string().optional() }).optional(),
  phones: z.array(z.object({ phone: z.string().optional(), wa_id: z.string().optional(), type: z.string().optional() })).optional(),
  emails: z.array(z.object({ email: z.string().optional() })).optional(),
  org: z.object({ company: z.string().optional() }).optional(),
});

/** Message contents by `type`; other types (reaction, system, unsupported...) are ignored. */
export const waMessageContentSchemas = {
  text: z.object({ text: z.object({ body: z.string() }) }),
  image: z.object({ image: z.object({ ...media, caption: z.string().optional() }) }),
  video: z.object({ video: z.object({ ...media, caption: z.string().optional() }) }),
  document: z.object({ document: z.object({ ...media, caption: z.string().optional(), filename: z.string().optional() }) }),
  audio: z.object({ audio: z.object({ ...media, voice: z.boolean().optional() }) }),
  /** Older API versions sent voice notes as their own type. */
  voice: z.object({ voice: z.object(media) }),
  sticker: z.object({ sticker: z.object({ ...media, animated: z.boolean().optional() }) }),
  location: z.object({
    location: z.object({
      latitude: z.number(),
      longitude: z.number(),
      name: z.string().optional(),
      address: z.string().optional(),
      url: z.string().optional(),
    }),
  }),
  /**
   * Reply buttons and list rows the customer picked, and Flow answers (`nfm_reply`). Without the
   * `interactive` object (error 131000, sent on reconnects) the message is ignored, not refused.
   */
  interactive: z.object({
    interactive: z
      .looseObject({
        type: z.string().min(1),
        button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
        list_reply: z.object({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
        /** @see https://developers.facebook.com/docs/whatsapp/flows/guides/receiveflowresponse */
        nfm_reply: z.object({ response_json: z.string(), body: z.string().optional(), name: z.string().optional() }).optional(),
      })
      .optional(),
  }),
  /** Quick-reply button of a template message. */
  button: z.object({ button: z.object({ text: z.string(), payload: z.string().optional() }) }),
  contacts: z.object({ contacts: z.array(waContactCard).min(1) }),
  /** A cart sent from the catalog. */
  order: z.object({
    order: z.object({
      catalog_id: z.string().optional(),
      text: z.string().optional(),
      product_items: z.array(
        z.object({ product_retailer_id: z.string(), quantity: z.coerce.number(), item_price: z.coerce.number().optional(), currency: z.string().optional() }),
      ),
    }),
  }),
  /**
   * An edit of an earlier message (WhatsApp Business app "coexistence" numbers): the new content.
   * @see https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/edit
   */
  edit: z.object({ edit: z.object({ original_message_id: z.string().min(1), message: z.looseObject({ type: z.string().min(1) }) }) }),
} as const;
export type WaMessageType = keyof typeof waMessageContentSchemas;

/** `context`: the message being replied to (e.g. the one carrying the pressed button). */
export const waContextSchema = z.object({ context: z.object({ id: z.string().optional(), from: z.string().optional() }).optional() });

// --- Graph API responses --------------------------------------------------------------

/** @see https://developers.facebook.com/docs/graph-api/guides/error-handling */
export const graphErrorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number().int().optional(),
    error_subcode: z.number().int().optional(),
    error_user_msg: z.string().optional(),
    error_data: z.object({ details: z.string().optional() }).optional(),
    is_transient: z.boolean().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/** `GET /{phone-number-id}?fields=display_phone_number,verified_name` */
export const graphPhoneNumberSchema = z.object({
  id: z.string().optional(),
  display_phone_number: z.string(),
  verified_name: z.string(),
});

/** `POST /{phone-number-id}/messages` */
export const graphSendResponseSchema = z.object({
  messaging_product: z.literal('whatsapp').optional(),
  contacts: z.array(z.object({ input: z.string().optional(), wa_id: z.string().optional() })).optional(),
  messages: z.array(z.object({ id: z.string().min(1), message_status: z.string().optional() })).min(1),
});

/** `GET /{media-id}`: where the file of an inbound media message can be downloaded (for 5 minutes, with the token). */
export const graphMediaUrlSchema = z.object({
  url: z.string().url(),
  mime_type: z.string().optional(),
  file_size: z.coerce.number().int().nonnegative().optional(),
});

/** `POST /{phone-number-id}/media` */
export const graphUploadResponseSchema = z.object({ id: z.string().min(1) });
