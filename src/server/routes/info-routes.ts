/** `GET /api/v1/labels`, `GET /api/v1/models` and `GET /api/v1/healthz`. */
import { createRoute } from '@hono/zod-openapi';
import { CATEGORIES, FRAME_INFO, GENRE_INFO, TECHNIQUE_INFO, TECHNIQUES, FRAMES, GENRES } from '../../labels.js';
import { categoryName } from '../../render/label-text.js';
import { VERSION } from '../../version.js';
import { HealthSchema, INTERNAL_ERROR, LabelsSchema, ModelsSchema } from '../api-schemas.js';
import type { ApiApp, AppContext } from '../app-context.js';
import { describeModels, type ModelsBody } from '../describe-models.js';

/** Every label with its category, name and definition, in the order of the official lists. */
export function labelsBody() {
  return {
    categories: CATEGORIES.map((id) => ({ id, name: categoryName(id) })),
    techniques: TECHNIQUES.map((t) => ({ ...TECHNIQUE_INFO[t] })),
    frames: FRAMES.map((f) => ({ ...FRAME_INFO[f] })),
    genres: GENRES.map((g) => ({ ...GENRE_INFO[g] })),
  };
}

/** Adds the information routes. */
export function registerInfoRoutes(app: ApiApp, ctx: AppContext): void {
  const labels = createRoute({
    method: 'get',
    path: '/api/v1/labels',
    summary: 'Label ids, categories, names and definitions',
    responses: { 200: { description: 'Labels.', content: { 'application/json': { schema: LabelsSchema } } }, ...INTERNAL_ERROR },
  });
  const body = labelsBody();
  app.openapi(labels, (c) => c.json(body, 200));

  const models = createRoute({
    method: 'get',
    path: '/api/v1/models',
    summary: 'Models loaded, their versions and cross-validated figures',
    responses: { 200: { description: 'Models.', content: { 'application/json': { schema: ModelsSchema } } }, ...INTERNAL_ERROR },
  });
  let cached: Promise<ModelsBody> | undefined;
  app.openapi(models, async (c) => {
    cached ??= describeModels(ctx.runner).catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return c.json((await cached) as never, 200);
  });

  const health = createRoute({
    method: 'get',
    path: '/api/v1/healthz',
    summary: 'Liveness and load',
    responses: { 200: { description: 'The server is up.', content: { 'application/json': { schema: HealthSchema } } }, ...INTERNAL_ERROR },
  });
  app.openapi(health, (c) => c.json({ status: 'ok' as const, version: VERSION, ...ctx.limiter.load }, 200));
}
