/**
 * The one place where errors become HTTP statuses (STYLE.md §5): every failure leaves as an RFC
 * 9457 problem, and nothing but a one-line message (never a stack) reaches the client or the log.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isInputError, isModelError } from '../errors.js';
import { ApiProblem, isApiProblem } from './problem.js';
import { AnalysisTimeoutError, RunnerClosedError } from './worker-pool.js';

/** Where the server reports unexpected failures (one line each). */
export type ServerLog = (line: string) => void;

/** The problem for an HTTPException thrown by Hono's middleware (bad JSON, body limit). */
function fromHttpException(error: HTTPException): ApiProblem {
  if (error.status === 413) return tooLarge();
  if (error.status === 400) {
    const detail = /JSON/i.test(error.message) ? 'the body is not valid JSON' : 'the request is malformed';
    return new ApiProblem(400, 'malformed-body', 'Malformed request', detail, { field: '' });
  }
  return new ApiProblem(error.status, 'http-error', 'Request failed', error.message || 'the request failed');
}

/** 413 for a body over the limit. */
export function tooLarge(limitBytes?: number): ApiProblem {
  const detail = limitBytes === undefined ? 'the request body is too large' : `the request body is over the limit of ${limitBytes} bytes`;
  return new ApiProblem(413, 'body-too-large', 'Request body too large', detail);
}

/**
 * The problem for any error thrown while handling a request.
 * @example
 * app.onError(problemHandler(console.error));
 */
export function toProblem(error: unknown, log: ServerLog): ApiProblem {
  if (isApiProblem(error)) return error;
  if (error instanceof HTTPException) return fromHttpException(error);
  if (error instanceof AnalysisTimeoutError) return new ApiProblem(504, 'timeout', 'Analysis timed out', error.message);
  if (error instanceof RunnerClosedError) return new ApiProblem(503, 'shutting-down', 'Shutting down', 'the server is shutting down', { headers: { 'retry-after': '5' } });
  if (isInputError(error)) return new ApiProblem(422, 'unreadable-input', 'Input could not be read', error.message);
  if (isModelError(error)) {
    log(`slant serve: model error: ${error.message}`);
    return new ApiProblem(503, 'model-unavailable', 'Model unavailable', 'the analysis model could not be loaded');
  }
  log(`slant serve: internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  return new ApiProblem(500, 'internal', 'Internal error', 'the server failed to handle this request');
}

/** Hono's `onError` handler. */
export function problemHandler(log: ServerLog): (error: Error, c: Context) => Response {
  return (error) => toProblem(error, log).toResponse();
}
