/**
 * A short, bounded load run of `POST /api/v1/analyze` (issue 8): starts the server on a loopback
 * port with its default worker pool, fires autocannon at it with a ≈5 KB article written here
 * (our own sentences, no corpus text), and prints requests/s and latency percentiles.
 *
 * Run: `node --import tsx scripts/load-test.ts [--duration 10] [--connections 10] [--workers N]`.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { serverOptions, startServer } from '../src/server/index.js';

/** autocannon ships no types; the part of its result this script reads. */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<LoadResult>;

const SENTENCES = [
  'The county council voted on Tuesday to widen the ring road through the northern estates.',
  'Residents packed the public gallery, and several of them shouted down the transport officer.',
  'Everyone knows the scheme will make traffic worse, one shopkeeper said, and nobody asked us.',
  'Supporters argue that the town must either build the road now or watch its economy collapse.',
  'According to a professor of urban planning, new lanes tend to fill with new cars within years.',
  'The mayor called the objectors a noisy minority who always oppose progress of any kind.',
  'Why should anyone trust the planners who flooded the market square only last winter?',
  'Stop the road. Save our streets. Come to the town hall on Thursday and make yourself heard.',
];

/** A deterministic article of about `bytes` UTF-8 bytes: a title line and paragraphs of 3 sentences. */
export function makeArticle(bytes: number): string {
  const lines = ['Ring Road Plan Splits the Town'];
  let size = lines[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const paragraph = [0, 1, 2].map((k) => SENTENCES[(i * 3 + k) % SENTENCES.length]).join(' ');
    lines.push(paragraph);
    size += paragraph.length + 2;
  }
  return lines.join('\n\n');
}

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, workers: { type: 'string' } },
});
const duration = Math.min(60, Math.max(1, Number(values.duration)));
const connections = Math.min(100, Math.max(1, Number(values.connections)));
const text = makeArticle(5 * 1024);
const partial = values.workers === undefined ? {} : { workers: Number(values.workers) };
const options = serverOptions({ ...partial, limits: { maxQueue: 1000 } }, availableParallelism());
const server = await startServer(options, { port: 0, host: '127.0.0.1' });
try {
  const body = JSON.stringify({ text, lang: 'en' });
  const warm = await fetch(`${server.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (warm.status !== 200) throw new Error(`load-test: warm-up request failed with ${warm.status}`);
  const specifier = 'autocannon'; // a variable: the package has no type declarations
  const autocannon = ((await import(specifier)) as { default: Autocannon }).default;
  const result = await autocannon({ url: `${server.url}/api/v1/analyze`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
  const l = result.latency;
  console.log(`load-test: POST /api/v1/analyze, ${Buffer.byteLength(text)} B article, ${connections} connections, ${duration} s, ${options.workers} worker(s), ${availableParallelism()} cores`);
  console.log(`load-test: ${result.requests.average.toFixed(1)} requests/s (${result.requests.total} total, ${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`);
  console.log(`load-test: latency ms: avg ${l.average.toFixed(1)}, p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
} finally {
  await server.close();
}
