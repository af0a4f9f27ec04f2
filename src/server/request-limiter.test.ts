import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestLimiter } from './request-limiter.js';
import type { ApiProblem } from './problem.js';

/** A task that holds its slot until `release` is called. */
function gate(): { task: () => Promise<void>; release: () => void } {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { task: () => held, release };
}

/** The Retry-After seconds of the refusal of one more request of `size`. */
async function retryAfter(limiter: RequestLimiter, size: number): Promise<number> {
  try {
    await limiter.run(async () => {}, undefined, size);
  } catch (error) {
    assert.equal((error as ApiProblem).status, 503);
    return Number((error as ApiProblem).headers['retry-after']);
  }
  return assert.fail('the request was not refused');
}

test('a refusal announces a wait that grows with the size of what runs and waits', async () => {
  const small = new RequestLimiter(1, 2);
  const large = new RequestLimiter(1, 2);
  const gates = [gate(), gate(), gate(), gate(), gate(), gate()];
  // The same three requests running and waiting, small (2,000 characters) or large (200,000).
  for (const g of gates.slice(0, 3)) void small.run(g.task, undefined, 2_000);
  for (const g of gates.slice(3)) void large.run(g.task, undefined, 200_000);
  const wait = await retryAfter(small, 2_000), longer = await retryAfter(large, 200_000);
  assert.ok(wait >= 1);
  assert.ok(longer >= 10 * wait, `${longer} s for large requests against ${wait} s for small ones`);
  for (const g of gates) g.release();
});

test('a refusal never announces a wait beyond the request timeout', async () => {
  const limiter = new RequestLimiter(1, 1, 2_000);
  const gates = [gate(), gate()];
  for (const g of gates) void limiter.run(g.task, undefined, 200_000);
  assert.equal(await retryAfter(limiter, 200_000), 2);
  for (const g of gates) g.release();
});

test('a signal aborted before the request asks for a slot takes neither a slot nor a place in the queue', async () => {
  const limiter = new RequestLimiter(1, 1, 30_000);
  const gone = new AbortController();
  gone.abort(new Error('gone'));
  let ran = false;
  await assert.rejects(limiter.run(async () => void (ran = true), gone.signal), /gone/);
  assert.equal(ran, false);
  assert.deepEqual([limiter.load.active, limiter.load.queued], [0, 0]);
});
