/**
 * WeChat Official Account channel: signed (and optionally encrypted) XML
 * messages in, customer-service messages out through the Official Account API
 * on the shared platform-http. WeChat gets `success` at once (it allows 5 s
 * and shows the customer an error otherwise); the answer follows from the
 * worker. Wiring only.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/en/Getting_Started/Overview.html
 * @see ./README.md
 */
import { ChannelConnectError, errorMessage, PermanentSendError, WebhookAuthError } from '../../src/domain/errors.js';
import type { ChannelAdapter, ChannelContext, OutboundTarget, WebhookRequest } from '../types.js';
import { checkPayload } from '../validate.js';
import { accessToken, callApi, WINDOW_CLOSED_REASON } from './wechat.client.js';
import { decryptMessage, signatureMatches } from './wechat.crypto.js';
import { parseWeChatXml, readWeChatXml } from './wechat.normalize.js';
import { fetchWeChatMedia, IMAGE_UPLOAD_MAX_BYTES, uploadImage } from './wechat.media.js';
import { renderWeChat } from './wechat.render.js';
import { wechatCredentialsSchema, wechatEnvelopeSchema, type WeChatCredentials } from './wechat.schema.js';

export type { WeChatCredentials };
export { WINDOW_CLOSED_REASON };
type Ctx = ChannelContext<WeChatCredentials>;

/** WeChat refuses customer-service messages 48 h after the customer's last message, menu click or follow. */
export const CUSTOMER_SERVICE_WINDOW_MS = 48 * 3600 * 1000;
/**
 * A signed call whose timestamp is further than this from our clock is refused:
 * plain-mode signatures do not cover the body, so an old one must not be replayable.
 * WeChat retries within seconds.
 */
export const MAX_CLOCK_SKEW_S = 600;

const insideWindow = (target: OutboundTarget, now = Date.now()): boolean =>
  target.lastInboundAt !== null && now - target.lastInboundAt.getTime() < CUSTOMER_SERVICE_WINDOW_MS;

/** Safe (and compatible) mode: WeChat says so in the query and puts the message in `<Encrypt>`. */
const isEncrypted = (req: WebhookRequest) => req.query.encrypt_type === 'aes';

/** The `Encrypt` of a safe-mode body, or undefined when the body cannot be read (parseWebhook then answers 400). */
function encryptedPart(req: WebhookRequest): string | undefined {
  try {
    return checkPayload(wechatEnvelopeSchema, readWeChatXml(req.rawBody.toString('utf8')), 'WeChat envelope').Encrypt;
  } catch {
    return undefined;
  }
}

/** The message XML: the body itself in plain mode, what `Encrypt` holds in safe mode. */
function messageXml(req: WebhookRequest, ctx: Ctx): string {
  if (!isEncrypted(req)) return req.rawBody.toString('utf8');
  const key = ctx.credentials.encodingAesKey;
  if (!key) throw new WebhookAuthError('encrypted message, but the connection has no encodingAesKey');
  const envelope = checkPayload(wechatEnvelopeSchema, readWeChatXml(req.rawBody.toString('utf8')), 'WeChat envelope');
  return decryptMessage(envelope.Encrypt, key, ctx.credentials.appId);
}

/** `signature` over token, timestamp and nonce: present on every call WeChat makes, GET and POST. */
function checkSignature(req: WebhookRequest, ctx: Ctx, now = Date.now()): { timestamp: string; nonce: string } {
  const { signature, timestamp, nonce } = req.query;
  if (!signature || !timestamp || !nonce) throw new WebhookAuthError('missing signature, timestamp or nonce');
  if (!signatureMatches(signature, ctx.credentials.token, timestamp, nonce)) throw new WebhookAuthError('invalid signature');
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_S) throw new WebhookAuthError('timestamp too far from the current time');
  return { timestamp, nonce };
}

export const wechatAdapter: ChannelAdapter<WeChatCredentials> = {
  type: 'wechat',
  // Images are uploaded as temporary media and sent by media_id (no caption: degrade() sends the text after it);
  // files, audio and video become links, buttons numbered text.
  // 600 characters stay within WeChat's 2048 bytes even when every one takes three bytes of UTF-8.
  capabilities: { maxButtons: 0, maxButtonTitleLength: 0, cards: false, media: { image: { maxBytes: IMAGE_UPLOAD_MAX_BYTES, maxCaptionLength: 0 } }, typing: true, maxTextLength: 600 },
  credentialsSchema: wechatCredentialsSchema,
  webhookAck: { status: 200, body: 'success', contentType: 'text/plain' },

  /** `signature` always; in safe mode also `msg_signature` over the `Encrypt` value, which must open for our AppID. */
  verifyWebhook(req, ctx) {
    const { timestamp, nonce } = checkSignature(req, ctx);
    if (!isEncrypted(req)) return;
    const key = ctx.credentials.encodingAesKey;
    if (!key) throw new WebhookAuthError('encrypted message, but the connection has no encodingAesKey');
    const encrypt = encryptedPart(req);
    if (encrypt === undefined) return;
    if (!signatureMatches(req.query.msg_signature, ctx.credentials.token, timestamp, nonce, encrypt)) throw new WebhookAuthError('invalid msg_signature');
    decryptMessage(encrypt, key, ctx.credentials.appId);
  },

  parseWebhook(req, ctx) {
    return parseWeChatXml(messageXml(req, ctx));
  },

  /** The server URL check of the admin console: echo `echostr` when the signature is ours. */
  handleWebhookGet(req, ctx) {
    const echostr = req.query.echostr;
    try {
      checkSignature(req, ctx);
    } catch (err) {
      ctx.logger.warn({ reason: errorMessage(err) }, 'WeChat URL verification refused');
      return { status: 401, body: 'invalid signature', contentType: 'text/plain' };
    }
    if (!echostr) return { status: 400, body: 'missing echostr', contentType: 'text/plain' };
    return { status: 200, body: echostr, contentType: 'text/plain' };
  },

  // No retries in here but the one after a refused token (nothing was delivered then): a send has no idempotency key.
  async send(ctx, target, message) {
    if (!insideWindow(target)) throw new PermanentSendError(WINDOW_CLOSED_REASON);
    const body =
      message.kind === 'image'
        ? { touser: target.externalThreadId, msgtype: 'image', image: { media_id: await uploadImage(ctx, message) } }
        : renderWeChat(target.externalThreadId, message);
    await callApi(ctx, '/cgi-bin/message/custom/send', body);
    // WeChat answers no message id (and sends no receipts): ours stands in.
    return { platformMessageId: message.id };
  },

  fetchMedia(ctx, attachment, _inbound, opts) {
    return fetchWeChatMedia(ctx, attachment, opts.maxBytes);
  },

  /** "Typing…" in the customer's chat (WeChat shows it up to 15 s or until our message). */
  async sendTyping(ctx, target) {
    if (!insideWindow(target)) return;
    await callApi(ctx, '/cgi-bin/message/custom/typing', { touser: target.externalThreadId, command: 'Typing' }).catch((err: unknown) =>
      ctx.logger.debug({ err: errorMessage(err), conversationId: target.conversationId }, 'WeChat typing indicator failed'),
    );
  },

  /** Checks AppID and AppSecret by fetching an access token (then cached for the sends). */
  async connect(ctx) {
    try {
      await accessToken(ctx);
    } catch (err) {
      throw new ChannelConnectError(`WeChat did not accept the AppID and AppSecret: ${errorMessage(err)}`, { cause: err });
    }
    return { settings: { appId: ctx.credentials.appId, encryption: ctx.credentials.encodingAesKey ? 'compatible or safe mode' : 'plain mode' } };
  },
};
