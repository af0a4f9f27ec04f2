/** Stored articles whose analysis is not the current models', as an input stream for re-analysis. */
import type { InputResult } from '../ingest/index.js';
import type { CorpusStore, StoreCounts, StoredModel } from './corpus-store.js';
import { isCurrent, type Analyzer } from './analyzer.js';
import { articleFromRow } from './article-row.js';

/** The stored analyses' models that `analyzer` would not make again, and the current ones of the same languages. */
export async function storedModels(counts: StoreCounts, analyzer: Analyzer): Promise<{ stale: StoreCounts['models']; current: StoredModel[] }> {
  const stale: StoreCounts['models'] = [];
  for (const m of counts.models) if (!(await isCurrent(analyzer, m))) stale.push(m);
  const langs = [...new Set(counts.models.map((m) => m.lang))];
  return { stale, current: await Promise.all(langs.map((lang) => analyzer.modelFor(lang))) };
}

/**
 * Yields the stored articles whose text has no analysis of one of the `current` models (in its
 * language) page by page (keyset paging on the row id, so articles re-analysed meanwhile are not
 * read twice).
 * @example
 * const { current } = await storedModels(await store.counts(), analyzer);
 * await ingestArticles(staleArticles(store, current), { store, analyzer });
 */
export async function* staleArticles(store: CorpusStore, current: readonly StoredModel[], page = 256): AsyncGenerator<InputResult> {
  let after = 0;
  for (;;) {
    const rows = await store.stale(current, after, page);
    if (rows.length === 0) return;
    for (const { rowId, article } of rows) yield { input: `${store.location}#${rowId} (${article.articleId})`, article: articleFromRow(article) };
    after = rows.at(-1)!.rowId;
  }
}
