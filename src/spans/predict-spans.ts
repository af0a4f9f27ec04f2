/**
 * Span inference (issue 6): loads the span model of a language lazily, once, and finds the
 * technique spans of a segmented document, reconciled with paragraph decisions when given.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { shippedModelsPath } from '../models/models-root.js';
import type { Document } from '../document/document.js';
import type { SpanFinding } from '../result.js';
import { reconcileSpans, taggerSpans, type ParagraphDecision } from './reconcile-spans.js';
import { paragraphCandidates, paragraphCandidatesFor, type ParagraphCandidates } from './span-candidates.js';
import { decodeSpanModel, type SpanModelHeader } from './span-model-file.js';
import { readModelBytes } from '../models/model-registry.js';
import type { TaggerParams } from './tagger-params.js';

/** A loaded span model. */
export interface SpanModel {
  header: SpanModelHeader;
  params: TaggerParams;
}

const cache = new Map<string, SpanModel | null>();

/** Folder of the shipped span models (`models/spans/` at the package root). */
export function spanModelDir(): string {
  return shippedModelsPath('spans');
}

/** Reads a span model file (uncached). */
export function readSpanModel(file: string): SpanModel {
  return decodeSpanModel(readModelBytes(file), file);
}

/**
 * The span model of `lang` (ISO 639-1), loaded once; null when none ships for that language.
 * @throws ModelError when the file exists but is corrupt or foreign.
 */
export function loadSpanModel(lang: string, dir: string = spanModelDir()): SpanModel | null {
  const file = path.join(dir, `spans-${lang}.slm`);
  if (cache.has(file)) return cache.get(file) ?? null;
  const model = existsSync(file) ? readSpanModel(file) : null;
  cache.set(file, model);
  return model;
}

/** The tagger's candidates for every paragraph of `doc`. */
export function spanCandidates(doc: Document, model: SpanModel): ParagraphCandidates[] {
  return doc.paragraphs.map((_, i) => paragraphCandidates(model.params, doc, i, new Set()));
}

/** Options of `predictSpans`. */
export interface PredictSpansOptions {
  /** The paragraph model's decisions; when given, spans are reconciled with them. */
  decisions?: readonly ParagraphDecision[];
  /** A model to use instead of the shipped one of the document's language. */
  model?: SpanModel;
}

/**
 * The technique spans of `doc`, as UTF-16 ranges of its raw text, sorted by position. Empty when
 * no span model exists for the document's language.
 * @example
 * const spans = predictSpans(segment(article, { lang: 'en' }));
 * spans.map((s) => `${s.label}: ${article.text.slice(s.start, s.end)}`);
 */
export function predictSpans(doc: Document, options: PredictSpansOptions = {}): SpanFinding[] {
  const model = options.model ?? loadSpanModel(doc.lang.code);
  if (!model) return [];
  if (!options.decisions) return taggerSpans(spanCandidates(doc, model));
  return reconcileSpans(options.decisions, decidedCandidates(doc, model, options.decisions));
}

/**
 * Candidates of the decided paragraphs, for their decided labels only: all that reconciliation
 * reads (it keeps a paragraph's spans and fallbacks of the techniques the paragraph reports).
 */
function decidedCandidates(doc: Document, model: SpanModel, decisions: readonly ParagraphDecision[]): ParagraphCandidates[] {
  const labelIndex = new Map(model.params.labels.map((l, i) => [l, i]));
  const out: ParagraphCandidates[] = [];
  for (const d of decisions) {
    const labels = new Set<number>();
    for (const t of d.techniques) {
      const l = labelIndex.get(t.label);
      if (l !== undefined) labels.add(l);
    }
    if (labels.size > 0 && doc.paragraphs[d.index]) out.push(paragraphCandidatesFor(model.params, doc, d.index, labels));
  }
  return out;
}
