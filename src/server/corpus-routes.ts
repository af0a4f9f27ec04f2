/**
 * The corpus routes of issue 9, added to the app with `createApp(options, { routes:
 * [corpusRoutes(store)] })` when `slant serve --db` names a corpus:
 * `GET /api/v1/articles` (searchable list), `GET /api/v1/articles/{id}` (one article with its
 * text and analysis, for the highlighted view) and `GET /api/v1/stats` (the aggregates of
 * `slant stats`). Query strings are checked by zod; a bad one is a 400 problem.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { CorpusStore } from '../store/corpus-store.js';
import { PERIODS, STATS_GROUPINGS, STAT_KINDS, parseDateBound, type ArticleFilter, type StatsQuery } from '../store/stats-query.js';
import type { RouteModule } from './app-context.js';
import { AnalysisSchema, problemResponse } from './api-schemas.js';
import { ApiProblem } from './problem.js';

const day = (end: 'from' | 'to') =>
  z
    .string()
    .refine((v) => parseDateBound(v, end) !== undefined, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional()
    .openapi({ description: `${end === 'from' ? 'First' : 'Last'} publication day included (YYYY, YYYY-MM or YYYY-MM-DD)` });

const filterQuery = {
  from: day('from'),
  to: day('to'),
  source: z.string().min(1).optional().openapi({ description: 'Only articles of this source' }),
  search: z.string().min(1).max(500).optional().openapi({ description: 'Words that must all occur in the title or text (word* for a prefix)' }),
};

const ArticleSummarySchema = z.object({
  rowId: z.int(),
  articleId: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  lang: z.string(),
  words: z.int(),
  paragraphs: z.int(),
  techniques: z.int(),
  genre: z.string().optional(),
});

const ArticlePageSchema = z.object({ total: z.int(), articles: z.array(ArticleSummarySchema) }).openapi('ArticlePage');
const StoredArticleSchema = ArticleSummarySchema.extend({ text: z.string(), contentHash: z.string(), analysis: AnalysisSchema.optional() }).openapi('StoredArticle');
const StatsSchema = z
  .object({
    by: z.enum(STATS_GROUPINGS),
    period: z.enum(PERIODS).optional(),
    groups: z.array(z.object({ key: z.string(), articles: z.int(), words: z.int(), paragraphs: z.int() })),
    rows: z.array(z.object({ group: z.string(), kind: z.enum(STAT_KINDS), label: z.string(), count: z.int(), perArticle: z.number(), per1000Words: z.number(), share: z.number() })),
    models: z.array(z.object({ id: z.string(), version: z.string(), lang: z.string(), articles: z.int() })).openapi({ description: 'Articles per model and language of their analysis (each language has a model version of its own).' }),
  })
  .openapi('CorpusStats');

/** The store's filter from a checked query string (dates extended to whole days). */
function toFilter(q: { from?: string | undefined; to?: string | undefined; source?: string | undefined; search?: string | undefined }): ArticleFilter {
  const filter: ArticleFilter = {};
  if (q.from !== undefined) filter.from = parseDateBound(q.from, 'from')!;
  if (q.to !== undefined) filter.to = parseDateBound(q.to, 'to')!;
  if (q.source !== undefined) filter.source = q.source;
  if (q.search !== undefined) filter.search = q.search;
  return filter;
}

const articlesRoute = createRoute({
  method: 'get',
  path: '/api/v1/articles',
  summary: 'Stored articles, newest first, filtered and paged',
  request: { query: z.object({ ...filterQuery, limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) }) },
  responses: { 200: { description: 'A page of articles.', content: { 'application/json': { schema: ArticlePageSchema } } }, 400: problemResponse('A bad query.') },
});

const articleRoute = createRoute({
  method: 'get',
  path: '/api/v1/articles/{id}',
  summary: 'One stored article with its text and analysis',
  request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
  responses: { 200: { description: 'The article.', content: { 'application/json': { schema: StoredArticleSchema } } }, 404: problemResponse('No such article.') },
});

const statsRoute = createRoute({
  method: 'get',
  path: '/api/v1/stats',
  summary: 'Techniques, categories, frames and genres counted and normalised, grouped and filtered',
  request: { query: z.object({ ...filterQuery, by: z.enum(STATS_GROUPINGS).default('all'), period: z.enum(PERIODS).optional() }) },
  responses: { 200: { description: 'The aggregates.', content: { 'application/json': { schema: StatsSchema } } }, 400: problemResponse('A bad query.') },
});

/**
 * The corpus routes over `store`.
 * @example
 * createApp(options, { routes: [corpusRoutes(await openStore('corpus.sqlite'))] });
 */
export function corpusRoutes(store: CorpusStore): RouteModule {
  return (app) => {
    app.openapi(articlesRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await store.articles({ ...toFilter(q), limit: q.limit, offset: q.offset }), 200);
    });
    app.openapi(articleRoute, async (c) => {
      const found = await store.article(c.req.valid('param').id);
      if (found === undefined) throw new ApiProblem(404, 'not-found', 'Not found', 'no stored article has this id');
      return c.json(found as never, 200);
    });
    app.openapi(statsRoute, async (c) => {
      const q = c.req.valid('query');
      const query: StatsQuery = { ...toFilter(q), by: q.by };
      if (q.by === 'period') query.period = q.period ?? 'month';
      return c.json(await store.stats(query), 200);
    });
  };
}
