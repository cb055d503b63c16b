/**
 * Every route the running Express app answers, read from its router stack
 * (Express 5 / router 2: `layer.rawPath`, `layer.route`, nested routers'
 * `handle.stack`). The OpenAPI test compares this table with the document,
 * so a route added without documentation fails the build.
 */
import type { Express } from 'express';

export interface RouteEntry {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. `/api/v1/tickets/:id`. */
  path: string;
  /** The roles its `requireRole` admits; undefined when it has none. */
  roles?: string[];
}

interface LayerLike {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean>; stack?: Array<{ handle?: { allowedRoles?: string[] } }> };
  handle?: { stack?: LayerLike[] };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

function join(prefix: string, p: string): string {
  const joined = `${prefix}/${p}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function walk(stack: LayerLike[], prefix: string, out: RouteEntry[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const p of paths) {
        if (typeof p !== 'string') continue;
        const roles = layer.route.stack?.find((l) => Array.isArray(l.handle?.allowedRoles))?.handle?.allowedRoles;
        for (const [m, on] of Object.entries(layer.route.methods)) {
          if (on && METHODS.has(m)) out.push({ method: m as RouteEntry['method'], path: join(prefix, p), ...(roles ? { roles: [...roles] } : {}) });
        }
      }
    } else if (layer.handle?.stack) {
      walk(layer.handle.stack, typeof layer.rawPath === 'string' ? join(prefix, layer.rawPath) : prefix, out);
    }
  }
}

/** The app's routes, de-duplicated, sorted by path then method. */
export function routeTable(app: Express): RouteEntry[] {
  const router = (app as unknown as { router?: { stack: LayerLike[] } }).router;
  const out: RouteEntry[] = [];
  walk(router?.stack ?? [], '', out);
  const seen = new Set<string>();
  return out
    .filter((r) => {
      const k = `${r.method} ${r.path}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
