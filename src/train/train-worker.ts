/**
 * A training worker thread: runs the `TrainJob`s the main thread posts (train-jobs.ts) one at a
 * time, posting each log line as it comes (`{ line }`) and then the result (`{ result }`), or the
 * error (`{ error }`: its message, and the input it names when it is an InputError, so the main
 * thread reports it as a run in one thread would).
 */
import { parentPort } from 'node:worker_threads';
import { isInputError } from '../errors.js';
import { runTrainJob, type TrainJob } from './train-jobs.js';

parentPort?.on('message', (job: TrainJob) => {
  runTrainJob(job, (line) => parentPort!.postMessage({ line })).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({
      error: { message: error instanceof Error ? error.message : String(error), ...(isInputError(error) ? { place: error.place } : {}) },
    }),
  );
});
