/**
 * How slant starts a worker thread on one of its modules, from dist or from sources (the batch,
 * server and training pools all do).
 */
import { Worker } from 'node:worker_threads';

/**
 * Starts the worker module `name` in the folder of `self` (a module's `import.meta.url`): from
 * dist, on the compiled .js; from sources under tsx, on a tiny eval'd script that registers tsx's
 * loader through its API and then imports the .ts. (Node refuses a `.ts` worker entry, and
 * `--import tsx` in the worker's execArgv does not register the loader in time: both fail with
 * "Unknown file extension".)
 * @example
 * const worker = startWorker(import.meta.url, 'worker', { workerData: settings });
 */
export function startWorker(self: string, name: string, options: { workerData?: unknown } = {}): Worker {
  if (!self.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, self), options);
  const source = JSON.stringify(new URL(`./${name}.ts`, self).href);
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${source}); });`, { ...options, eval: true });
}
