/** Shared helpers of the server tests: a real server on a loopback port, JSON posting, fake runners. */
import { after } from 'node:test';
import { runJob, serverOptions, startServer, type AnalysisJob, type AppExtras, type JobResult, type RunningServer, type ServerLimits, type ServerOptions } from '../src/server/index.js';
import type { AnalysisRunner } from '../src/server/worker-pool.js';

/** Options of a test server. */
export type TestServerOptions = Partial<Omit<ServerOptions, 'limits'>> & { limits?: Partial<ServerLimits> };

/** Starts a server on 127.0.0.1:0 (inline runner unless `workers` is given), closed after the file's tests. */
export async function testServer(partial: TestServerOptions = {}, extras: AppExtras = {}): Promise<RunningServer> {
  const server = await startServer(serverOptions({ workers: 0, ...partial }), { port: 0, host: '127.0.0.1' }, { log: () => {}, ...extras });
  after(() => server.close());
  return server;
}

/** POSTs `body` (an object as JSON, or a raw string) and returns the response. */
export function post(server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A runner whose analyses wait until `release()` is called (to fill the queue). */
export class GatedRunner implements AnalysisRunner {
  private gates: (() => void)[] = [];
  started = 0;
  run(job: AnalysisJob): Promise<JobResult> {
    this.started++;
    return new Promise((resolve) => this.gates.push(() => resolve(runJob(job))));
  }
  /** Lets every waiting analysis finish. */
  release(): void {
    for (const gate of this.gates.splice(0)) gate();
  }
  async close(): Promise<void> {
    this.release();
  }
}

/** A job analysing `text` as article `id` in English. */
export function textJob(id: string, text: string, lang = 'en'): AnalysisJob {
  return { source: { kind: 'article', article: { id, text } }, options: { lang }, filter: {}, maxTextChars: 1_000_000 };
}

/** A runner that fails with `error`. */
export function failingRunner(error: Error): AnalysisRunner {
  return { run: () => Promise.reject(error), close: async () => {} };
}

/** Waits until `check()` is true (polling), at most `ms`. */
export async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
