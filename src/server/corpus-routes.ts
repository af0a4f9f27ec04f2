/**
 * The corpus routes of issue 9, added to the app with `createApp(options, { routes:
 * [corpusRoutes(store)] })` when `slant serve --db` names a corpus:
 * `GET /api/v1/articles` (searchable list), `GET /api/v1/articles/{id}` (one article with its
 * text and analysis, for the highlighted view) and `GET /api/v1/stats` (the aggregates of
 * `slant stats`). Query strings are checked by zod; a bad one is a 400 problem, and so is a
 * parameter these routes do not know (`lang=fr` was ignored, and the researcher's filter with it).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { CorpusReads } from '../store/corpus-store.js';
import { PERIODS, STATS_GROUPINGS, STAT_KINDS, parseDateBound, queryConflict, statsQuery, type ArticleFilter, type Period, type StatsGrouping } from '../store/stats-query.js';
import type { RouteModule } from './app-context.js';
import { AnalysisSchema, INTERNAL_ERROR, problemResponse } from './api-schemas.js';
import { ApiProblem } from './problem.js';

const day = (end: 'from' | 'to') =>
  z
    .string()
    .refine((v) => parseDateBound(v, end) !== undefined, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional()
    .openapi({ description: `${end === 'from' ? 'First' : 'Last'} publication day included (YYYY, YYYY-MM or YYYY-MM-DD)` });

/**
 * A whole number written in plain digits: `z.coerce` also took `1e1`, `0x10` and an empty value
 * (as 0), which the OpenAPI document's `integer` does not promise.
 */
const digits = (schema: z.ZodInt) => z.preprocess((v) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v), schema);
/** An integer whose refusal says what to write (`-1`, `1.5` and `1e2` reach it as strings). */
const whole = () => z.int({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a whole number written in digits' : undefined) });

const filterQuery = {
  from: day('from'),
  to: day('to'),
  source: z.string().min(1).optional().openapi({ description: 'Only articles of this source' }),
  search: z.string().min(1).max(500).optional().openapi({ description: 'Words that must all occur in the title or text (word* for a prefix)' }),
};

/** Options that contradict each other (a date range from after its end; a period with another grouping), as `slant stats` refuses them. */
function consistent(q: { from?: string | undefined; to?: string | undefined; by?: StatsGrouping | undefined; period?: Period | undefined }, ctx: z.RefinementCtx): void {
  const bound = (value: string | undefined, end: 'from' | 'to') => (value === undefined ? undefined : parseDateBound(value, end));
  const conflict = queryConflict({ from: bound(q.from, 'from'), to: bound(q.to, 'to'), by: q.by, period: q.period }, (option) => option);
  if (conflict !== undefined) ctx.addIssue({ code: 'custom', path: [conflict.option], message: conflict.message });
}

const ArticleSummarySchema = z.object({
  rowId: z.int(),
  articleId: z.string(),
  title: z.string().optional(),
  lead: z.string().optional().openapi({ description: "An untitled article's first words (at most 120 characters)." }),
  source: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  lang: z.string(),
  words: z.int(),
  paragraphs: z.int(),
  techniques: z
    .int()
    .optional()
    .openapi({ description: 'Technique findings (paragraph level). Absent when the techniques were not analysed: no analysis is stored yet (`slant reanalyze`), or the text has no word.' }),
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
  request: { query: z.strictObject({ ...filterQuery, limit: digits(whole().min(1).max(500)).optional().openapi({ description: 'Articles per page (default 50)' }), offset: digits(whole().min(0)).optional().openapi({ description: 'Articles skipped (default 0)' }) }).superRefine(consistent) },
  responses: { 200: { description: 'A page of articles.', content: { 'application/json': { schema: ArticlePageSchema } } }, 400: problemResponse('A bad query.'), ...INTERNAL_ERROR },
});

const articleRoute = createRoute({
  method: 'get',
  path: '/api/v1/articles/{id}',
  summary: 'One stored article with its text and analysis',
  request: { params: z.object({ id: digits(whole().min(1)).openapi({ description: 'The row id (`rowId` in the list)' }) }) },
  responses: { 200: { description: 'The article.', content: { 'application/json': { schema: StoredArticleSchema } } }, 400: problemResponse('An id that is not a positive whole number.'), 404: problemResponse('No such article.'), ...INTERNAL_ERROR },
});

const statsRoute = createRoute({
  method: 'get',
  path: '/api/v1/stats',
  summary: 'Techniques, categories, frames and genres counted and normalised, grouped and filtered',
  request: {
    query: z
      .strictObject({
        ...filterQuery,
        by: z.enum(STATS_GROUPINGS).optional().openapi({ description: 'Grouping (default: period when `period` is given, else all)' }),
        period: z.enum(PERIODS).optional().openapi({ description: 'Period of the groups by period (default month)' }),
      })
      .superRefine(consistent),
  },
  responses: { 200: { description: 'The aggregates.', content: { 'application/json': { schema: StatsSchema } } }, 400: problemResponse('A bad query.'), ...INTERNAL_ERROR },
});

/**
 * The corpus routes over `store`.
 * @example
 * createApp(options, { routes: [corpusRoutes(await openStore('corpus.sqlite'))] });
 */
export function corpusRoutes(store: CorpusReads): RouteModule {
  return (app) => {
    app.openapi(articlesRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await store.articles({ ...toFilter(q), limit: q.limit ?? 50, offset: q.offset ?? 0 }, c.req.raw.signal), 200);
    });
    app.openapi(articleRoute, async (c) => {
      const found = await store.article(c.req.valid('param').id, c.req.raw.signal);
      if (found === undefined) throw new ApiProblem(404, 'not-found', 'Not found', 'no stored article has this id');
      return c.json(found as never, 200);
    });
    app.openapi(statsRoute, async (c) => {
      const q = c.req.valid('query');
      // A request given up (the client went away) is dropped before its turn, not computed.
      return c.json(await store.stats(statsQuery({ ...toFilter(q), by: q.by, period: q.period }), c.req.raw.signal), 200);
    });
  };
}
