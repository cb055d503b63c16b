/**
 * The embeddable loader (`/widget.js`): one self-contained IIFE, no hashed
 * name (sites embed a fixed URL), built into dist/web/widget.js beside the pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: path.join(root, '..', 'dist', 'web'),
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2019',
    lib: {
      entry: path.join(root, 'widget', 'loader.ts'),
      name: 'GatewayChatWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
