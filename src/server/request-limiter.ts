/**
 * The concurrency limit with a bounded queue: at most `concurrency` analyses run, at most
 * `maxQueue` wait; one more is refused with 503 and a Retry-After estimated from recent run times.
 */
import { ApiProblem } from './problem.js';

/** A request waiting for a slot: called when it gets one. */
type Waiter = () => void;

/** Hands out run slots in arrival order. */
export class RequestLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];
  /** Moving average of how long a slot is held, in ms. */
  private averageMs = 100;

  constructor(
    private readonly concurrency: number,
    private readonly maxQueue: number,
  ) {}

  /** Running and waiting counts (for `/healthz`). */
  get load(): { active: number; queued: number; concurrency: number; maxQueue: number } {
    return { active: this.active, queued: this.queue.length, concurrency: this.concurrency, maxQueue: this.maxQueue };
  }

  /**
   * Runs `task` when a slot is free. Throws a 503 ApiProblem at once when the queue is full, and
   * rejects with `signal`'s reason when it aborts while waiting.
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    const started = Date.now();
    try {
      return await task();
    } finally {
      this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
      this.release();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxQueue) throw this.busy();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = () => resolve();
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
    else next();
  }

  private busy(): ApiProblem {
    const waitMs = (this.averageMs * (this.queue.length + 1)) / this.concurrency;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return new ApiProblem(503, 'busy', 'Server busy', `too many analyses waiting (${this.maxQueue} queued); retry in ${seconds} s`, {
      headers: { 'retry-after': String(seconds) },
    });
  }
}
