/**
 * WeChat media, both ways, with the cached access token.
 *
 * In: images and voice messages carry a `MediaId`; `GET /cgi-bin/media/get`
 * answers the file (kept by WeChat for three days), or a JSON error
 * (`40007 invalid media_id` once gone). A video's answer is JSON with a
 * `video_url`, downloaded from there.
 *
 * Out: an image is uploaded as temporary media (`POST /cgi-bin/media/upload?type=image`,
 * multipart `media`) and sent as a customer-service `image` message with the
 * returned `media_id`. Other files are not declared: degrade() sends a link.
 *
 * @see https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Get_temporary_materials.html
 * @see https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/New_temporary_materials.html
 */
import { z } from 'zod';
import { PermanentSendError, RetryableSendError } from '../../src/domain/errors.js';
import { downloadForUpload, parseJson, platformDownload, platformFetch, type DownloadedFile, type PlatformResponse } from '../platform-http.js';
import type { Attachment, ChannelContext, FetchedMedia, OutboundMessage } from '../types.js';
import { baseUrl, timeoutOf, withAccessToken } from './wechat.client.js';
import type { WeChatCredentials } from './wechat.schema.js';

type Ctx = ChannelContext<WeChatCredentials>;

/** Temporary image media: up to 10 MB (PNG, JPEG, GIF). */
export const IMAGE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const uploadAnswerSchema = z.object({ media_id: z.string().min(1) });
const videoAnswerSchema = z.object({ video_url: z.string().url() });

/** A JSON answer where a file was expected: an error, or a video's URL. */
const jsonAnswer = (file: DownloadedFile): unknown => {
  const head = file.body.subarray(0, 1).toString('utf8');
  const type = file.contentType ?? '';
  return head === '{' && (type.includes('json') || type.startsWith('text/')) ? parseJson(file.body.toString('utf8')) : undefined;
};

export async function fetchWeChatMedia(ctx: Ctx, attachment: Attachment, maxBytes: number): Promise<FetchedMedia> {
  const mediaId = attachment.platformFileId;
  if (!mediaId) throw new PermanentSendError('WeChat attachment without a MediaId');
  const got: { file?: DownloadedFile } = {};
  const res = await withAccessToken(ctx, async (token): Promise<PlatformResponse> => {
    const url = new URL(`${baseUrl(ctx)}/cgi-bin/media/get`);
    url.search = new URLSearchParams({ access_token: token, media_id: mediaId }).toString();
    const download = await platformDownload({ platform: 'WeChat media/get', url, maxBytes, timeoutMs: timeoutOf(ctx), secrets: [token] });
    const json = jsonAnswer(download);
    if (json === undefined) got.file = download;
    // A JSON answer goes through the errcode mapping (token refresh, 40007 gone…); a file is a success.
    return { status: 200, ok: true, headers: download.headers, text: '', json: json ?? { errcode: 0 } };
  });
  const video = videoAnswerSchema.safeParse(res.json);
  if (!got.file && video.success) got.file = await platformDownload({ platform: 'WeChat video download', url: video.data.video_url, maxBytes, timeoutMs: timeoutOf(ctx) });
  const file = got.file;
  if (!file) throw new RetryableSendError('WeChat media/get answered neither a file nor an error');
  const contentType = file.contentType ?? attachment.mimeType;
  const fileName = attachment.name ?? file.fileName;
  return { body: file.body, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
}

/** Uploads the image behind the message's URL as temporary media; returns its media_id. */
export async function uploadImage(ctx: Ctx, message: OutboundMessage): Promise<string> {
  const url = message.attachment?.url;
  if (!url) throw new PermanentSendError('WeChat image message without an attachment URL');
  const file = await downloadForUpload(url, IMAGE_UPLOAD_MAX_BYTES, timeoutOf(ctx));
  const mimeType = message.attachment?.mimeType ?? file.contentType ?? 'image/jpeg';
  const fileName = message.attachment?.name ?? file.fileName ?? `image.${mimeType.split('/')[1] ?? 'jpg'}`;
  const res = await withAccessToken(ctx, (token) => {
    const form = new FormData();
    form.set('media', new Blob([new Uint8Array(file.body)], { type: mimeType }), fileName);
    const target = new URL(`${baseUrl(ctx)}/cgi-bin/media/upload`);
    target.search = new URLSearchParams({ access_token: token, type: 'image' }).toString();
    return platformFetch({ platform: 'WeChat API', url: target, method: 'POST', multipart: form, timeoutMs: timeoutOf(ctx) });
  });
  const answer = uploadAnswerSchema.safeParse(res.json);
  if (!answer.success) throw new RetryableSendError('WeChat API: unexpected answer from media/upload');
  return answer.data.media_id;
}
