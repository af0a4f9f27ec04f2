/**
 * The options every reader takes and the result `readInputs` yields, in one place so the single
 * readers and the dispatcher agree.
 */
import type { Article } from '../document/article.js';
import type { InputError } from '../errors.js';

/** Limits and switches for reading inputs. All optional; defaults in {@link DEFAULT_LIMITS}. */
export interface ReadOptions {
  /** Allow URLs whose host is (or resolves to) a private, loopback or link-local address. */
  allowPrivate?: boolean;
  /** Largest file, stdin, page or JSONL line accepted, in bytes (default 10 MB; 5 MB for URLs). */
  maxBytes?: number;
  /** Time limit for fetching one URL, redirects included, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** The stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}

/** One input read: an article, or the error that stopped it. */
/** One article read (with its line in a JSONL corpus), or the failure that replaced it. */
export type InputResult = { input: string; article: Article; line?: number } | { input: string; error: InputError };

/** Default limits (issue 2, item 3). */
export const DEFAULT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxUrlBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
} as const;

/** Bytes as a short human figure: `12 MB`, `2.5 MB`, `0.5 MB`; below 0.01 MB in KB or bytes. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 0.01) return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
  const digits = mb >= 10 ? 0 : mb >= 1 ? 1 : 2;
  return `${Number(mb.toFixed(digits))} MB`;
}
