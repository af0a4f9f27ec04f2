/**
 * Settings of the HTTP API (issue 8): where it listens, what it allows, and its limits. Every
 * limit has a default here, in one place, and the tests shrink them to stay fast.
 */

/** The limits one server enforces. */
export interface ServerLimits {
  /** Largest request body in bytes; larger bodies get 413 (default 2 MiB). */
  maxBodyBytes: number;
  /** Longest article text in code points (characters), given or extracted (default 200,000). */
  maxTextChars: number;
  /** Time allowed for one analysis request, URL fetch included, in ms (default 30 s); then 504. */
  requestTimeoutMs: number;
  /** Time allowed for fetching a URL, redirects included, in ms (default 15 s). */
  fetchTimeoutMs: number;
  /** Largest page fetched for a URL, in bytes (default 5 MiB). */
  maxPageBytes: number;
  /** Analyses run at the same time (default: the worker count, at least 1). */
  concurrency: number;
  /** Requests waiting for a free slot; one more gets 503 with Retry-After (default 32). */
  maxQueue: number;
  /** Time a client may take to send its headers, in ms (default 10 s). */
  headersTimeoutMs: number;
  /** Time a client may take to send the whole request, in ms (default 30 s); slow clients are cut off. */
  socketRequestTimeoutMs: number;
}

/** What `createApp` needs. */
export interface ServerOptions {
  /** Allow URLs on private, loopback and link-local addresses (`--allow-private`). */
  allowPrivate: boolean;
  /** Origins allowed by CORS; empty means CORS is off (the default). `*` allows any origin. */
  corsOrigins: readonly string[];
  limits: ServerLimits;
  /**
   * Worker threads that run analyses; 0 runs them on the main thread (yielding between
   * requests). Default: cores − 1, between 1 and 4.
   */
  workers: number;
  /** Folder of the built web page; absent: the page is not served (the API still is). */
  webRoot?: string;
  /**
   * Host names the server answers to (the Host header's, without the port); absent: any. A
   * server on a loopback address answers to loopback names only, so that a web page elsewhere
   * cannot reach it through DNS rebinding (a name of its own that resolves to 127.0.0.1) and
   * read the corpus.
   */
  allowedHosts?: readonly string[];
}

/** The names a server on a loopback address answers to. */
export const LOOPBACK_HOSTS: readonly string[] = Object.freeze(['localhost', '127.0.0.1', '::1']);

/** Default limits. */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = {
  maxBodyBytes: 2 * 1024 * 1024,
  maxTextChars: 200_000,
  requestTimeoutMs: 30_000,
  fetchTimeoutMs: 15_000,
  maxPageBytes: 5 * 1024 * 1024,
  concurrency: 0,
  maxQueue: 32,
  headersTimeoutMs: 10_000,
  socketRequestTimeoutMs: 30_000,
};

/** Worker count for this machine: cores − 1, between 1 and 4. */
export function defaultWorkers(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Complete options from partial ones: defaults filled in, concurrency defaulting to the workers.
 * @example
 * const options = serverOptions({ allowPrivate: true, limits: { maxQueue: 4 } });
 */
export function serverOptions(partial: Partial<Omit<ServerOptions, 'limits'>> & { limits?: Partial<ServerLimits> } = {}, cores = 2): ServerOptions {
  const workers = partial.workers ?? defaultWorkers(cores);
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...partial.limits };
  if (limits.concurrency <= 0) limits.concurrency = Math.max(1, workers);
  const out: ServerOptions = {
    allowPrivate: partial.allowPrivate ?? false,
    corsOrigins: partial.corsOrigins ?? [],
    limits,
    workers,
  };
  if (partial.webRoot !== undefined) out.webRoot = partial.webRoot;
  if (partial.allowedHosts !== undefined) out.allowedHosts = partial.allowedHosts;
  return out;
}
