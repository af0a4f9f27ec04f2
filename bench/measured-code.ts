/**
 * Which code a benchmark measured: the compiled dist/ (as `npm run bench` runs it, through
 * compiled-code.mjs) or the sources through tsx (a plain `node --import tsx bench/run.ts`, slower).
 * Every results file records it, so figures taken the two ways are not compared unawares.
 */
export function measuredCode(): 'dist (compiled)' | 'src (through tsx)' {
  return import.meta.resolve('../src/pipeline/analyze.js').includes('/dist/') ? 'dist (compiled)' : 'src (through tsx)';
}
