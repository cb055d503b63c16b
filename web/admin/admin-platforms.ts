/**
 * What the channel wizard asks for each platform: the fields of its
 * `credentialsSchema` (channels/<name>/<name>.schema.ts), where to find them,
 * and what to do with the webhook URL afterwards. The gateway validates the
 * values (and checks them with the platform); these are the labels and hints.
 */
export type ChannelType = 'telegram' | 'line' | 'whatsapp' | 'teams' | 'wechat' | 'webchat' | 'whatsapp_web';

export interface CredentialField {
  key: string;
  label: string;
  help: string;
  /** A secret: a password input, and left blank on edit means "keep". */
  secret?: boolean;
  optional?: boolean;
  /** Comma-separated list sent as an array. */
  list?: boolean;
  pattern?: string;
}

export interface Platform {
  type: ChannelType;
  label: string;
  fields: CredentialField[];
  /** What to do with the webhook URL once connected. */
  webhookHint: string;
}

export const PLATFORMS: Platform[] = [
  {
    type: 'telegram',
    label: 'Telegram',
    fields: [{ key: 'botToken', label: 'Bot token', help: 'From @BotFather, like 123456:ABC-def…', secret: true, pattern: '^\\d+:[A-Za-z0-9_-]+$' }],
    webhookHint: 'Nothing to paste: the gateway registered this webhook with Telegram (setWebhook) when you saved.',
  },
  {
    type: 'line',
    label: 'LINE',
    fields: [
      { key: 'channelSecret', label: 'Channel secret', help: 'LINE Developers console → your channel → Basic settings.', secret: true },
      { key: 'channelAccessToken', label: 'Channel access token', help: 'Messaging API tab → Channel access token (long-lived).', secret: true },
    ],
    webhookHint: 'Paste it as the Webhook URL (Messaging API tab), turn “Use webhook” on and press Verify.',
  },
  {
    type: 'whatsapp',
    label: 'WhatsApp (Cloud API)',
    fields: [
      { key: 'accessToken', label: 'Access token', help: 'A system user token with whatsapp_business_messaging.', secret: true },
      { key: 'appSecret', label: 'App secret', help: 'App settings → Basic → App secret (signs every webhook).', secret: true },
      { key: 'verifyToken', label: 'Verify token', help: 'Any string you choose; type the same into the webhook settings of your Meta app.', secret: true },
      { key: 'phoneNumberId', label: 'Phone number ID', help: 'WhatsApp Manager → API Setup (the numeric ID, not the number).', pattern: '^\\d+$' },
    ],
    webhookHint: 'Meta app → WhatsApp → Configuration: paste it as the Callback URL with your verify token, and subscribe to “messages”.',
  },
  {
    type: 'teams',
    label: 'Microsoft Teams',
    fields: [
      { key: 'appId', label: 'Microsoft App ID', help: 'The Azure Bot’s app registration (a GUID).' },
      { key: 'appPassword', label: 'Client secret', help: 'A client secret value of that app registration.', secret: true },
      { key: 'appTenantId', label: 'Directory (tenant) ID', help: 'Only for a single-tenant bot.', optional: true },
    ],
    webhookHint: 'Azure Bot → Configuration: paste it as the Messaging endpoint.',
  },
  {
    type: 'wechat',
    label: 'WeChat Official Account',
    fields: [
      { key: 'appId', label: 'AppID', help: 'Settings and Development → Basic Configuration (wx + 16 characters).', pattern: '^wx[0-9a-zA-Z]{16}$' },
      { key: 'appSecret', label: 'AppSecret', help: 'Basic Configuration → AppSecret.', secret: true },
      { key: 'token', label: 'Token', help: 'The server configuration Token (3–32 letters or digits).', secret: true, pattern: '^[A-Za-z0-9]{3,32}$' },
      { key: 'encodingAesKey', label: 'EncodingAESKey', help: '43 characters; needed for the compatible and safe modes.', secret: true, optional: true },
    ],
    webhookHint: 'Basic Configuration → Server configuration: paste it as the URL with the same Token, then enable.',
  },
  {
    type: 'webchat',
    label: 'Web chat (widget)',
    fields: [
      { key: 'allowedOrigins', label: 'Allowed origins', help: 'Sites that may embed the widget, comma-separated (https://shop.example); empty = any.', optional: true, list: true },
      { key: 'welcomeMessage', label: 'Welcome message', help: 'Shown when a visitor opens the chat.', optional: true },
    ],
    webhookHint: 'Nothing to paste: put the embed snippet on your site, or share the chat page.',
  },
  {
    type: 'whatsapp_web',
    label: 'WhatsApp Web (linked device)',
    fields: [{ key: 'phoneNumber', label: 'Phone number', help: 'Informational, international format (+491701234567); the QR scan decides.', optional: true }],
    webhookHint: 'Scan the login QR code with WhatsApp on the phone (Linked devices) to start the session.',
  },
];

export function platformOf(type: string): Platform | undefined {
  return PLATFORMS.find((p) => p.type === type);
}

/** The form's strings as the credentials JSON: lists split, blanks left out (on edit: kept as stored). */
export function credentialsFrom(platform: Platform, values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of platform.fields) {
    const v = (values[f.key] ?? '').trim();
    if (!v) continue;
    out[f.key] = f.list ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
  }
  return out;
}
