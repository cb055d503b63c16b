/**
 * Inbound LINE media: images, videos, audio and files a user sent are fetched
 * by message id from the data API host (`LINE_DATA_API_BASE_URL`, api-data.line.me)
 * with the channel access token. LINE keeps them for a limited time: a 404
 * then means gone. Content a user shared from elsewhere (`contentProvider.type:
 * external`) lives at its own https URL, fetched without our token.
 *
 * @see https://developers.line.biz/en/reference/messaging-api/#get-content
 */
import { PermanentSendError } from '../../src/domain/errors.js';
import { platformDownload } from '../platform-http.js';
import type { Attachment, ChannelContext, FetchedMedia } from '../types.js';
import type { LineCredentials } from './line.schema.js';

export async function fetchLineContent(ctx: ChannelContext<LineCredentials>, attachment: Attachment, maxBytes: number): Promise<FetchedMedia> {
  const common = { platform: 'LINE content API', maxBytes, timeoutMs: ctx.requestTimeoutMs };
  let got;
  if (attachment.url) {
    // External content: never send our channel token to someone else's server.
    if (!attachment.url.startsWith('https://')) throw new PermanentSendError('LINE external content is not on an https URL');
    got = await platformDownload({ ...common, platform: 'LINE external content', url: attachment.url });
  } else {
    const messageId = attachment.platformFileId;
    if (!messageId) throw new PermanentSendError('LINE attachment without a message id');
    const url = `${ctx.endpoints.lineDataApiBaseUrl.replace(/\/+$/, '')}/v2/bot/message/${encodeURIComponent(messageId)}/content`;
    got = await platformDownload({ ...common, url, headers: { authorization: `Bearer ${ctx.credentials.channelAccessToken}` } });
  }
  const contentType = got.contentType ?? attachment.mimeType;
  const fileName = attachment.name ?? got.fileName;
  return { body: got.body, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
}
