/**
 * The body of an analysis worker thread: receives `{ id, article, options }`, answers
 * `{ id, analysis }` or `{ id, error }`. Runs the same `analyzeArticle` as the CLI.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../pipeline/analyze.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';
import { serializeError } from './worker-messages.js';

const port = parentPort;
if (port === null) throw new Error('slant: analysis-worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, analysis: analyzeArticle(request.article, request.options) };
  } catch (error) {
    reply = { id: request.id, error: serializeError(error) };
  }
  port.postMessage(reply);
});
