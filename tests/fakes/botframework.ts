/**
 * A fake Bot Framework: one node:http server playing the three Microsoft
 * services a Teams bot talks to, speaking their documented wire formats so the
 * real `botbuilder` code runs in tests.
 *
 * - OpenID metadata + JWKS, as at `https://login.botframework.com/v1/.well-known/openidconfiguration`:
 *   the keys the SDK uses to check the JWT on every channel → bot request.
 *   {@link FakeBotFramework.signChannelToken} mints those JWTs like the channel does.
 * - The Azure AD token endpoint, as at `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`
 *   (client credentials grant): the bearer token for bot → channel calls.
 * - A Bot Connector (`<serviceUrl>/v3/conversations/...`): records every activity the bot
 *   posts with its Authorization header, and can fail on demand (429 + Retry-After, 412, 5xx...);
 *   and serves the files users attach inline (`<serviceUrl>v3/attachments/{id}/views/original`)
 *   to a bot with a token from the token endpoint, as the Bot Connector does.
 *
 * @see https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 * @see https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */
import { KeyObject, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import { readBody, listenLocal } from './http-util.js';
import { writeMedia, type FakeMediaFile } from './media.js';

/** The issuer of channel → bot tokens (`iss`), as the real OpenID metadata states it. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** The scope a bot asks AAD for to call the Bot Connector. */
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';

export interface FakeBotApp {
  appId: string;
  appPassword: string;
  /** Directory the app lives in: `botframework.com` (multi-tenant, default) or a tenant id (single tenant). */
  tenant?: string;
}

export interface FakeBotFrameworkOptions {
  /** App registrations the token endpoint knows. */
  apps?: FakeBotApp[];
  /** Channels the signing key endorses (the SDK checks the activity's channelId against them). Default `['msteams']`. */
  endorsements?: string[];
  /** Do not keep the process alive (for suites that never stop the fake). */
  unref?: boolean;
}

export interface ChannelTokenOptions {
  /** `aud`: the bot's Microsoft App ID. */
  audience: string;
  /** `iss`, default {@link BOT_FRAMEWORK_ISSUER}. */
  issuer?: string;
  /** Seconds from now until `exp`; negative for an expired token. The SDK allows 5 minutes of clock skew. Default 3600. */
  expiresIn?: number;
  /** `serviceurl` claim: the SDK requires it to equal the activity's `serviceUrl`. Omitted when undefined. */
  serviceUrl?: string;
  /** Sign with a key the metadata does not publish, under the published key id: a forgery. */
  forged?: boolean;
  /** `kid` header, default the published key's id. */
  keyId?: string;
  /** `alg: none` and no signature. */
  unsigned?: boolean;
}

export interface FakeTokenRequest {
  tenant: string;
  clientId?: string;
  scope?: string;
  grantType?: string;
  status: number;
  /** The access token handed out, when the request succeeded. */
  accessToken?: string;
  at: number;
}

export interface FakeConnectorCall {
  /** Request path, incl. the serviceUrl's own path (e.g. `/amer/v3/conversations/...`). */
  path: string;
  conversationId: string;
  /** Set for `POST /v3/conversations/{id}/activities/{activityId}` (reply to an activity). */
  replyToId?: string;
  activity: Record<string, unknown>;
  authorization?: string;
  status: number;
  /** Id the fake gave the activity (2xx only). */
  id?: string;
  at: number;
}

export interface FakeConnectorFailure {
  status: number;
  headers?: Record<string, string>;
  /** Never answer (the client's timeout must cancel the request). */
  hang?: boolean;
  /** Only activities of this type fail; default `message` (a typing indicator is best effort and never retried). */
  activityType?: string;
}

export interface FakeBotFramework {
  /** Base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** For BOTFRAMEWORK_OPENID_METADATA_URL. */
  openIdMetadataUrl: string;
  /** For BOTFRAMEWORK_LOGIN_URL: the login host; the token endpoint is `<loginUrl>/<tenant>/oauth2/v2.0/token`. */
  loginUrl: string;
  /** A Bot Connector base to put in activities' `serviceUrl` (with the trailing slash Teams uses). */
  serviceUrl: string;
  keyId: string;
  /** The publishable JWKS entry (with `endorsements`). */
  jwk: Record<string, unknown>;
  tokenRequests: FakeTokenRequest[];
  connectorCalls: FakeConnectorCall[];
  /** How often the OpenID metadata document was fetched. */
  metadataFetches: number;
  /** A JWT like the one the Bot Framework channel puts in `Authorization: Bearer ...`. Synchronous. */
  signChannelToken(opts: ChannelTokenOptions): string;
  /** Every access token the token endpoint handed out. */
  issuedTokens(): string[];
  /** The next matching connector call answers `status` (with `headers`, e.g. `{ 'Retry-After': '1' }`). */
  failNext(status: number, headers?: Record<string, string>, match?: Omit<FakeConnectorFailure, 'status' | 'headers' | 'hang'>): void;
  /** The next message activity gets no answer at all. */
  hangNext(): void;
  /** An inline attachment on the Bot Connector; returns its `contentUrl`. */
  putAttachment(file: FakeMediaFile): string;
  /** Downloads of inline attachments, with the Authorization header sent and the status answered. */
  attachmentDownloads: Array<{ path: string; authorization?: string; status: number }>;
  /** Accepted (2xx) connector calls, optionally for one conversation. */
  delivered(conversationId?: string): FakeConnectorCall[];
  reset(): void;
  stop(): Promise<void>;
}

const METADATA_PATH = '/v1/.well-known/openidconfiguration';
const KEYS_PATH = '/v1/.well-known/keys';
const TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token$/;
const ATTACHMENT_PATH = /\/v3\/attachments\/([^/]+)\/views\/[^/]+$/;
const CONNECTOR_PATH = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const b64url = (v: Buffer | string) => Buffer.from(v).toString('base64url');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/** AAD's error body shape: `error`, `error_description` starting with the AADSTS code, `error_codes`... */
function aadError(status: number, error: string, code: number, description: string): Reply {
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${randomBytes(8).toString('hex')} Correlation ID: ${randomBytes(8).toString('hex')} Timestamp: ${new Date().toISOString()}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomBytes(16).toString('hex'),
      correlation_id: randomBytes(16).toString('hex'),
    },
  };
}

/** The Bot Connector's `ErrorResponse`. */
const connectorError = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });

const FAILURE_CODES: Record<number, [string, string]> = {
  403: ['BotNotInConversationRoster', 'The bot is not part of the conversation roster.'],
  404: ['ConversationNotFound', 'Conversation not found.'],
  412: ['PreconditionFailed', 'The conversation is being updated, retry later.'],
  429: ['TooManyRequests', 'Rate limit exceeded for this conversation.'],
  502: ['BadGateway', 'Upstream service failed.'],
  504: ['GatewayTimeout', 'Upstream service timed out.'],
};

export async function startFakeBotFramework(opts: FakeBotFrameworkOptions = {}): Promise<FakeBotFramework> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const forger = await generateKeyPair('RS256', { extractable: true });
  const signingKey = KeyObject.from(privateKey);
  const forgerKey = KeyObject.from(forger.privateKey);
  const keyId = randomBytes(12).toString('base64url');
  const jwk: Record<string, unknown> = {
    ...(await exportJWK(publicKey)),
    kid: keyId,
    use: 'sig',
    alg: 'RS256',
    endorsements: opts.endorsements ?? ['msteams'],
  };

  const apps = new Map((opts.apps ?? []).map((a) => [a.appId, a]));
  const tokenRequests: FakeTokenRequest[] = [];
  const connectorCalls: FakeConnectorCall[] = [];
  const failures: FakeConnectorFailure[] = [];
  const issued = new Set<string>();
  const attachments = new Map<string, FakeMediaFile>();
  let nextActivityId = Date.now();
  let url = '';

  function handleToken(tenant: string, form: URLSearchParams): Reply {
    const request: FakeTokenRequest = {
      tenant,
      clientId: form.get('client_id') ?? undefined,
      scope: form.get('scope') ?? undefined,
      grantType: form.get('grant_type') ?? undefined,
      status: 0,
      at: Date.now(),
    };
    tokenRequests.push(request);
    const reply = ((): Reply => {
      if (request.grantType !== 'client_credentials') {
        return aadError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
      }
      if (request.scope !== BOT_FRAMEWORK_SCOPE) {
        return aadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope ${request.scope ?? ''} is not valid.`);
      }
      const app = request.clientId ? apps.get(request.clientId) : undefined;
      if (!app || (app.tenant ?? 'botframework.com') !== tenant) {
        return aadError(400, 'unauthorized_client', 700016, `Application with identifier '${request.clientId ?? ''}' was not found in the directory '${tenant}'.`);
      }
      if (form.get('client_secret') !== app.appPassword) {
        return aadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`);
      }
      const accessToken = `fake-aad.${randomBytes(24).toString('base64url')}`;
      issued.add(accessToken);
      request.accessToken = accessToken;
      return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken } };
    })();
    request.status = reply.status;
    return reply;
  }

  function handleConnector(path: string, conversationId: string, replyToId: string | undefined, headers: IncomingMessage['headers'], text: string): Reply | 'hang' {
    let activity: unknown;
    try {
      activity = JSON.parse(text);
    } catch {
      activity = undefined;
    }
    const call: FakeConnectorCall = {
      path,
      conversationId,
      ...(replyToId ? { replyToId } : {}),
      activity: isRecord(activity) ? activity : {},
      ...(headers.authorization ? { authorization: headers.authorization } : {}),
      status: 0,
      at: Date.now(),
    };
    connectorCalls.push(call);
    const reply = ((): Reply | 'hang' => {
      const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
      if (!token || !issued.has(token)) return { status: 401, body: { message: 'Authorization has been denied for this request.' } };
      if (!isRecord(activity) || typeof activity.type !== 'string') return connectorError(400, 'BadArgument', 'Activity type is required.');
      const i = failures.findIndex((f) => f.activityType === undefined || f.activityType === activity.type);
      const failure = i >= 0 ? failures.splice(i, 1)[0] : undefined;
      if (failure?.hang) return 'hang';
      if (failure) {
        const [code, message] = FAILURE_CODES[failure.status] ?? ['ServiceError', `fake failure ${failure.status}`];
        return { ...connectorError(failure.status, code, message), headers: failure.headers ?? {} };
      }
      call.id = String(nextActivityId++);
      return { status: 201, body: { id: call.id } };
    })();
    if (reply !== 'hang') call.status = reply.status;
    return reply;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const text = await readBody(req);
    let reply: Reply | 'hang';
    const attachmentPath = ATTACHMENT_PATH.exec(path);
    if (method === 'GET' && attachmentPath) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const file = attachments.get(decodeURIComponent(attachmentPath[1] ?? ''));
      const status = !token || !issued.has(token) ? 401 : file ? 200 : 404;
      fake.attachmentDownloads.push({ path, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), status });
      if (status === 200 && file) return writeMedia(res, file);
      const body = Buffer.from(JSON.stringify(status === 401 ? { message: 'Authorization has been denied for this request.' } : { error: { code: 'NotFound', message: 'attachment not found' } }));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) });
      return void res.end(body);
    }
    const tokenPath = TOKEN_PATH.exec(path);
    const connectorPath = CONNECTOR_PATH.exec(path);
    if (method === 'GET' && path === METADATA_PATH) {
      fake.metadataFetches++;
      reply = {
        status: 200,
        body: {
          issuer: BOT_FRAMEWORK_ISSUER,
          authorization_endpoint: 'https://invalid.botframework.com',
          jwks_uri: `${url}${KEYS_PATH}`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        },
      };
    } else if (method === 'GET' && path === KEYS_PATH) {
      reply = { status: 200, body: { keys: [jwk] } };
    } else if (method === 'POST' && tokenPath) {
      reply = handleToken(decodeURIComponent(tokenPath[1] ?? ''), new URLSearchParams(text));
    } else if (method === 'POST' && connectorPath) {
      const conversationId = decodeURIComponent(connectorPath[1] ?? '');
      const replyToId = connectorPath[2] === undefined ? undefined : decodeURIComponent(connectorPath[2]);
      reply = handleConnector(path, conversationId, replyToId, req.headers, text);
    } else {
      reply = { status: 404, body: { message: `no route for ${method} ${path}` } };
    }
    if (reply === 'hang') return;
    const payload = Buffer.from(JSON.stringify(reply.body ?? {}));
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers, 'content-length': String(payload.length) });
    res.end(payload);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: err instanceof Error ? err.message : String(err) }));
    });
  });
  url = await listenLocal(server);
  if (opts.unref) server.unref();

  const fake: FakeBotFramework = {
    url,
    openIdMetadataUrl: `${url}${METADATA_PATH}`,
    loginUrl: url,
    serviceUrl: `${url}/amer/`,
    keyId,
    jwk,
    tokenRequests,
    connectorCalls,
    metadataFetches: 0,
    signChannelToken(o) {
      const now = Math.floor(Date.now() / 1000);
      const header = o.unsigned ? { alg: 'none', typ: 'JWT', kid: o.keyId ?? keyId } : { alg: 'RS256', typ: 'JWT', kid: o.keyId ?? keyId, x5t: o.keyId ?? keyId };
      const claims = {
        ...(o.serviceUrl === undefined ? {} : { serviceurl: o.serviceUrl }),
        nbf: now - 300,
        exp: now + (o.expiresIn ?? 3600),
        iss: o.issuer ?? BOT_FRAMEWORK_ISSUER,
        aud: o.audience,
      };
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      if (o.unsigned) return `${input}.`;
      return `${input}.${b64url(sign('RSA-SHA256', Buffer.from(input), o.forged ? forgerKey : signingKey))}`;
    },
    issuedTokens: () => [...issued],
    attachmentDownloads: [],
    putAttachment(file) {
      const id = `0-eus-d1-${randomBytes(16).toString('hex')}`;
      attachments.set(id, file);
      return `${url}/amer/v3/attachments/${id}/views/original`;
    },
    failNext(status, headers = {}, match = {}) {
      failures.push({ status, headers, activityType: 'activityType' in match ? match.activityType : 'message' });
    },
    hangNext() {
      failures.push({ status: 0, hang: true, activityType: 'message' });
    },
    delivered: (conversationId) =>
      connectorCalls.filter((c) => c.status >= 200 && c.status < 300 && (conversationId === undefined || c.conversationId === conversationId)),
    reset() {
      tokenRequests.length = 0;
      connectorCalls.length = 0;
      failures.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return fake;
}
