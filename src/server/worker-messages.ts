/**
 * Messages between the server and its analysis workers; errors cross the thread boundary as
 * `SerializedError` (src/errors.ts), with the server's TextTooLongError restored too.
 */
import { deserializeError as deserializeShared, type SerializedError } from '../errors.js';
import { TextTooLongError, type AnalysisJob, type JobResult } from './analysis-job.js';

/** One job to run. */
export interface WorkerRequest {
  id: number;
  job: AnalysisJob;
}

/** The answer to one request. */
export type WorkerReply = { id: number; result: JobResult } | { id: number; error: SerializedError };

/** The error again, as slant's class where it was one (an input-less InputError names the request). */
export function deserializeError(error: SerializedError): Error {
  if (error.name === 'TextTooLongError') return new TextTooLongError(error.message);
  return deserializeShared(error, 'request');
}
