/**
 * The HTTP edge of the input rules in `src/domain/input.ts`: JSON bodies
 * (bounded nesting and arrays, no invalid text in any key or value), query
 * strings (no invalid text), and path ids (real UUIDs). Each violation is a
 * 400 naming the field, before any route code runs.
 */
import express, { type RequestHandler, type Router } from 'express';
import { findJsonProblem, hasInvalidText, INVALID_TEXT_MESSAGE, isUuid, type JsonBounds, DEFAULT_JSON_BOUNDS } from '../domain/input.js';
import { NotFoundError, PayloadError } from '../domain/errors.js';

/** express.json, then the JSON bounds and text rules on what it parsed. */
export function jsonBody(opts: { limit: number | string; bounds?: Partial<JsonBounds> }): RequestHandler[] {
  const bounds: JsonBounds = { ...DEFAULT_JSON_BOUNDS, ...opts.bounds };
  const guard: RequestHandler = (req, _res, next) => {
    if (req.body !== undefined && req.body !== null && typeof req.body === 'object') {
      const problem = findJsonProblem(req.body, bounds);
      if (problem) return next(new PayloadError(`${problem.path}: ${problem.message}`));
    }
    next();
  };
  return [express.json({ limit: opts.limit }), guard];
}

/** Rejects a query string whose parameter names or values hold invalid text (400 naming the parameter). */
export const queryGuard: RequestHandler = (req, _res, next) => {
  for (const [name, value] of Object.entries(req.query)) {
    const values = Array.isArray(value) ? value : [value];
    if (hasInvalidText(name)) return next(new PayloadError(`query parameter name ${INVALID_TEXT_MESSAGE}`));
    for (const v of values) {
      if (typeof v === 'string' && hasInvalidText(v)) return next(new PayloadError(`${name}: ${INVALID_TEXT_MESSAGE}`));
    }
  }
  next();
};

/** Path parameters that are ids of rows (UUIDs) wherever they appear. */
export const ID_PARAMS = ['id', 'docId', 'ticketId', 'agentId', 'ruleId', 'conversationId', 'knowledgeBaseId', 'documentId'] as const;

/**
 * Makes every id path parameter of `router` a UUID: anything else is a 400
 * naming the parameter (authenticated API). Returns the router.
 */
export function withIdParams<R extends Router>(router: R): R {
  for (const name of ID_PARAMS) {
    router.param(name, (_req, _res, next, value: unknown) => {
      next(isUuid(value) ? undefined : new PayloadError(`${name}: must be a UUID`));
    });
  }
  return router;
}

/**
 * A connection id in a public URL (webhooks, web chat): anything but a UUID is
 * simply an unknown connection (404), as for a UUID nobody has.
 */
export function connectionIdParam(value: unknown, what = 'channel connection'): string {
  if (!isUuid(value)) throw new NotFoundError(what);
  return value;
}
