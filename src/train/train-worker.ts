/**
 * A training worker thread: runs the `TrainJob`s the main thread posts (train-jobs.ts) one at a
 * time, posting each log line as it comes (`{ line }`) and then the result (`{ result }`), or the
 * error (`{ error }`, serialised so an InputError arrives as one, naming its file).
 */
import { parentPort } from 'node:worker_threads';
import { serializeError } from '../errors.js';
import { runTrainJob, type TrainJob } from './train-jobs.js';

parentPort?.on('message', (job: TrainJob) => {
  runTrainJob(job, (line) => parentPort!.postMessage({ line })).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: serializeError(error) }),
  );
});
