/**
 * Schemas of the API's responses, for the OpenAPI document: the Analysis of DESIGN.md §3 (as
 * `src/result.ts` types it), labels, models, health and problem details.
 */
import { z } from '@hono/zod-openapi';
import { CATEGORIES, FRAMES, GENRES, TECHNIQUES } from '../labels.js';
import { SHIPPED_TASKS } from '../models/shipped-models.js';

const span = { start: z.int().min(0), end: z.int().min(0) };
const evidence = z.object({ ...span, text: z.string(), weight: z.number() });
/**
 * SemEval's paragraph number: the 1-based line number in the raw text, so blank lines make it
 * skip ("A\n\nB" gives 1 and 3). Not a position in `paragraphs`.
 */
const paragraphNumber = () => z.int().min(1).openapi({ description: "SemEval's paragraph number: the 1-based line of the raw text the paragraph is on (blank lines make it skip: \"A\\n\\nB\" gives 1 and 3), not an index into `paragraphs`." });

const paragraphShare = z.object({ n: paragraphNumber(), weight: z.number() }).openapi({ description: 'A paragraph and its share of the label\'s positive evidence.' });

/** The Analysis (src/result.ts). */
export const AnalysisSchema = z
  .object({
    article: z.object({
      id: z.string(),
      title: z.string().optional(),
      lang: z.string(),
      source: z.string().optional(),
      url: z.string().optional(),
      publishedAt: z.string().optional(),
      chars: z.int().openapi({ description: 'Length of the raw text in UTF-16 code units, the unit of every offset (`text.length` in JavaScript); an emoji counts 2. The request limit counts code points.' }),
      paragraphs: z.array(z.object({ n: paragraphNumber(), ...span })),
    }),
    genre: z.object({ label: z.enum(GENRES), scores: z.record(z.enum(GENRES), z.number()), evidence: z.array(evidence), paragraphs: z.array(paragraphShare), cues: z.array(z.object({ cue: z.string(), value: z.number(), usual: z.number(), push: z.number() })).optional() }).optional(),
    frames: z.array(z.object({ label: z.enum(FRAMES), score: z.number(), evidence: z.array(evidence), paragraphs: z.array(paragraphShare) })).optional(),
    frameScores: z.partialRecord(z.enum(FRAMES), z.number()).optional().openapi({ description: 'Every frame\'s score, over its threshold or not; only with `allScores`.' }),
    paragraphs: z.array(
      z.object({
        n: paragraphNumber(),
        techniques: z
          .array(z.object({ label: z.enum(TECHNIQUES), category: z.enum(CATEGORIES), score: z.number(), evidence: z.array(evidence) }))
          .optional()
          .openapi({ description: 'Absent when the techniques task was not run (`tasks` without it, or a text without a word); empty when it ran and found none.' }),
        scores: z.partialRecord(z.enum(TECHNIQUES), z.number()).optional(),
      }),
    ),
    spans: z
      .array(z.object({ label: z.enum(TECHNIQUES), ...span, score: z.number() }))
      .optional()
      .openapi({ description: 'Absent when the spans task was not run (`tasks` without it, `fast`, a text without a word) or no span tagger reads the language (warning `spans-unavailable`); empty when it ran and marked none.' }),
    warnings: z.array(z.object({ code: z.string(), message: z.string(), at: z.object(span).optional() })),
    model: z.object({ id: z.string(), version: z.string() }),
    text: z.string().optional().openapi({ description: 'The raw text, only when the request has `include: ["text"]`.' }),
  })
  .openapi('Analysis');

const labelInfo = { id: z.string(), name: z.string(), definition: z.string() };

/** `GET /labels`. */
export const LabelsSchema = z
  .object({
    categories: z.array(z.object({ id: z.enum(CATEGORIES), name: z.string() })),
    techniques: z.array(z.object({ ...labelInfo, category: z.enum(CATEGORIES) })),
    frames: z.array(z.object(labelInfo)),
    genres: z.array(z.object(labelInfo)),
  })
  .openapi('Labels');

/** A file under `models/`, or null where none serves. */
const servedFile = z.string().nullable();

/** One model file as `GET /models` lists it. */
const modelFile = z.object({
  task: z.enum(SHIPPED_TASKS),
  id: z.string(),
  file: z.string().openapi({ description: 'Path under `models/`, e.g. `techniques/techniques.slm`.' }),
  bytes: z.int(),
  languages: z.array(z.string()),
  labels: z.int(),
  training: z.record(z.string(), z.unknown()),
  cv: z.unknown(),
  error: z.string().optional().openapi({ description: 'Present when the header could not be read: why (an analysis that needs this file fails).' }),
  companion: z.string().optional().openapi({ description: 'Present when this model decides together with another file (a frames model of one language with the pooled one): its path under `models/`.' }),
  companionMissing: z.literal(true).optional().openapi({ description: 'Present when `companion` is not among the shipped files: an analysis that needs this model fails, naming the missing file.' }),
  unsupported: z.record(z.string(), z.array(z.string())).optional().openapi({ description: 'Per language, the labels this file never predicts there: its training data in that language had no example of them (English techniques: four of the newer scheme).' }),
  vectorLexicons: z.record(z.string(), z.string()).optional().openapi({ description: 'Per language, the word-vector lexicon (path under `models/`) whose article mean the decision reads beside the margins (English frames).' }),
});

/** `GET /models`. */
export const ModelsSchema = z
  .object({
    analysis: z.object({ id: z.string(), version: z.string() }).openapi({ description: 'The model that analyses report (`model` in each Analysis).' }),
    models: z.array(modelFile).openapi({ description: 'Every shipped model file, described from its header.' }),
    serving: z
      .record(z.string(), z.object({ techniques: servedFile, sentences: servedFile, spans: servedFile, frames: servedFile, genre: servedFile }))
      .openapi({ description: 'Per language (`und`: any language without training data), the file under `models/` each task uses; null where none ships.' }),
    fast: z
      .object({
        files: z.array(modelFile),
        serving: z.record(z.string(), z.object({ techniques: servedFile, frames: servedFile, genre: servedFile })),
      })
      .openapi({ description: 'The fast set (`models/fast/`, what requests with `fast: true` use): its files and, per language, the file each task uses.' }),
  })
  .openapi('Models');

/** `GET /healthz`. */
export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    active: z.int(),
    queued: z.int(),
    concurrency: z.int(),
    maxQueue: z.int(),
  })
  .openapi('Health');

/** RFC 9457 problem details. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    field: z.string().optional().openapi({ description: 'The body field at fault, as a dotted path.' }),
    errors: z.array(z.object({ field: z.string(), detail: z.string() })).optional(),
  })
  .openapi('Problem');

/** The problem response of one status, for route definitions. */
export function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } };
}

/** The 500 any route can answer: an error in slant itself. */
export const INTERNAL_ERROR = { 500: problemResponse('An error in slant itself (the server log has it).') } as const;
