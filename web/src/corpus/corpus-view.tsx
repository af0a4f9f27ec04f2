/**
 * The corpus view of `slant serve --db`: filters, the corpus in charts, and the list of articles,
 * each opening its highlighted view. The filter and page live here, so they survive opening an
 * article and coming back.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ArticleList } from './article-list.js';
import { UNKNOWN, type Measure } from './chart-data.js';
import { CorpusCharts } from './corpus-charts.js';
import { CorpusFilters } from './corpus-filters.js';
import { fetchStats, isNoFilter, NO_FILTER, type CorpusFilter, type Period } from './corpus-api.js';
import { StoredArticleView } from './stored-article-view.js';
import { useCorpusStats } from './use-corpus-stats.js';
import { PAGE } from './article-list.js';
import { corpusHash, parseCorpusQuery } from './corpus-query.js';
import { parseHash } from './use-hash-route.js';

/** The outlets of the whole corpus, for the outlet filter. */
function useSources(): string[] {
  const [sources, setSources] = useState<string[]>([]);
  useEffect(() => {
    fetchStats(NO_FILTER, 'source', 'month')
      .then((s) => setSources(s.groups.map((g) => g.key).filter((k) => k !== UNKNOWN)))
      .catch(() => setSources([]));
  }, []);
  return sources;
}

/**
 * Puts the focus back on the link of the article last opened when the list shows again. A layout
 * effect, so the focus has moved by the time the list is painted (a plain effect runs a frame later,
 * and a keyboard user or a test could act on the list before it).
 */
function useFocusReturn(articleId: number | undefined): void {
  const last = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (articleId !== undefined) last.current = articleId;
    else if (last.current !== undefined) document.querySelector<HTMLAnchorElement>(`.articles a[href="#/corpus/article/${last.current}"]`)?.focus();
  }, [articleId]);
}

/** The view; `articleId` is the row of the article open, if any. */
export function CorpusView({ articleId }: { articleId: number | undefined }) {
  // Filter, chart options and page start from the URL, and are kept in it (corpus-query.ts).
  const [initial] = useState(() => parseCorpusQuery(location.hash, PAGE));
  const [filter, setFilter] = useState<CorpusFilter>(initial.filter);
  const [period, setPeriod] = useState<Period>(initial.period);
  const [measure, setMeasure] = useState<Measure>(initial.measure);
  const [offset, setOffset] = useState(initial.offset);
  const sources = useSources();
  useFocusReturn(articleId);
  const listHash = corpusHash({ filter, period, measure, offset }, PAGE);
  const shown = useRef(listHash);
  shown.current = listHash;
  /** Whether the address is the corpus list (not an article's, nor the other view's). */
  const onList = (): boolean => {
    const route = parseHash(location.hash);
    return route.view === 'corpus' && route.articleId === undefined;
  };
  // A change of filter, options or page is written into the address (replacing it: no history entry each).
  useEffect(() => {
    if (onList() && location.hash !== listHash) history.replaceState(null, '', listHash);
  }, [listHash]);
  // An address that changes by itself: a bare #/corpus (the Corpus link, the way back) gets what
  // the list shows; one with another query (a link pasted or typed) is shown instead.
  useEffect(() => {
    const arrived = (): void => {
      if (!onList() || location.hash === shown.current) return;
      if (!location.hash.includes('?')) {
        history.replaceState(null, '', shown.current);
        return;
      }
      const asked = parseCorpusQuery(location.hash, PAGE);
      setFilter(asked.filter);
      setPeriod(asked.period);
      setMeasure(asked.measure);
      setOffset(asked.offset);
    };
    arrived();
    window.addEventListener('hashchange', arrived);
    return () => window.removeEventListener('hashchange', arrived);
  }, []);
  const stats = useCorpusStats(filter, period);
  const applyFilter = (f: CorpusFilter) => {
    setFilter(f);
    setOffset(0);
  };
  return (
    <>
      {articleId !== undefined && <StoredArticleView rowId={articleId} back={listHash} />}
      <div class="corpus" hidden={articleId !== undefined}>
        <CorpusFilters filter={filter} period={period} measure={measure} sources={sources} onFilter={applyFilter} onPeriod={setPeriod} onMeasure={setMeasure} />
        <section aria-labelledby="corpus-figures" class="section">
          <h2 id="corpus-figures">The corpus in figures</h2>
          {stats.kind === 'loading' && <p class="busy">Counting…</p>}
          {stats.kind === 'error' && <p class="error" role="alert">{stats.message}</p>}
          {stats.kind === 'done' && (stats.stats.all.groups[0]?.articles ?? 0) === 0 && (
            <p class="empty" role="status">{isNoFilter(filter) ? 'The corpus is empty: add articles with slant ingest.' : 'No article matches these filters.'}</p>
          )}
          {stats.kind === 'done' && (stats.stats.all.groups[0]?.articles ?? 0) > 0 && <CorpusCharts stats={stats.stats} measure={measure} />}
        </section>
        <section aria-labelledby="corpus-articles" class="section">
          <h2 id="corpus-articles">Articles</h2>
          <ArticleList filter={filter} offset={offset} onOffset={setOffset} />
        </section>
      </div>
    </>
  );
}
