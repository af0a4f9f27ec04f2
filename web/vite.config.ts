/**
 * Builds the web page of issue 8 into `dist/web/` (served by `slant serve`). The page imports the
 * report view from `src/render/` so the HTML report and the page share one view; `node:crypto`
 * (used by the report's CSP hashes) is replaced by a small SHA-256 for the browser.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [preact()],
  resolve: { alias: { 'node:crypto': here('src/sha256-shim.ts') } },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
