/**
 * Security headers of the HTML pages (helmet): a Content-Security-Policy that
 * only runs our own scripts (inline ones by a per-response nonce), nosniff,
 * no referrer, and framing rules per page:
 *
 * - agent inbox, operator pages, queue board: never framed (`frame-ancestors 'none'`, X-Frame-Options DENY);
 * - web chat (`/chat/:id`): framed by the sites the widget is embedded in —
 *   the connection's `allowedOrigins` when set (like its CORS), any site otherwise.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

type DirectiveValue = string | ((req: IncomingMessage, res: ServerResponse) => string);
type Directives = Record<string, DirectiveValue[]>;

/** What a route put in `res.locals` (helmet hands its directive functions the raw response). */
const local = (res: ServerResponse, name: string): string | undefined => {
  const v: unknown = (res as Response).locals?.[name];
  return typeof v === 'string' ? v : undefined;
};

const nonce: DirectiveValue = (_req, res) => `'nonce-${local(res, 'cspNonce') ?? 'missing'}'`;

/** Sets `res.locals.cspNonce`, the nonce of this response's inline `<script>` and `<style>` elements. */
export const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
};

const pageDirectives = (frameAncestors: Directives[string]): Directives => ({
  'default-src': ["'self'"],
  'script-src': [nonce],
  'style-src': [nonce],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': frameAncestors,
});

const common = {
  referrerPolicy: { policy: 'no-referrer' as const },
  // TLS is the reverse proxy's business; a plain-HTTP development gateway must not pin HSTS.
  strictTransportSecurity: false,
};

/** Pages that must never be framed: the agent inbox and the operator login. Use after `cspNonce`. */
export const unframedPageHeaders: RequestHandler = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: pageDirectives(["'none'"]) },
  xFrameOptions: { action: 'deny' },
});

const builtPageCsp = (imgSrc: string[]) =>
  helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': imgSrc,
        'connect-src': ["'self'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
  });

/**
 * Pages built by Vite (web/): scripts and styles are files of our origin, so
 * no nonce and nothing inline; never framed.
 */
export const builtPageHeaders: RequestHandler = builtPageCsp(["'self'", 'data:', 'blob:']);

/**
 * The admin console: as {@link builtPageHeaders}, and images over https too —
 * the widget settings preview shows the web chat's logo, which the chat page
 * itself loads over https (see {@link webchatBuiltPageHeaders}).
 */
export const adminBuiltPageHeaders: RequestHandler = builtPageCsp(["'self'", 'data:', 'blob:', 'https:']);

/**
 * Bull Board's UI (a prebuilt React app): scripts from our origin only, inline
 * styles allowed (its loading screen uses them), never framed.
 */
export const queueBoardHeaders: RequestHandler = helmet({
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
});

/**
 * The `frame-ancestors` value for a web chat connection. Origins are checked
 * again here (they end up in a header): anything that is not a plain
 * http(s) origin is dropped.
 */
export function webchatFrameAncestors(allowedOrigins: readonly string[]): string {
  if (allowedOrigins.length === 0) return '*';
  const origins = allowedOrigins.flatMap((o) => {
    try {
      const u = new URL(o);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o.replace(/\/+$/, '') ? [u.origin] : [];
    } catch {
      return [];
    }
  });
  return ["'self'", ...origins].join(' ');
}

/**
 * The web chat page built by Vite (web/chat/, `/chat/:id`, what the widget's
 * iframe shows): our scripts and styles only, images also over https (the
 * connection's logo), framed by the connection's `allowedOrigins` (set by the
 * route in `res.locals.frameAncestors`, see {@link webchatFrameAncestors}).
 */
export const webchatBuiltPageHeaders: RequestHandler = helmet({
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:', 'https:'],
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': [(_req, res) => local(res, 'frameAncestors') ?? "'none'"],
    },
  },
  // X-Frame-Options cannot list origins; frame-ancestors above decides.
  xFrameOptions: false,
});
