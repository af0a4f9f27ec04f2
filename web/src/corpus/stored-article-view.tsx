/** One stored article in the report view (the same highlighted view as a fresh analysis), with a way back. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { RequestFailed } from '../api.js';
import { ReportView } from '../report-view.js';
import { fetchArticle, type StoredArticle } from './corpus-api.js';

type ArticleState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done'; article: StoredArticle };

/** The article of row `rowId`; `back` is the address of the list it was opened from. */
export function StoredArticleView({ rowId, back: backHref }: { rowId: number; back: string }) {
  const [state, setState] = useState<ArticleState>({ kind: 'loading' });
  const back = useRef<HTMLAnchorElement>(null);
  // Before paint, as the list's focus return is: the way back holds the focus as soon as it shows.
  useLayoutEffect(() => back.current?.focus(), [rowId]);
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchArticle(rowId, controller.signal)
      .then((article) => setState({ kind: 'done', article }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const missing = error instanceof RequestFailed && error.status === 404;
        setState({ kind: 'error', message: missing ? 'This article is not in the corpus (any more).' : error instanceof RequestFailed ? error.message : 'Could not load the article.' });
      });
    return () => controller.abort();
  }, [rowId]);
  return (
    <section class="result stored" aria-label="Stored article">
      <div class="toolbar">
        <a ref={back} href={backHref} class="back">
          ← Back to the corpus
        </a>
        {state.kind === 'done' && (
          <p class="summary">
            {/* The model is named once, in the report's own line below. */}
            {state.article.source ?? 'unknown outlet'} · {state.article.publishedAt?.slice(0, 10) ?? 'no date'} · language {state.article.lang}
          </p>
        )}
      </div>
      {state.kind === 'loading' && <p class="busy pad">Loading the article…</p>}
      {state.kind === 'error' && <p class="error pad" role="alert">{state.message}</p>}
      {state.kind === 'done' && state.article.analysis === undefined && (
        <p class="notice" role="status">This article has not been analysed yet: run <code>slant reanalyze</code>.</p>
      )}
      {state.kind === 'done' && state.article.analysis !== undefined && <ReportView analysis={state.article.analysis} text={state.article.text} />}
    </section>
  );
}
