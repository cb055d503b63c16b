/**
 * Inbound Teams attachments.
 *
 * - Inline images (and other files pasted into a chat) live on the Bot
 *   Connector (`<serviceUrl>v3/attachments/{id}/views/original`, or a Teams
 *   media host) and are fetched with the bot's Bearer token. The token goes
 *   only to the activity's own serviceUrl host or a Bot Framework / Teams host.
 * - Any other `contentUrl` is fetched anonymously, and only over https.
 * - Files shared from OneDrive/SharePoint (`application/vnd.microsoft.teams.file.download.info`):
 *   `contentUrl` needs the user's own sign-in, and the pre-authenticated
 *   `downloadUrl` is a short-lived secret the gateway never stores; the file
 *   stays a reference (name and SharePoint link) and the download fails for good.
 *
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/bots-filesv4#receive-files-in-personal-chat
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-messages#inline-images
 */
import { PermanentSendError } from '../../src/domain/errors.js';
import { platformDownload } from '../platform-http.js';
import type { Attachment, ChannelContext, FetchedMedia, InboundRef } from '../types.js';
import { botConnectorToken, requestTimeout } from './teams.botframework.js';
import type { TeamsCredentials } from './teams.schema.js';

/** Hosts of the Bot Connector and Teams' media store, which want the bot's token. */
const BOT_HOSTS = ['smba.trafficmanager.net', 'botframework.com', 'botframework.azure.us', 'asm.skype.com'];

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
};

function wantsBotToken(url: URL, inbound: InboundRef): boolean {
  const serviceUrl = inbound.payload.platform?.teamsServiceUrl;
  if (typeof serviceUrl === 'string' && hostOf(serviceUrl) === url.host.toLowerCase()) return true;
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && BOT_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

export async function fetchTeamsAttachment(ctx: ChannelContext<TeamsCredentials>, attachment: Attachment, inbound: InboundRef, maxBytes: number): Promise<FetchedMedia> {
  if (attachment.platformFileId) {
    throw new PermanentSendError('Teams file shared from OneDrive/SharePoint: readable only through its short-lived downloadUrl, which is not stored');
  }
  if (!attachment.url) throw new PermanentSendError('Teams attachment without a contentUrl');
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    throw new PermanentSendError('Teams attachment with an unreadable contentUrl');
  }
  const withToken = wantsBotToken(url, inbound);
  if (!withToken && url.protocol !== 'https:') throw new PermanentSendError('Teams attachment URL is neither on the Bot Connector nor https');
  const headers: Record<string, string> = withToken ? { authorization: `Bearer ${await botConnectorToken(ctx)}` } : {};
  const got = await platformDownload({ platform: withToken ? 'Bot Connector attachment' : 'Teams attachment', url, headers, maxBytes, timeoutMs: requestTimeout(ctx) });
  const contentType = got.contentType ?? attachment.mimeType;
  const fileName = attachment.name ?? got.fileName;
  return { body: got.body, ...(contentType ? { contentType } : {}), ...(fileName ? { fileName } : {}) };
}
