/**
 * `GET /widget.js`: the embeddable loader built from web/widget/ (Vite,
 * web/vite.widget.config.ts → dist/web/widget.js). Sites load it with a plain
 * `<script src>` from their own origin, so it is served cacheable for a short
 * while (a new build reaches every site within minutes, without a hashed name)
 * and readable cross-origin. 503 naming the build command while it is missing.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { errorBody } from './errors.js';
import { WEB_DIST_DIR } from './web-pages.js';

export function widgetScript(distDir: string = WEB_DIST_DIR): RequestHandler {
  const file = path.join(distDir, 'widget.js');
  let cached: { mtimeMs: number; body: string } | null = null;
  return (_req, res) => {
    try {
      const { mtimeMs } = statSync(file);
      if (!cached || cached.mtimeMs !== mtimeMs) cached = { mtimeMs, body: readFileSync(file, 'utf8') };
    } catch {
      return void res.status(503).json(errorBody('web_not_built', 'the widget is not built: run `npm run build`'));
    }
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Any site may load the script (what it can then do is decided per connection: CORS and frame-ancestors).
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.send(cached.body);
  };
}
