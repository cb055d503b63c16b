/** Maps typed errors to HTTP answers: a clear status and reason, never a stack trace, never a 500 for bad input. */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import {
  ChannelConnectError,
  ForbiddenError,
  NotFoundError,
  PayloadError,
  UnauthorizedError,
  WebhookAuthError,
} from '../domain/errors.js';

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof WebhookAuthError) return void res.status(401).json(errorBody('unauthorized', err.message));
    if (err instanceof UnauthorizedError) return void res.status(401).json(errorBody('unauthorized', err.message));
    if (err instanceof ForbiddenError) return void res.status(403).json(errorBody('forbidden', err.message));
    if (err instanceof NotFoundError) return void res.status(404).json(errorBody('not_found', err.message));
    if (err instanceof PayloadError) return void res.status(400).json(errorBody('bad_request', err.message, err.details));
    if (err instanceof ChannelConnectError) return void res.status(400).json(errorBody('channel_rejected', err.message));
    // body-parser errors carry a status and a type.
    const e = err as { status?: number; type?: string; message?: string };
    if (e.type === 'entity.too.large') return void res.status(413).json(errorBody('payload_too_large', 'request body too large'));
    if (e.type === 'entity.parse.failed') return void res.status(400).json(errorBody('bad_request', `invalid JSON: ${e.message ?? ''}`));
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return void res.status(e.status).json(errorBody('bad_request', e.message ?? 'bad request'));
    logger.error({ err, path: req.path }, 'unhandled error');
    res.status(500).json(errorBody('internal', 'internal error'));
  };
}
