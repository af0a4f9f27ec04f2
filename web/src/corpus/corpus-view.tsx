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

/**
 * The history state of the entries this view writes. A bare `#/corpus` entry that carries it is the
 * unfiltered list the reader went back to; one without it came from the Corpus link, which keeps
 * the list as it is.
 */
const LIST_ENTRY = { slantCorpusList: true };
const isListEntry = (state: unknown): boolean => typeof state === 'object' && state !== null && (state as { slantCorpusList?: unknown }).slantCorpusList === true;

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
  // Whether the next change of the list came from the reader (a filter, an option, a page button),
  // which gets a history entry of its own, rather than from the address or a correction of it.
  const byReader = useRef(false);
  /** Whether the address is the corpus list (not an article's, nor the other view's). */
  const onList = (): boolean => {
    const route = parseHash(location.hash);
    return route.view === 'corpus' && route.articleId === undefined;
  };
  // A change of filter, options or page is written into the address: the reader's own changes as a
  // new history entry, so Back returns to the list as it was; corrections replace the address.
  useEffect(() => {
    const push = byReader.current;
    byReader.current = false;
    if (!onList() || location.hash === listHash) return;
    if (push) history.pushState(LIST_ENTRY, '', listHash);
    else history.replaceState(LIST_ENTRY, '', listHash);
  }, [listHash]);
  // An address that changes by itself: a bare #/corpus from the Corpus link or the way back gets
  // what the list shows; one with another query (a link pasted or typed), or an entry of this
  // list's history (Back, Forward), is shown instead.
  useEffect(() => {
    const arrived = (): void => {
      if (!onList()) return;
      byReader.current = false;
      if (location.hash === shown.current) {
        if (!isListEntry(history.state)) history.replaceState(LIST_ENTRY, '', location.hash);
        return;
      }
      if (!location.hash.includes('?') && !isListEntry(history.state)) {
        history.replaceState(LIST_ENTRY, '', shown.current);
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
  /** A change the reader made, which the address records as a history entry. */
  const asked = <T,>(set: (value: T) => void) => (value: T): void => {
    byReader.current = true;
    set(value);
  };
  const applyFilter = asked((f: CorpusFilter) => {
    setFilter(f);
    setOffset(0);
  });
  const turnTo = (to: number, correction: boolean): void => {
    byReader.current = !correction;
    setOffset(to);
  };
  return (
    <>
      {articleId !== undefined && <StoredArticleView rowId={articleId} back={listHash} />}
      <div class="corpus" hidden={articleId !== undefined}>
        <CorpusFilters filter={filter} period={period} measure={measure} sources={sources} onFilter={applyFilter} onPeriod={asked(setPeriod)} onMeasure={asked(setMeasure)} />
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
          <ArticleList filter={filter} offset={offset} onOffset={turnTo} />
        </section>
      </div>
    </>
  );
}
