/**
 * Messages between the server and its analysis workers, and how errors cross the thread
 * boundary (structured clone drops the class of an Error, so its name travels apart).
 */
import { InputError, ModelError, SlantError } from '../errors.js';
import { TextTooLongError, type AnalysisJob, type JobResult } from './analysis-job.js';

/** One job to run. */
export interface WorkerRequest {
  id: number;
  job: AnalysisJob;
}

/** An error as it crosses threads. */
export interface SerializedError {
  name: string;
  message: string;
  input?: string;
}

/** The answer to one request. */
export type WorkerReply = { id: number; result: JobResult } | { id: number; error: SerializedError };

/** An error in a form that survives `postMessage`. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof InputError) return { name: error.name, message: error.message, input: error.place.input };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error again, as slant's class where it was one. */
export function deserializeError(error: SerializedError): Error {
  if (error.name === 'InputError') return new InputError({ input: error.input ?? 'request' }, error.message);
  if (error.name === 'ModelError') return new ModelError(error.message);
  if (error.name === 'TextTooLongError') return new TextTooLongError(error.message);
  if (error.name === 'SlantError') return new SlantError(error.message);
  return new Error(error.message);
}
