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

/**
 * The question without runs of search operators that stand for no word
 * (`------`, `- - -`): websearch_to_tsquery fails on long ones ("tsquery stack
 * too small", SQLSTATE XX000), and they mean nothing to any search.
 */
export function withoutBareOperators(q: string): string {
  return q.replace(/-{2,}/g, ' ').replace(/(^|\s)[-!]+(?=\s|$)/g, '$1');
}

export class TimeBoundedRetriever extends Retriever {
  constructor(
    db: Db,
    embedder: EmbedderHandle,
    private readonly logger: Logger,
  ) {
    super(db, embedder);
  }

  override async retrieve(...args: Parameters<Retriever['retrieve']>): ReturnType<Retriever['retrieve']> {
    try {
      const [tenantId, query, opts] = args;
      return await super.retrieve(tenantId, withoutBareOperators(query), opts);
    } catch (err) {
      if (!isStatementTimeout(sqlStateOf(err))) throw err;
      this.logger.warn({ tenantId: args[0], queryChars: args[1].length }, 'retrieval cancelled by statement_timeout: answering from nothing');
      return [];
    }
  }
}
