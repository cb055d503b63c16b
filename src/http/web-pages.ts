/**
 * Serves the browser surfaces built from web/ by Vite (scripts/build-web.mjs →
 * dist/web/): hashed assets under /static/assets (cached for a year), one HTML
 * document per page (never cached, so a new build is picked up at once).
 * A page whose build is missing answers 503 naming the command that builds it.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { PROJECT_ROOT } from '../config/index.js';
import { errorBody } from './errors.js';

export const WEB_DIST_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

export interface WebPages {
  /** Mount at `/static/assets`. */
  assets: RequestHandler;
  /** Sends the built `web/<name>/index.html`. */
  page(name: string): RequestHandler;
}

export function webPages(distDir: string = WEB_DIST_DIR): WebPages {
  const cache = new Map<string, { mtimeMs: number; html: string }>();
  const read = (name: string): string | null => {
    const file = path.join(distDir, name, 'index.html');
    try {
      const { mtimeMs } = statSync(file);
      const hit = cache.get(name);
      if (hit && hit.mtimeMs === mtimeMs) return hit.html;
      const html = readFileSync(file, 'utf8');
      cache.set(name, { mtimeMs, html });
      return html;
    } catch {
      return null;
    }
  };
  return {
    assets: express.static(path.join(distDir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }),
    page: (name) => (_req, res) => {
      const html = read(name);
      if (html === null) return void res.status(503).json(errorBody('web_not_built', 'the browser pages are not built: run `npm run build`'));
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(html);
    },
  };
}
