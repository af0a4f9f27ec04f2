/** Loads the three aggregates the corpus charts need (overall, per outlet, per period) for a filter. */
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

/** The aggregates of `filter`, reloaded when it or `period` changes (an older request is cancelled). */
export function useCorpusStats(filter: CorpusFilter, period: Period): StatsState {
  const [state, setState] = useState<StatsState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    const { signal } = controller;
    Promise.all([fetchStats(filter, 'all', period, signal), fetchStats(filter, 'source', period, signal), fetchStats(filter, 'period', period, signal)])
      .then(([all, bySource, byPeriod]) => setState({ kind: 'done', stats: { all, bySource, byPeriod } }))
      .catch((error: unknown) => {
        if (signal.aborted) return;
        setState({ kind: 'error', message: error instanceof RequestFailed ? error.message : 'Could not load the corpus figures.' });
      });
    return () => controller.abort();
  }, [filter, period]);
  return state;
}
