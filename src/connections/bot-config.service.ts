/**
 * A channel's bot (seed 000 RAGSystem): which knowledge bases it answers from,
 * how sure it must be to answer, its greeting and its name. Without a stored
 * config the bot uses every active knowledge base of the tenant and
 * RAG_UNSURE_THRESHOLD.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { channelBotConfigs, channelConnections, knowledgeBases } from '../../drizzle/schema.js';
import { rawClient, type Db } from '../db/client.js';
import { pinnedOr } from '../db/pinned-connection.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';
import type { WebchatWidgetSettings } from '../../channels/webchat/webchat.schema.js';

export interface BotConfigInput {
  /** null: every active knowledge base of the tenant. */
  knowledgeBaseIds: string[] | null;
  /** null: RAG_UNSURE_THRESHOLD. */
  answerThreshold: number | null;
  greeting: string | null;
  botName: string | null;
  /** Web chat widget look (public, see `GET /api/v1/webchat/:id/config`); undefined keeps the stored one, null clears it. */
  widget?: WebchatWidgetSettings | null;
}

export interface BotConfigView extends Omit<BotConfigInput, 'widget'> {
  widget: WebchatWidgetSettings | null;
  channelId: string;
  /** True when nothing is stored and the defaults apply. */
  isDefault: boolean;
  /** The threshold in force (the stored one or RAG_UNSURE_THRESHOLD). */
  effectiveThreshold: number;
  updatedAt: string | null;
}

/** What the responder needs for one channel (undefined knowledgeBaseIds = the tenant's default scope). */
export interface ResolvedBotConfig {
  knowledgeBaseIds?: string[];
  answerThreshold?: number;
  greeting?: string;
  botName?: string;
}

export interface BotConfigSource {
  forChannel(tenantId: string, connectionId: string): Promise<ResolvedBotConfig>;
}

export class BotConfigService implements BotConfigSource {
  constructor(
    private readonly db: Db,
    private readonly defaultThreshold: number,
  ) {}

  private async assertChannel(tenantId: string, channelId: string): Promise<void> {
    const [row] = await this.db
      .select({ id: channelConnections.id })
      .from(channelConnections)
      .where(and(eq(channelConnections.tenantId, tenantId), eq(channelConnections.id, channelId)))
      .limit(1);
    if (!row) throw new NotFoundError('channel');
  }

  async get(tenantId: string, channelId: string): Promise<BotConfigView> {
    await this.assertChannel(tenantId, channelId);
    const [row] = await this.db
      .select()
      .from(channelBotConfigs)
      .where(and(eq(channelBotConfigs.tenantId, tenantId), eq(channelBotConfigs.connectionId, channelId)))
      .limit(1);
    return {
      channelId,
      knowledgeBaseIds: row?.knowledgeBaseIds ?? null,
      answerThreshold: row?.answerThreshold ?? null,
      greeting: row?.greeting ?? null,
      botName: row?.botName ?? null,
      widget: (row?.widget as WebchatWidgetSettings | null | undefined) ?? null,
      isDefault: !row,
      effectiveThreshold: row?.answerThreshold ?? this.defaultThreshold,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  /** Replaces the channel's config. Every knowledge base must be the tenant's (else 400 naming it). */
  async put(tenantId: string, channelId: string, input: BotConfigInput): Promise<BotConfigView> {
    await this.assertChannel(tenantId, channelId);
    const ids = input.knowledgeBaseIds === null ? null : [...new Set(input.knowledgeBaseIds)];
    if (ids && ids.length > 0) {
      const found = await this.db
        .select({ id: knowledgeBases.id })
        .from(knowledgeBases)
        .where(and(eq(knowledgeBases.tenantId, tenantId), inArray(knowledgeBases.id, ids)));
      const known = new Set(found.map((r) => r.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) throw new PayloadError(`knowledgeBaseIds: no knowledge base ${unknown.join(', ')} in this tenant`);
    }
    const values = {
      knowledgeBaseIds: ids,
      answerThreshold: input.answerThreshold,
      greeting: input.greeting,
      botName: input.botName,
      ...(input.widget !== undefined ? { widget: input.widget } : {}),
    };
    await this.db
      .insert(channelBotConfigs)
      .values({ connectionId: channelId, tenantId, ...values })
      .onConflictDoUpdate({ target: channelBotConfigs.connectionId, set: { ...values, updatedAt: sql`now()` } });
    return this.get(tenantId, channelId);
  }

  /** What the web chat page shows before anyone writes: the bot's name, greeting and the widget's look (all public). */
  async widgetOf(tenantId: string, connectionId: string): Promise<{ botName: string | null; greeting: string | null; widget: WebchatWidgetSettings | null }> {
    const [row] = await this.db
      .select({ botName: channelBotConfigs.botName, greeting: channelBotConfigs.greeting, widget: channelBotConfigs.widget })
      .from(channelBotConfigs)
      .where(and(eq(channelBotConfigs.tenantId, tenantId), eq(channelBotConfigs.connectionId, connectionId)))
      .limit(1);
    return { botName: row?.botName ?? null, greeting: row?.greeting ?? null, widget: (row?.widget as WebchatWidgetSettings | null | undefined) ?? null };
  }

  /**
   * Read on every answer (a change applies from the next message on): a tagged template of the driver
   * (prepared once per connection), on the connection a conversation job pinned when there is one
   * (src/db/pinned-connection.ts).
   */
  async forChannel(tenantId: string, connectionId: string): Promise<ResolvedBotConfig> {
    const [row] = await pinnedOr(rawClient(this.db))<Array<{ knowledge_base_ids: string[] | null; answer_threshold: number | null; greeting: string | null; bot_name: string | null }>>`
      select knowledge_base_ids, answer_threshold, greeting, bot_name from channel_bot_configs
      where tenant_id = ${tenantId} and connection_id = ${connectionId}`;
    if (!row) return {};
    return {
      ...(row.knowledge_base_ids ? { knowledgeBaseIds: row.knowledge_base_ids } : {}),
      ...(row.answer_threshold !== null ? { answerThreshold: row.answer_threshold } : {}),
      ...(row.greeting ? { greeting: row.greeting } : {}),
      ...(row.bot_name ? { botName: row.bot_name } : {}),
    };
  }
}
