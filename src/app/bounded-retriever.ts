/**
 * The retriever as the product runs it: on its own connection pool whose
 * statements Postgres cancels after RETRIEVAL_STATEMENT_TIMEOUT_MS, and a
 * cancelled retrieval counts as "nothing found" (the bot then says it is not
 * sure, which feeds escalation) instead of failing the job again and again.
 */
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { isStatementTimeout, sqlStateOf } from '../db/errors.js';
import type { EmbedderHandle } from '../rag/models.js';
import { Retriever } from '../rag/retriever.js';

export class TimeBoundedRetriever extends Retriever {
  constructor(
    db: Db,
    embedder: EmbedderHandle,
    private readonly logger: Logger,
    opts: ConstructorParameters<typeof Retriever>[2] = {},
  ) {
    super(db, embedder, opts);
  }

  /** `retrieve` and the responder both come through here. */
  override async retrieveDetailed(...args: Parameters<Retriever['retrieveDetailed']>): ReturnType<Retriever['retrieveDetailed']> {
    try {
      return await super.retrieveDetailed(...args);
    } catch (err) {
      if (!isStatementTimeout(sqlStateOf(err))) throw err;
      const [tenantId, query, opts] = args;
      this.logger.warn({ tenantId, queryChars: query.length }, 'retrieval cancelled by statement_timeout: answering from nothing');
      // An empty question is answered at once, with nothing and well-formed diagnostics.
      return super.retrieveDetailed(tenantId, '', opts);
    }
  }
}
