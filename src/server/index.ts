/**
 * The HTTP API and web page of issue 8. `createApp` builds the Hono app (routes can be added with
 * `extras.routes`); `startServer` listens on a port.
 */

/** Building and starting the server. */
export { createApp, type AppExtras, type SlantApp } from './app.js';
export { startServer, type RunningServer, type ListenOptions } from './start-server.js';
export { serverOptions, DEFAULT_LIMITS, LOOPBACK_HOSTS, defaultWorkers, type ServerOptions, type ServerLimits } from './server-options.js';
/** For route modules added from other files. */
export type { ApiApp, AppContext, RouteModule } from './app-context.js';
export { ApiProblem, isApiProblem, invalidRequest, PROBLEM_TYPE, type ProblemBody, type FieldError } from './problem.js';
export { problemResponse, ProblemSchema } from './api-schemas.js';
/** Analysis runners. */
export { WorkerPool, AnalysisTimeoutError, RunnerClosedError, type AnalysisRunner } from './worker-pool.js';
export { runJob, TextTooLongError, type AnalysisJob, type JobResult, type JobSource } from './analysis-job.js';
export { InlineRunner } from './inline-runner.js';
export { defaultWebRoot } from './static-site.js';
