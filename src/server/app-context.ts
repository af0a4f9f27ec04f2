/**
 * What every route gets: the options, the runner and limiter of analyses, the log. Route modules
 * (this folder's `routes/`, and others such as the corpus routes of issue 9) are functions of the
 * app and this context, so routes can be added from another file without touching `createApp`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { RequestLimiter } from './request-limiter.js';
import type { ServerLog } from './error-handler.js';
import type { ServerOptions } from './server-options.js';
import type { AnalysisRunner } from './worker-pool.js';

/** The Hono app of the API (routes defined with their zod schemas). */
export type ApiApp = OpenAPIHono;

/** Shared state of one server. */
export interface AppContext {
  options: ServerOptions;
  runner: AnalysisRunner;
  limiter: RequestLimiter;
  log: ServerLog;
}

/**
 * Adds routes to the app, e.g. `GET /api/v1/articles` from the corpus store.
 * @example
 * const corpusRoutes: RouteModule = (app, ctx) => { app.get('/api/v1/articles', (c) => c.json([])); };
 * createApp(options, { routes: [corpusRoutes] });
 */
export type RouteModule = (app: ApiApp, ctx: AppContext) => void;
