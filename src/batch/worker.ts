/**
 * The batch worker: receives articles from the main thread, analyses and renders each with the
 * run's settings (given once, as workerData) and posts the result back with its sequence number.
 * Models load once per worker, lazily, on the first article (inside the pipeline).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../document/article.js';
import { isInputError } from '../errors.js';
import { processArticle, type JobSettings } from './process-article.js';
import type { WorkerReply } from './worker-protocol.js';

const settings = workerData as JobSettings;

parentPort?.on('message', (message: { seq: number; article: Article }) => {
  let reply: WorkerReply;
  try {
    reply = { seq: message.seq, result: processArticle(message.article, settings) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    reply = { seq: message.seq, error: text, input: isInputError(error) };
  }
  parentPort!.postMessage(reply);
});
