/**
 * The concurrency limit with a bounded queue: at most `concurrency` analyses run, at most
 * `maxQueue` wait; one more is refused with 503 and a Retry-After estimated from the sizes of the
 * requests running and waiting, at the time per character of recent runs, and never longer than
 * the request timeout, by which every one of them is done.
 */
import { ApiProblem } from './problem.js';

/** A request waiting for a slot: `wake` is called when it gets one; `units` is its size. */
type Waiter = { wake: () => void; units: number };

/** Sizes below this count as this much: a request's fixed costs do not shrink with its text. */
const MIN_SIZE = 500;

/** Hands out run slots in arrival order. */
export class RequestLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];
  /** The total size of the requests running. */
  private activeSize = 0;
  /** Moving average of the time a slot is held per unit of size (ms per character), from 100 ms per 2,000. */
  private msPerUnit = 0.05;

  /**
   * @param maxWaitMs the longest any request can hold or wait for a slot (the request timeout,
   *   which counts from arrival): no refusal announces a longer wait
   */
  constructor(
    private readonly concurrency: number,
    private readonly maxQueue: number,
    private readonly maxWaitMs = Infinity,
  ) {}

  /** Running and waiting counts (for `/healthz`). */
  get load(): { active: number; queued: number; concurrency: number; maxQueue: number } {
    return { active: this.active, queued: this.queue.length, concurrency: this.concurrency, maxQueue: this.maxQueue };
  }

  /**
   * Runs `task` when a slot is free. `size` is what it has to read (characters of text or HTML),
   * for the wait a refusal announces. Throws a 503 ApiProblem at once when the queue is full, and
   * rejects with `signal`'s reason when it aborts while waiting.
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal, size = MIN_SIZE): Promise<T> {
    const units = Math.max(MIN_SIZE, size);
    await this.acquire(signal, units);
    this.activeSize += units;
    const started = Date.now();
    try {
      return await task();
    } finally {
      this.msPerUnit = 0.8 * this.msPerUnit + 0.2 * ((Date.now() - started) / units);
      this.activeSize -= units;
      this.release();
    }
  }

  private acquire(signal: AbortSignal | undefined, units: number): Promise<void> {
    // Aborted already (a client gone while its URL was fetched): no slot, no place in the queue.
    if (signal?.aborted === true) return Promise.reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (this.active < this.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxQueue) throw this.busy(units);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { wake: () => resolve(), units };
      this.queue.push(waiter);
      signal?.addEventListener('abort', () => {
        const index = this.queue.indexOf(waiter);
        if (index < 0) return;
        this.queue.splice(index, 1);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      }, { once: true });
    });
  }

  private release(): void {
    const next = this.queue.shift();
    if (next === undefined) this.active--;
    else next.wake();
  }

  /** The refusal of a request of `units`: it would wait for everything running and queued, then run. */
  private busy(units: number): ApiProblem {
    const ahead = this.activeSize + this.queue.reduce((n, w) => n + w.units, 0) + units;
    const waitMs = Math.min(this.maxWaitMs, (this.msPerUnit * ahead) / this.concurrency);
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return new ApiProblem(503, 'busy', 'Server busy', `too many analyses waiting (${this.maxQueue} queued); retry in ${seconds} s`, {
      headers: { 'retry-after': String(seconds) },
    });
  }
}
