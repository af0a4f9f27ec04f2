/**
 * The stored articles matching the filter, newest first, a page at a time: title (a link that
 * opens the article's highlighted view), outlet, date, language, techniques found and genre.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { RequestFailed } from '../api.js';
import { labelName, formatValue } from './chart-data.js';
import { fetchArticles, isNoFilter, type ArticlePage, type ArticleSummary, type CorpusFilter } from './corpus-api.js';

/** Articles per page of the list. */
export const PAGE = 20;

type ListState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done'; page: ArticlePage };

/** The day of a publication date as written (`2024-03-02T…` → `2024-03-02`). */
function day(value: string | undefined): string {
  return value === undefined ? '—' : value.slice(0, 10);
}

/** The article's technique count, or "not analysed" (none stored yet, or a text without a word), where 0 would read "none found". */
function techniqueCount(a: ArticleSummary): string {
  if (a.techniques === undefined) return 'not analysed';
  return a.techniques === 1 ? '1 technique' : `${formatValue(a.techniques)} techniques`;
}

/**
 * The list; `offset` is kept by the caller so it survives opening an article. `onOffset` is told
 * whether the turn corrects the address (a page past the end) rather than answers a pager button.
 */
export function ArticleList({ filter, offset, onOffset }: { filter: CorpusFilter; offset: number; onOffset: (offset: number, correction: boolean) => void }) {
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  // After a pager button, the new page's count takes the focus (the button may be gone or disabled)
  // and comes into view, so the keyboard and the eye continue at the top of the new page.
  const paged = useRef(false);
  const count = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.kind !== 'done' || !paged.current) return;
    paged.current = false;
    count.current?.focus({ preventScroll: true });
    count.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);
  const turn = (to: number) => {
    paged.current = true;
    onOffset(to, false);
  };
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchArticles(filter, offset, PAGE, controller.signal)
      .then((page) => setState({ kind: 'done', page }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'error', message: error instanceof RequestFailed ? error.message : 'Could not load the articles.' });
      });
    return () => controller.abort();
  }, [filter, offset]);

  // A page past the end (an old link, or a filter that shrank the list) turns to the last page.
  const beyond = state.kind === 'done' && state.page.total > 0 && offset >= state.page.total;
  useEffect(() => {
    if (beyond) onOffset(Math.floor((state.page.total - 1) / PAGE) * PAGE, true);
  }, [beyond]);
  if (state.kind === 'loading' || beyond) return <p class="busy">Loading articles…</p>;
  if (state.kind === 'error') return <p class="error" role="alert">{state.message}</p>;
  const { total, articles } = state.page;
  if (total === 0) return <p class="empty" role="status">{isNoFilter(filter) ? 'No article is stored yet.' : 'No article matches these filters.'}</p>;
  const last = Math.min(offset + articles.length, total);
  return (
    <>
      <p class="count" role="status" tabIndex={-1} ref={count}>
        {total === 1 ? '1 article' : `${offset + 1}–${last} of ${formatValue(total)} articles`}
      </p>
      <ol class="articles" start={offset + 1}>
        {articles.map((a) => (
          <li key={a.rowId}>
            <a href={`#/corpus/article/${a.rowId}`} class="title">
              {a.title || a.lead || a.articleId}
            </a>
            <span class="meta">
              {a.source ?? 'unknown outlet'} · {day(a.publishedAt)} · {a.lang} · {techniqueCount(a)}
              {a.genre !== undefined && ` · ${labelName(a.genre)}`}
            </span>
          </li>
        ))}
      </ol>
      <nav class="pager" aria-label="Pages of articles">
        <button type="button" disabled={offset === 0} onClick={() => turn(Math.max(0, offset - PAGE))}>
          ← Newer
        </button>
        <button type="button" disabled={last >= total} onClick={() => turn(offset + PAGE)}>
          Older →
        </button>
      </nav>
    </>
  );
}
