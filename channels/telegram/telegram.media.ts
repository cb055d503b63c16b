/**
 * Telegram files, both ways.
 *
 * In: `getFile` names the file's path, and the bytes come from
 * `<apiRoot>/file/bot<token>/<file_path>` (files up to 20 MB). That URL
 * carries the bot token: it is built here, used once, and never stored or logged.
 *
 * Out: media go by URL (Telegram fetches them). `sendDocument` by URL only
 * works for PDF, ZIP and GIF files, so any other document is downloaded from
 * its URL (the app's short-lived signed URL) and uploaded as multipart
 * instead: directly when its MIME type already says so, else (and for any
 * medium whose URL Telegram could not fetch) after Telegram refused the URL:
 * a refused call delivered nothing, so the upload cannot double-send.
 *
 * @see https://core.telegram.org/bots/api#getfile
 * @see https://core.telegram.org/bots/api#sending-files
 */
import { MediaTooLargeError, PermanentSendError } from '../../src/domain/errors.js';
import { downloadForUpload, platformDownload } from '../platform-http.js';
import type { Attachment, ChannelContext, FetchedMedia, OutboundMessage } from '../types.js';
import { call, CALL_TIMEOUT_MS } from './telegram.client.js';
import type { TelegramCall } from './telegram.render.js';
import type { TelegramCredentials } from './telegram.schema.js';
import { z } from 'zod';

type Ctx = ChannelContext<TelegramCredentials>;

/** The types Telegram accepts as a document URL. */
const DOCUMENT_URL_TYPES = new Set(['application/pdf', 'application/zip', 'application/x-zip-compressed', 'image/gif']);
/** Bot API upload limit for documents sent as multipart. */
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;
/** What Telegram answers when it cannot (or will not) use a document URL. */
const REFUSED_URL = /wrong type of the web page content|failed to get HTTP URL content|wrong file identifier\/HTTP URL specified|wrong remote file identifier/i;

/** @see https://core.telegram.org/bots/api#file */
const tgFileSchema = z.object({ file_path: z.string().min(1).optional(), file_size: z.number().int().nonnegative().optional() });

export async function fetchTelegramFile(ctx: Ctx, attachment: Attachment, maxBytes: number): Promise<FetchedMedia> {
  const fileId = attachment.platformFileId;
  if (!fileId) throw new PermanentSendError('Telegram attachment without a file_id');
  if (attachment.size !== undefined && attachment.size > maxBytes) throw new MediaTooLargeError(maxBytes, `Telegram: file of ${attachment.size} bytes is larger than the limit of ${maxBytes} bytes`);
  const file = tgFileSchema.safeParse(await call(ctx, 'getFile', { file_id: fileId }));
  if (!file.success || !file.data.file_path) throw new PermanentSendError('Telegram getFile answered no file_path (the file is no longer available)');
  const { file_path: filePath, file_size: size } = file.data;
  if (size !== undefined && size > maxBytes) throw new MediaTooLargeError(maxBytes, `Telegram: file of ${size} bytes is larger than the limit of ${maxBytes} bytes`);
  const token = ctx.credentials.botToken;
  const root = ctx.endpoints.telegramApiRoot.replace(/\/+$/, '');
  const encodedPath = filePath.split('/').map(encodeURIComponent).join('/');
  const got = await platformDownload({
    platform: 'Telegram file download',
    url: `${root}/file/bot${token}/${encodedPath}`,
    maxBytes,
    timeoutMs: ctx.requestTimeoutMs,
    secrets: [token],
  });
  // Telegram's file server says application/octet-stream; the message said what the file is.
  const contentType = attachment.mimeType ?? got.contentType;
  const fileName = attachment.name ?? filePath.split('/').pop();
  return { body: got.body, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
}

type Sent = { message_id: number };

/** The field each media method takes its file in, and the Bot API's upload limit for it (photos 10 MB, other files 50 MB). */
const UPLOADS: Partial<Record<TelegramCall['method'], { field: string; maxBytes: number }>> = {
  sendPhoto: { field: 'photo', maxBytes: 10 * 1024 * 1024 },
  sendDocument: { field: 'document', maxBytes: UPLOAD_MAX_BYTES },
  sendAudio: { field: 'audio', maxBytes: UPLOAD_MAX_BYTES },
  sendVideo: { field: 'video', maxBytes: UPLOAD_MAX_BYTES },
};

/**
 * Sends the rendered call. Media whose URL Telegram cannot or will not use go
 * as an upload: a document whose MIME type Telegram refuses by URL at once,
 * any medium after Telegram refused its URL.
 */
export async function sendTelegram(ctx: Ctx, rendered: TelegramCall, message: OutboundMessage): Promise<Sent> {
  const url = message.attachment?.url;
  const upload = UPLOADS[rendered.method];
  if (!upload || !url) return call<Sent>(ctx, rendered.method, rendered.params);
  const mime = message.attachment?.mimeType?.toLowerCase();
  const refusedByType = rendered.method === 'sendDocument' && mime !== undefined && !DOCUMENT_URL_TYPES.has(mime);
  if (!refusedByType) {
    try {
      return await call<Sent>(ctx, rendered.method, rendered.params);
    } catch (err) {
      if (!(err instanceof PermanentSendError && REFUSED_URL.test(err.message))) throw err;
      ctx.logger.debug({ reason: err.message, method: rendered.method }, 'Telegram refused the media URL: uploading the file');
    }
  }
  const file = await downloadForUpload(url, upload.maxBytes, ctx.requestTimeoutMs ?? CALL_TIMEOUT_MS);
  const filename = message.attachment?.name ?? file.fileName ?? 'file';
  return call<Sent>(ctx, rendered.method, { ...rendered.params, [upload.field]: { source: file.body, filename } });
}
