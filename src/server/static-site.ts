/**
 * Serves the built web page (Vite output) from memory: the files are listed once at start, so a
 * request can only ever get one of them (no path traversal), with a strict Content-Security-Policy
 * that allows the page's own files plus the report view's inline style and script by hash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { cspHash } from '../render/render-html.js';
import { REPORT_CSS } from '../render/report-css.js';
import { REPORT_SCRIPT } from '../render/report-script.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page's CSP: own files, the report's CSS and script by hash, API calls to this origin only. */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src 'self' ${cspHash(REPORT_SCRIPT)}`,
  `style-src 'self' ${cspHash(REPORT_CSS)}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface StaticFile {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

/** Every file under `root`, keyed by URL path (`/index.html`, `/assets/app-1a2b.js`). */
function listFiles(root: string, prefix = ''): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(root).sort()) {
    const full = path.join(root, name);
    const url = `${prefix}/${name}`;
    if (statSync(full).isDirectory()) {
      for (const [k, v] of listFiles(full, url)) files.set(k, v);
      continue;
    }
    const type = TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
    files.set(url, { body: readFileSync(full), type, immutable: url.startsWith('/assets/') });
  }
  return files;
}

/**
 * Adds `GET /` and the page's files to `app`; returns false (and adds nothing) when `root` holds
 * no `index.html`, e.g. in a checkout where the page was never built.
 * @example
 * serveStaticSite(app, 'dist/web');
 */
export function serveStaticSite(app: OpenAPIHono, root: string): boolean {
  let files: Map<string, StaticFile>;
  try {
    files = listFiles(root);
  } catch {
    return false;
  }
  if (!files.has('/index.html')) return false;
  app.get('*', async (c, next) => {
    const key = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(key);
    if (file === undefined) return next();
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (file.type.startsWith('text/html')) {
      headers['content-security-policy'] = PAGE_CSP;
      headers['referrer-policy'] = 'no-referrer';
    }
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers);
  });
  return true;
}

/** The folder of the built page next to this module: `dist/web` from `dist/server` or from `src/server`. */
export function defaultWebRoot(): string {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const fromDist = path.resolve(here, '..', 'web');
  const fromSrc = path.resolve(here, '..', '..', 'dist', 'web');
  return here.split(path.sep).includes('dist') ? fromDist : fromSrc;
}
