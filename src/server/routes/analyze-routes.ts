/**
 * `POST /api/v1/analyze` (the Analysis as JSON, the same as `slant analyze`) and
 * `POST /api/v1/report` (the same analysis as the self-contained HTML report).
 */
import { createRoute } from '@hono/zod-openapi';
import { renderHtml } from '../../render/render-html.js';
import { analyzeRequestSchema } from '../analyze-request.js';
import { AnalysisSchema, INTERNAL_ERROR, problemResponse } from '../api-schemas.js';
import type { ApiApp, AppContext } from '../app-context.js';
import { runAnalysis } from '../run-analysis.js';

/** The problems both routes can answer. */
const PROBLEMS = {
  400: problemResponse('Invalid or malformed request; `field` names the field at fault.'),
  403: problemResponse('URL on a private or loopback address (start the server with --allow-private to allow).'),
  413: problemResponse('Body or article text over the limit.'),
  415: problemResponse('Body is not application/json.'),
  422: problemResponse('The HTML or URL could not be read.'),
  503: { ...problemResponse('Too many requests waiting (see Retry-After), or no model.'), headers: { 'Retry-After': { description: 'Seconds to wait before trying again (a full queue).', schema: { type: 'integer' as const } } } },
  504: problemResponse('The request took longer than the time limit.'),
  ...INTERNAL_ERROR,
} as const;

/** A file name for the report of article `id`. */
function reportFileName(id: string): string {
  const base = id.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base === '' ? 'article' : base}.html`;
}

/** Adds the analysis routes. */
export function registerAnalyzeRoutes(app: ApiApp, ctx: AppContext): void {
  const body = { content: { 'application/json': { schema: analyzeRequestSchema(ctx.options.limits.maxTextChars) } }, required: true };
  const analyze = createRoute({
    method: 'post',
    path: '/api/v1/analyze',
    summary: 'Analyse one article',
    description: 'Techniques per paragraph with evidence, spans, frames and genre: the same JSON as `slant analyze`.',
    request: { body },
    responses: { 200: { description: 'The Analysis.', content: { 'application/json': { schema: AnalysisSchema } } }, ...PROBLEMS },
  });
  app.openapi(analyze, async (c) => {
    const request = c.req.valid('json');
    const { analysis, text } = await runAnalysis(request, ctx, c.req.raw.signal);
    const out = request.include?.includes('text') ? { ...analysis, text } : analysis;
    return c.json(out as never, 200);
  });

  const report = createRoute({
    method: 'post',
    path: '/api/v1/report',
    summary: 'Analyse one article and return the HTML report',
    request: { body },
    responses: { 200: { description: 'The HTML report (self-contained, offline).', content: { 'text/html': { schema: { type: 'string' } } } }, ...PROBLEMS },
  });
  app.openapi(report, async (c) => {
    const { analysis, text } = await runAnalysis(c.req.valid('json'), ctx, c.req.raw.signal);
    c.header('content-disposition', `attachment; filename="${reportFileName(analysis.article.id)}"`);
    return c.html(renderHtml(analysis, text), 200);
  });
}
