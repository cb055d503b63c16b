/**
 * WhatsApp Cloud API media, both ways.
 *
 * In: an inbound media message carries a media id. `GET /{media-id}` answers
 * a URL (valid five minutes), downloaded with the same bearer token.
 *
 * Out: media go by `link` (Meta fetches the URL). When the link cannot be
 * used (not https, or Meta refuses the media at that link), the file is
 * downloaded from the link and uploaded to `POST /{phone-number-id}/media`
 * (multipart), and the message goes by the returned media `id`.
 *
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media
 */
import { MediaTooLargeError, PermanentSendError, RetryableSendError } from '../../src/domain/errors.js';
import { downloadForUpload, platformDownload, platformFetch } from '../platform-http.js';
import { mediaTypeOf, type Attachment, type ChannelContext, type FetchedMedia, type MediaLimits, type MediaType, type OutboundMessage } from '../types.js';
import { graph, graphFailure } from './whatsapp.client.js';
import type { WaContent } from './whatsapp.render.js';
import { graphMediaUrlSchema, graphUploadResponseSchema, type WhatsAppCredentials } from './whatsapp.schema.js';

type Ctx = ChannelContext<WhatsAppCredentials>;

/** Graph errors that say Meta could not take the media behind a link (131053 "Media upload error"). */
export const REJECTED_LINK_CODES: ReadonlySet<number> = new Set([131053]);

export async function fetchWhatsAppMedia(ctx: Ctx, attachment: Attachment, maxBytes: number): Promise<FetchedMedia> {
  const mediaId = attachment.platformFileId;
  if (!mediaId) throw new PermanentSendError('WhatsApp attachment without a media id');
  const res = await graph(ctx, 'GET', encodeURIComponent(mediaId), undefined, { phone_number_id: ctx.credentials.phoneNumberId });
  if (!res.ok) throw graphFailure(res).error;
  const media = graphMediaUrlSchema.safeParse(res.json);
  if (!media.success) throw new RetryableSendError(`WhatsApp Graph: unexpected answer from GET /{media-id}`);
  const size = media.data.file_size;
  if (size !== undefined && size > maxBytes) throw new MediaTooLargeError(maxBytes, `WhatsApp: file of ${size} bytes is larger than the limit of ${maxBytes} bytes`);
  const got = await platformDownload({
    platform: 'WhatsApp media download',
    url: media.data.url,
    headers: { authorization: `Bearer ${ctx.credentials.accessToken}` },
    maxBytes,
    timeoutMs: ctx.requestTimeoutMs,
  });
  const contentType = media.data.mime_type ?? got.contentType ?? attachment.mimeType;
  const fileName = attachment.name ?? got.fileName;
  return { body: got.body, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
}

/** The media object of a rendered media message (`content.image`...), when it goes by link. */
function linkedMedia(content: WaContent): { object: Record<string, unknown>; link: string } | undefined {
  const object = content[content.type];
  if (typeof object !== 'object' || object === null || !('link' in object) || typeof object.link !== 'string') return undefined;
  return { object: object as Record<string, unknown>, link: object.link };
}

/** A link Meta cannot fetch: Meta downloads media over https only. */
export const linkUnusable = (content: WaContent): boolean => {
  const media = linkedMedia(content);
  return media !== undefined && !media.link.startsWith('https://');
};

/** Whether a failed send went by link, so an upload may get it through. */
export const sentByLink = (content: WaContent): boolean => linkedMedia(content) !== undefined;

/** Uploads the file behind the message's link and returns the content sent by media `id` instead. */
export async function uploadInstead(ctx: Ctx, message: OutboundMessage, content: WaContent, limits: Partial<Record<MediaType, MediaLimits>>): Promise<WaContent> {
  const media = linkedMedia(content);
  if (!media) return content;
  const maxBytes = limits[mediaTypeOf(message)]?.maxBytes ?? 16 * 1024 * 1024;
  const file = await downloadForUpload(media.link, maxBytes, ctx.requestTimeoutMs);
  const mimeType = message.attachment?.mimeType ?? file.contentType ?? 'application/octet-stream';
  const fileName = message.attachment?.name ?? file.fileName ?? 'file';
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', mimeType);
  form.set('file', new Blob([new Uint8Array(file.body)], { type: mimeType }), fileName);
  const url = `${ctx.endpoints.whatsappGraphApiUrl.replace(/\/+$/, '')}/${ctx.credentials.phoneNumberId}/media`;
  const res = await platformFetch({ platform: 'WhatsApp Graph', url, method: 'POST', headers: { authorization: `Bearer ${ctx.credentials.accessToken}` }, multipart: form, timeoutMs: ctx.requestTimeoutMs });
  if (!res.ok) throw graphFailure(res).error;
  const uploaded = graphUploadResponseSchema.safeParse(res.json);
  if (!uploaded.success) throw new RetryableSendError('WhatsApp Graph: unexpected answer from POST /{phone-number-id}/media');
  const { link: _link, ...rest } = media.object;
  return { ...content, [content.type]: { ...rest, id: uploaded.data.id } };
}
