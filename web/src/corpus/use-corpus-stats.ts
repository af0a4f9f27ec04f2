/**
 * Loads the three aggregates the corpus charts need (overall, per outlet, per period) for a
 * filter. A new period reloads only the aggregate per period: on a large corpus each one is a
 * query of seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import { RequestFailed } from '../api.js';
import { fetchStats, type CorpusFilter, type Period, type StatsResult } from './corpus-api.js';

/** The loaded aggregates. */
export interface CorpusStats {
  all: StatsResult;
  bySource: StatsResult;
  byPeriod: StatsResult;
}

/** Loading, failed (with a message) or loaded. */
export type StatsState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done'; stats: CorpusStats };

type Load<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done'; value: T };

/** `load()` run again whenever `deps` change (an older request is cancelled). */
function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Load<T> {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    load(controller.signal)
      .then((value) => setState({ kind: 'done', value }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'error', message: error instanceof RequestFailed ? error.message : 'Could not load the corpus figures.' });
      });
    return () => controller.abort();
  }, deps);
  return state;
}

/** The aggregates of `filter`: overall and per outlet reloaded when it changes, per period when it or `period` does. */
export function useCorpusStats(filter: CorpusFilter, period: Period): StatsState {
  const overall = useLoad((signal) => Promise.all([fetchStats(filter, 'all', period, signal), fetchStats(filter, 'source', period, signal)]), [filter]);
  const byPeriod = useLoad((signal) => fetchStats(filter, 'period', period, signal), [filter, period]);
  if (overall.kind === 'error') return overall;
  if (byPeriod.kind === 'error') return byPeriod;
  if (overall.kind === 'loading' || byPeriod.kind === 'loading') return { kind: 'loading' };
  return { kind: 'done', stats: { all: overall.value[0], bySource: overall.value[1], byPeriod: byPeriod.value } };
}
