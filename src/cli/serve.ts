/** `slant serve`: the HTTP API and the web page (issue 8). */
import { InvalidArgumentError, type Command } from 'commander';
import type { CliContext } from './context.js';

/** Options of `slant serve`. */
interface ServeFlags {
  port: number;
  host: string;
  allowPrivate?: boolean;
  cors?: string;
  workers?: number;
  maxQueue?: number;
  timeout?: number;
  db?: string;
  allowHost?: string;
}

/** A whole number within [min, max], for commander. */
function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** Comma-separated origins (`*` for any); each must be an http(s) origin. */
function origins(value: string): string {
  for (const origin of value.split(',').map((s) => s.trim())) {
    // Web pages, and browser extensions (whose pages have origins of their own scheme).
    if (origin !== '*' && !/^(https?|chrome-extension|moz-extension|safari-web-extension):\/\/[^/\s]+$/.test(origin)) throw new InvalidArgumentError(`not an origin: ${origin} (e.g. https://example.org or chrome-extension://<id>)`);
  }
  return value;
}

/** Adds `slant serve` to the program. */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('start the HTTP API (/api/v1) and the web page')
    .option('--port <n>', 'port to listen on (0: any free port)', integer(0, 65535), 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--allow-private', 'allow URLs on private and loopback addresses')
    .option('--cors <origins>', 'allow these origins (comma-separated, or *) to call the API; off by default', origins)
    .option('--workers <n>', 'analysis worker threads (0: on the main thread, where --timeout cannot stop an analysis once it runs); default cores − 1, 1 to 4', integer(0, 64))
    .option('--max-queue <n>', 'requests that may wait for a worker before 503 (default 32)', integer(0, 100_000))
    .option('--timeout <seconds>', 'time limit of one analysis request (default 30)', integer(1, 3600))
    .option('--db <file>', 'also serve this corpus (slant ingest): GET /api/v1/articles and /api/v1/stats')
    .option('--allow-host <names>', 'on a loopback address, answer to these host names too (comma-separated, e.g. behind a proxy; * for any); localhost, 127.0.0.1 and ::1 always')
    .action(async (flags: ServeFlags) => {
      const { availableParallelism } = await import('node:os');
      const { serverOptions, startServer, defaultWebRoot, LOOPBACK_HOSTS } = await import('../server/index.js');
      const limits: { maxQueue?: number; requestTimeoutMs?: number } = {};
      if (flags.maxQueue !== undefined) limits.maxQueue = flags.maxQueue;
      if (flags.timeout !== undefined) limits.requestTimeoutMs = flags.timeout * 1000;
      // On a loopback address only loopback names are answered (DNS rebinding); elsewhere any.
      const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(flags.host);
      const extraHosts = flags.allowHost?.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '') ?? [];
      const allowedHosts = loopback ? [...new Set([...LOOPBACK_HOSTS, flags.host.toLowerCase(), ...extraHosts])] : undefined;
      const partial = { allowPrivate: flags.allowPrivate === true, corsOrigins: flags.cors?.split(',').map((s) => s.trim()) ?? [], webRoot: defaultWebRoot(), limits, ...(allowedHosts ? { allowedHosts } : {}) };
      const options = serverOptions(flags.workers === undefined ? partial : { ...partial, workers: flags.workers }, availableParallelism());
      // Issue 9: the corpus routes, when a corpus is named. The store is opened (checked and
      // migrated) here, so a bad file is one line now; its reads run on a worker thread, so a long
      // stats query holds no other request.
      const store = flags.db === undefined ? undefined : await (await import('../store/open-store.js')).openStore(flags.db);
      const reader = store === undefined ? undefined : new (await import('../store/sqlite/sqlite-reader.js')).SqliteReader(store.location);
      const routes = reader === undefined ? [] : [(await import('../server/corpus-routes.js')).corpusRoutes(reader)];
      const server = await startServer(options, { port: flags.port, host: flags.host }, { log: (line) => ctx.err(line), routes });
      ctx.err(`slant: serving on ${server.url} (API at ${server.url}/api/v1, OpenAPI at ${server.url}/api/openapi.json); Ctrl-C stops`);
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(() => reader?.close()).then(() => store?.close()).then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
