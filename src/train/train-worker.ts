/**
 * A training worker thread: runs the `TrainJob`s the main thread posts (train-jobs.ts) one at a
 * time, posting each log line as it comes (`{ line }`) and then the result (`{ result }`), or the
 * error's message (`{ error }`).
 */
import { parentPort } from 'node:worker_threads';
import { runTrainJob, type TrainJob } from './train-jobs.js';

parentPort?.on('message', (job: TrainJob) => {
  runTrainJob(job, (line) => parentPort!.postMessage({ line })).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
