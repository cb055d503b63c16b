/**
 * The `botbuilder` wiring of the Teams channel: which Bot Framework
 * authentication options a connection uses, and how the bot gets its token for
 * the Bot Connector. Everything else (JWT validation, connector client, token
 * cache, request signing, proactive turns) is the SDK's own code.
 *
 * The SDK (botbuilder, botframework-connector and their Azure dependencies) is
 * loaded on the first Teams request or send, not when the channel registry is
 * imported: a process that never meets a Teams connection never carries it.
 *
 * @see https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { AuthenticatorResult, ServiceClientCredentials } from 'botframework-connector';
import { RetryableSendError } from '../../src/domain/errors.js';
import { DEFAULT_TIMEOUT_MS, platformFetch, sendErrorForStatus } from '../platform-http.js';
import type { ChannelContext } from '../types.js';
import { aadErrorResponseSchema, aadTokenResponseSchema, type TeamsCredentials } from './teams.schema.js';

type Ctx = ChannelContext<TeamsCredentials>;

const DEFAULT_LOGIN_URL = 'https://login.microsoftonline.com';
/** The SDK's `AuthenticationConstants.DefaultChannelAuthTenant`. */
const DEFAULT_CHANNEL_AUTH_TENANT = 'botframework.com';
/** The SDK's `AuthenticationConstants.ToChannelFromBotOAuthScope`: the audience of the bot's Bot Connector tokens. */
export const BOT_CONNECTOR_SCOPE = 'https://api.botframework.com';

/**
 * OAuth 2.0 client credentials grant against `<login>/<tenant>/oauth2/v2.0/token`, as the Bot Framework
 * documents it. A refusal is the typed error of its status (channels/platform-http.ts), with AAD's reason.
 */
export async function requestToken(tokenUrl: string, clientId: string, secret: string, scope: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<AuthenticatorResult> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: scope.endsWith('/.default') ? scope : `${scope}/.default` });
  const res = await platformFetch({ platform: 'Azure AD token endpoint', url: tokenUrl, method: 'POST', form, timeoutMs });
  if (!res.ok) {
    const aad = aadErrorResponseSchema.safeParse(res.json);
    const reason = (aad.success ? (aad.data.error_description ?? aad.data.error).split(' Trace ID:')[0] : undefined) ?? `HTTP ${res.status}`;
    throw sendErrorForStatus(res.status, `Azure AD token request failed (${res.status}): ${reason}`, { retryAfter: res.headers.get('retry-after') });
  }
  const token = aadTokenResponseSchema.safeParse(res.json);
  if (!token.success) throw new RetryableSendError('unexpected token response from Azure AD', { status: res.status });
  return { accessToken: token.data.access_token, expiresOn: new Date(Date.now() + token.data.expires_in * 1000) };
}

/**
 * The SDK, loaded once on first use, and the two classes that extend it.
 *
 * `ClientSecretCredentials` — bot → channel credentials. The SDK's own `MsalAppCredentials` refuses non-https
 * authorities and asks login.microsoftonline.com about unknown ones, so it cannot
 * talk to a configured login URL such as a local fake; this subclass only replaces
 * how the token is fetched. Caching and request signing stay the SDK's (`AppCredentials`).
 *
 * `TeamsCredentialsFactory` — the SDK's password factory (it decides which audiences are ours), with `ClientSecretCredentials`.
 */
async function loadSdk() {
  const [botbuilder, connector] = await Promise.all([import('botbuilder'), import('botframework-connector')]);
  const { AppCredentials, PasswordServiceClientCredentialFactory } = connector;

  class ClientSecretCredentials extends AppCredentials {
    constructor(appId: string, private readonly secret: string, private readonly tokenUrl: string, scope: string | undefined, private readonly timeoutMs: number) {
      super(appId, undefined, scope);
    }
    protected refreshToken(): Promise<AuthenticatorResult> {
      return requestToken(this.tokenUrl, this.appId, this.secret, this.oAuthScope, this.timeoutMs);
    }
  }

  class TeamsCredentialsFactory extends PasswordServiceClientCredentialFactory {
    constructor(appId: string, password: string, tenantId: string | undefined, private readonly timeoutMs: number) {
      // The SDK stores tenantId as given; undefined is its two-argument overload.
      super(appId, password, tenantId as string);
    }
    override async createCredentials(appId: string, audience: string | undefined, loginEndpoint: string): Promise<ServiceClientCredentials> {
      if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
      return new ClientSecretCredentials(appId, this.password ?? '', `${loginEndpoint}/oauth2/v2.0/token`, audience, this.timeoutMs);
    }
  }

  return { botbuilder, connector, TeamsCredentialsFactory };
}

let sdk: ReturnType<typeof loadSdk> | undefined;
/** A failed load (a broken install) is not remembered: the next request tries again. */
const theSdk = () => (sdk ??= loadSdk().catch((err: unknown) => ((sdk = undefined), Promise.reject(err))));

/**
 * The bot's Bearer token for the Bot Connector (for inline attachments it must
 * download): the SDK's credentials, hence its process-wide token cache.
 */
export async function botConnectorToken(ctx: Ctx): Promise<string> {
  const { appId, appPassword, appTenantId } = ctx.credentials;
  const { connector, TeamsCredentialsFactory } = await theSdk();
  const factory = new TeamsCredentialsFactory(appId, appPassword, appTenantId, requestTimeout(ctx));
  const credentials = await factory.createCredentials(appId, BOT_CONNECTOR_SCOPE, loginUrl(ctx));
  if (!(credentials instanceof connector.AppCredentials)) throw new RetryableSendError('Bot Framework credentials without a token');
  return credentials.getToken();
}

/** How long one Bot Connector or token call may take. */
export const requestTimeout = (ctx: Ctx) => ctx.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;

/** `<login host>/<tenant>`: the SDK's `ToChannelFromBotLoginUrl`; the token endpoint is below it. */
export const loginUrl = (ctx: Ctx) => `${(ctx.endpoints.botframeworkLoginUrl ?? DEFAULT_LOGIN_URL).replace(/\/+$/, '')}/${ctx.credentials.appTenantId ?? DEFAULT_CHANNEL_AUTH_TENANT}`;

/** Built per call from the connection's credentials: cheap (once the SDK is loaded), and never stale after a credential change. */
export async function botFramework(ctx: Ctx): Promise<{ auth: ConfigurationBotFrameworkAuthentication; adapter: CloudAdapter }> {
  const { appId, appPassword, appTenantId } = ctx.credentials;
  const { botbuilder, connector, TeamsCredentialsFactory } = await theSdk();
  const { AuthenticationConstants } = connector;
  const { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication } = botbuilder;
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      // Channel → bot: JWTs issued by the Bot Framework, keys (and endorsements) from this OpenID metadata.
      ToBotFromChannelOpenIdMetadataUrl: ctx.endpoints.botframeworkOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      // Bot → channel: tokens for the Bot Connector from the app's tenant on the login host.
      ToChannelFromBotLoginUrl: loginUrl(ctx),
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    },
    new TeamsCredentialsFactory(appId, appPassword, appTenantId, requestTimeout(ctx)),
  );
  return { auth, adapter: new CloudAdapter(auth) };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface PipelineLike {
  removePolicy(options: { phase: 'Retry' }): unknown;
  addPolicy(policy: { name: string; sendRequest(request: { timeout: number }, next: (request: { timeout: number }) => Promise<unknown>): Promise<unknown> }): void;
}
const isPipeline = (v: unknown): v is PipelineLike => isRecord(v) && typeof v.removePolicy === 'function' && typeof v.addPolicy === 'function';

/**
 * The connector's HTTP pipeline retries 429/5xx/resets up to 3 times by default. A send
 * is not idempotent, and retries belong to the job (deterministic id, backoff, attempt
 * cap), so the retry policy is removed and a timeout added. The pipeline sits behind a
 * private field of the SDK's client: checked at run time, and logged if it ever moves.
 */
export function withoutHiddenRetries(turn: TurnContext, ctx: Ctx): void {
  const connector: unknown = turn.turnState.get(turn.adapter.ConnectorClientKey);
  const pipeline = isRecord(connector) && isRecord(connector.client) ? connector.client.pipeline : undefined;
  if (!isPipeline(pipeline)) return void ctx.logger.warn('Bot Connector client has no reachable HTTP pipeline: SDK retries stay on');
  pipeline.removePolicy({ phase: 'Retry' });
  pipeline.addPolicy({ name: 'gatewayRequestTimeout', sendRequest: (request, next) => ((request.timeout = requestTimeout(ctx)), next(request)) });
}

