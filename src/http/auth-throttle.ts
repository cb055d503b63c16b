/**
 * Failed-authentication throttling in front of API-key authentication: a
 * client IP (or a key prefix, from any IP) that has failed too often within
 * AUTH_FAILURE_WINDOW_SECONDS gets 429 with Retry-After, before its key is
 * even looked up. Every 401 the API answers counts as a failure.
 */
import type { Request, RequestHandler } from 'express';
import type { AbuseLimits } from '../security/abuse-limits.js';

/** The `<prefix>` of a presented `gwk_<prefix>_<secret>` key, when it has that shape. */
export function presentedKeyPrefix(req: Request): string | null {
  const header = req.headers.authorization;
  const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  return /^gwk_([0-9a-f]{8})_/.exec(key ?? '')?.[1] ?? null;
}

export function authThrottle(limits: AbuseLimits): RequestHandler {
  return async (req, res, next) => {
    const ip = req.ip ?? 'unknown';
    const prefix = presentedKeyPrefix(req);
    await limits.assertAuthAllowed(ip, prefix);
    res.on('finish', () => {
      if (res.statusCode === 401) void limits.recordAuthFailure(ip, prefix);
    });
    next();
  };
}
