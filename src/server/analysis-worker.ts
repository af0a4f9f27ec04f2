/**
 * The body of an analysis worker thread: receives `{ id, job }`, answers `{ id, result }` or
 * `{ id, error }`. Runs the same job as the main-thread runner.
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './analysis-job.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';
import { serializeError } from '../errors.js';

const port = parentPort;
if (port === null) throw new Error('slant: analysis-worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, result: runJob(request.job) };
  } catch (error) {
    reply = { id: request.id, error: serializeError(error) };
  }
  port.postMessage(reply);
});
