/** The messages between the batch pool and its workers. */
import type { ProcessedArticle } from './process-article.js';

/** A worker's answer for the article with sequence number `seq`. */
export type WorkerReply =
  | { seq: number; result: ProcessedArticle }
  | { seq: number; error: string; /** True when it was a problem with the input. */ input: boolean };
