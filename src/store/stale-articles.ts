/** Stored articles whose text has no analysis of a model, as an input stream for re-analysis. */
import type { InputResult } from '../ingest/index.js';
import type { CorpusStore, ModelRef } from './corpus-store.js';
import { articleFromRow } from './article-row.js';

/**
 * Yields the stale articles of `store` page by page (keyset paging on the row id, so articles
 * re-analysed meanwhile are not read twice).
 * @example
 * await ingestArticles(staleArticles(store, analyzer.model), { store, analyzer });
 */
export async function* staleArticles(store: CorpusStore, model: ModelRef, page = 256): AsyncGenerator<InputResult> {
  let after = 0;
  for (;;) {
    const rows = await store.stale(model, after, page);
    if (rows.length === 0) return;
    for (const { rowId, article } of rows) yield { input: `${store.location}#${rowId} (${article.articleId})`, article: articleFromRow(article) };
    after = rows.at(-1)!.rowId;
  }
}
