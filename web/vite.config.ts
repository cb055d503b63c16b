/**
 * The browser surfaces (built by `node scripts/build-web.mjs`, served by the gateway):
 * one HTML entry per page under web/<page>/index.html, assets under /static/.
 * The embeddable widget (`/widget.js`) has its own build: web/vite.widget.config.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Every folder of web/ with an index.html is a page (chat, inbox, admin, login, docs…). */
const pages = Object.fromEntries(
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'index.html')))
    .map((d) => [d.name, path.join(root, d.name, 'index.html')]),
);

export default defineConfig({
  root,
  base: '/static/',
  plugins: [preact()],
  build: {
    outDir: path.join(root, '..', 'dist', 'web'),
    emptyOutDir: false,
    sourcemap: true,
    // The API docs page carries Swagger UI (~1.5 MB); the customer-facing bundles have their own budget test.
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: pages },
  },
});
