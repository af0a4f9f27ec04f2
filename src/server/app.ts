/**
 * The HTTP API of issue 8 as a Hono app: routes under `/api/v1` defined with zod schemas (which
 * validate requests and make `/api/openapi.json`), limits, problem-details errors, optional CORS,
 * and the web page at `/`. No I/O of its own beyond the runner it is given: `startServer` listens.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { z } from 'zod';
import { VERSION } from '../version.js';
import { findInvalidUtf8 } from '../ingest/utf8-validate.js';
import type { AppContext, RouteModule } from './app-context.js';
import { problemHandler, tooLarge, type ServerLog } from './error-handler.js';
import { InlineRunner } from './inline-runner.js';
import { ApiProblem, invalidRequest, type FieldError } from './problem.js';
import { RequestLimiter } from './request-limiter.js';
import { registerAnalyzeRoutes } from './routes/analyze-routes.js';
import { registerInfoRoutes } from './routes/info-routes.js';
import type { ServerOptions } from './server-options.js';
import { serveStaticSite } from './static-site.js';
import { WorkerPool, type AnalysisRunner } from './worker-pool.js';

/** What `createApp` may be given besides options. */
export interface AppExtras {
  /** Runs analyses; default: a WorkerPool of `options.workers` threads, or inline when 0. */
  runner?: AnalysisRunner;
  /** More routes, added after the built-in ones (e.g. the corpus routes of issue 9). */
  routes?: readonly RouteModule[];
  /** Where unexpected failures are reported, one line each (default: stderr). */
  log?: ServerLog;
}

/** The app, its context, and how to stop its workers. */
export interface SlantApp {
  app: OpenAPIHono;
  context: AppContext;
  close(): Promise<void>;
}

/** Zod issues as fields at fault (dotted paths; unknown keys named one by one). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: at === '' ? key : `${at}.${key}`, detail: 'is not a known field' }));
    }
    return [{ field: at, detail: issue.message }];
  });
}

/** JSON bodies only: 415 otherwise. */
function requireJson(contentType: string | undefined): void {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiProblem(415, 'unsupported-media-type', 'Unsupported media type', 'send the body as application/json', { field: '' });
  }
}

/** The host name of a Host header (`localhost:8080` → `localhost`, `[::1]:8080` → `::1`), lower case. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1] as string;
  return value.replace(/:\d+$/, '');
}

/** Adds the Host check, CORS, the JSON check and the body limit for the API. */
function addMiddleware(app: OpenAPIHono, options: ServerOptions): void {
  const hosts = options.allowedHosts;
  if (hosts !== undefined && !hosts.includes('*')) {
    app.use('*', async (c, next) => {
      const name = hostName(c.req.header('host') ?? '');
      if (!hosts.includes(name) && !name.endsWith('.localhost')) {
        throw new ApiProblem(403, 'host-not-allowed', 'Host not allowed', `this server answers to ${hosts.join(', ')}, not ${JSON.stringify(name)} (a page elsewhere may be reaching it through DNS rebinding); to serve another name, start it with --allow-host ${name || '<name>'}`);
      }
      await next();
    });
  }
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
  });
  if (options.corsOrigins.length > 0) {
    const origin = options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins];
    // Page code must read Retry-After (a full queue) and Content-Disposition (a report's file name).
    app.use('/api/*', cors({ origin, allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['content-type'], exposeHeaders: ['Retry-After', 'Content-Disposition'], maxAge: 600 }));
  }
  const limit = options.limits.maxBodyBytes;
  // A path without a POST route answers 404 or 405 whatever its body (a 415 misled there), so
  // its body is not checked; the routes are looked up once per request.
  const unrouted = new WeakSet<Request>();
  app.post('/api/*', async (c, next) => {
    if (methodsOf(app.routes, c.req.path).includes('POST')) requireJson(c.req.header('content-type'));
    else unrouted.add(c.req.raw);
    await next();
  });
  app.post('/api/*', bodyLimit({ maxSize: limit, onError: () => tooLarge(limit).toResponse() }));
  // JSON is UTF-8: a body that is not would be read with U+FFFD in place of its bad bytes, and
  // analysed; the CLI refuses such a file, and so does the API (the body is kept for the route).
  app.post('/api/*', async (c, next) => {
    if (unrouted.has(c.req.raw)) return next();
    const bad = findInvalidUtf8(new Uint8Array(await c.req.arrayBuffer()));
    if (bad >= 0) throw new ApiProblem(400, 'invalid-utf8', 'Body is not UTF-8', `the body is not valid UTF-8 (byte offset ${bad}): send JSON encoded as UTF-8`, { field: '' });
    await next();
  });
}

/** The methods of the routes (not middleware) whose path pattern matches `path`. */
function methodsOf(routes: readonly { path: string; method: string }[], path: string): string[] {
  const methods = new Set<string>();
  for (const r of routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const pattern = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`);
    if (pattern.test(path)) methods.add(r.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * Builds the app. Routes can be added from another file through `extras.routes`.
 * @example
 * const { app, close } = createApp(serverOptions({ workers: 0 }));
 * const res = await app.request('/api/v1/healthz');
 */
export function createApp(options: ServerOptions, extras: AppExtras = {}): SlantApp {
  const log = extras.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const runner = extras.runner ?? (options.workers > 0 ? new WorkerPool(options.workers) : new InlineRunner());
  const limiter = new RequestLimiter(options.limits.concurrency, options.limits.maxQueue, options.limits.requestTimeoutMs);
  const context: AppContext = { options, runner, limiter, log };
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(fieldErrors(result.error.issues));
    },
  });
  addMiddleware(app, options);
  for (const register of [registerAnalyzeRoutes, registerInfoRoutes, ...(extras.routes ?? [])]) register(app, context);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'slant', version: VERSION, description: 'How news articles try to persuade: techniques, evidence spans, frames and genre.' },
  });
  const page = options.webRoot !== undefined && serveStaticSite(app, options.webRoot);
  if (!page) app.get('/', () => new ApiProblem(404, 'no-web-page', 'Web page not built', 'the web page is not built (run `npm run build`); the API is at /api/v1').toResponse());
  const hasCorpus = (extras.routes ?? []).length > 0;
  app.notFound((c) => {
    const allowed = methodsOf(app.routes, c.req.path);
    if (allowed.length > 0) {
      return new ApiProblem(405, 'method-not-allowed', 'Method not allowed', `${c.req.path} takes ${allowed.join(', ')}, not ${c.req.method}`, { headers: { allow: allowed.join(', ') } }).toResponse();
    }
    // The corpus routes exist only with a store (`slant serve --db`): say so, not just "no route".
    const corpus = !hasCorpus && /^\/api\/v1\/(stats|articles)(\/|$)/.test(c.req.path) ? ': this server has no corpus (start it with slant serve --db FILE)' : '';
    return new ApiProblem(404, 'not-found', 'Not found', `no route for ${c.req.method} ${c.req.path}${corpus}`).toResponse();
  });
  app.onError(problemHandler(log));
  return { app, context, close: () => runner.close() };
}
