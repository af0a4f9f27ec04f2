/**
 * Evidence for a technique in a paragraph: the tokens whose features pushed the label's score up
 * most, merged into readable phrases (issue 4, item 5). Spans are UTF-16 offsets inside the
 * paragraph.
 */
import type { Document, Paragraph, Token } from '../document/document.js';
import type { Span } from '../document/span.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { Emitter, emitParagraphTo } from '../features/paragraph-features.js';
import type { TechniqueModel } from '../models/technique-model.js';
import type { SpanSignal } from '../models/span-signal.js';
import { sentenceDocument, type ParagraphSentenceSignal } from '../models/sentence-signal.js';
import { functionWords, hasContentWord } from './function-words.js';
import { MAX_PHRASE_WORDS } from './phrase-limit.js';

/** One evidence phrase and how much it added to the label's margin. */
export interface Evidence extends Span {
  weight: number;
}

const scratch = new OccurrenceRecorder(4096);

/** Each token's share of label `label`'s contributions (weight × value), in occurrence order. */
function contributions(model: TechniqueModel, label: number, rec: OccurrenceRecorder, tokenCount: number): Float64Array {
  const perToken = new Float64Array(tokenCount);
  const { index, value, from: froms, to: tos } = rec;
  for (let k = 0; k < rec.length; k++) {
    const from = froms[k] as number;
    const to = tos[k] as number;
    const c = (model.weight(index[k] as number, label) * (value[k] as number)) / (to - from + 1);
    if (from === to) perToken[from] = (perToken[from] as number) + c;
    else for (let t = from; t <= to; t++) perToken[t] = (perToken[t] as number) + c;
  }
  return perToken;
}

/**
 * Adds the span tagger's part of the decision to `perToken` (margin units): a decision over margin
 * and signal, σ(a·margin + sb·B + si·I + b), owes sb·B to the token with the highest B emission
 * and si·I to the one with the highest I, so each gets that push (when positive) divided by a.
 */
function addTaggerPeaks(perToken: Float64Array, model: TechniqueModel, doc: Document, label: string, signal: SpanSignal): void {
  // A language without a calibration of its own (decision null) has no stacked decision.
  const { decision } = model.decisionFor(doc.lang.code);
  const l = model.header.labels.indexOf(label);
  const c = decision?.span?.platt[l];
  if (!c || !(c.a > 0)) return;
  for (const [tag, slope] of [[0, c.sb], [1, c.si]] as const) {
    const at = signal.peaks[l * 2 + tag] as number;
    const push = slope * (signal.values[l * 2 + tag] as number);
    if (at >= 0 && at < perToken.length && push > 0) perToken[at] = (perToken[at] as number) + push / c.a;
  }
}

/** The sentence model's signal the decision used (from `scoreParagraphs`) and the sentence model. */
export interface SentenceEvidence {
  signal: ParagraphSentenceSignal;
  model: TechniqueModel;
}

/**
 * Adds the sentence model's part of the decision to `perToken` (margin units): the decision owes
 * ss·S to the paragraph's sentence with the highest sentence margin, so that push (when positive),
 * divided by a, is shared among that sentence's tokens in proportion to their positive
 * contributions to the sentence model's margin. `recorded` keeps each sentence's occurrences, so
 * labels that peak in the same sentence extract it once.
 */
function addSentencePeak(perToken: Float64Array, model: TechniqueModel, doc: Document, index: number, label: string, s: SentenceEvidence, recorded: Map<number, OccurrenceRecorder>): void {
  const { decision } = model.decisionFor(doc.lang.code);
  const l = model.header.labels.indexOf(label);
  const c = decision?.span?.platt[l];
  const sl = s.model.header.labels.indexOf(label);
  const at = s.signal.peaks[l] as number;
  const push = (c?.ss ?? 0) * (s.signal.values[l] as number);
  if (!c || !(c.a > 0) || sl < 0 || at < 0 || !(push > 0)) return;
  const sentences = sentenceDocument(doc).doc;
  const sentence = sentences.paragraphs[at];
  const first = sentence ? (doc.paragraphs[index] as Paragraph).tokens.indexOf(sentence.tokens[0] as Token) : -1;
  if (!sentence || first < 0) return;
  let rec = recorded.get(at);
  if (!rec) {
    recorded.set(at, (rec = new OccurrenceRecorder(sentence.tokens.length * 24)));
    emitParagraphTo(new Emitter(s.model.featuresFor(doc.lang.code), doc.lang.code, { recorder: rec }), sentences, at);
  }
  const own = contributions(s.model, sl, rec, sentence.tokens.length);
  let total = 0;
  for (const v of own) if (v > 0) total += v;
  if (!(total > 0)) return;
  own.forEach((v, t) => { if (v > 0) perToken[first + t] = (perToken[first + t] as number) + ((push / c.a) * v) / total; });
}

/**
 * Options of `explainParagraphLabels`. The optional fields also take `undefined` (the same as
 * leaving them out), so callers pass on what `scoreParagraphs` gave them as it is.
 */
export interface ExplainLabelsOptions {
  /** Evidence phrases kept per label, the strongest ones (default 3). */
  max?: number;
  /** This paragraph's occurrences recorded by `scoreParagraphs`; features are not extracted again. */
  recorded?: OccurrenceRecorder | undefined;
  /** The span tagger's signal the decision used (from `scoreParagraphs`). */
  signal?: SpanSignal | undefined;
  /** The sentence model's signal the decision used, with the sentence model. */
  sentence?: SentenceEvidence | undefined;
}

/**
 * The top `max` evidence phrases for each of `labels` in paragraph `index` of `doc` (features are
 * extracted once for all of them, or not at all when `recorded` holds this paragraph's occurrences
 * from `scoreParagraphs`). With `signal`, the tokens the span tagger's signal came from share the
 * evidence with the n-gram contributions; with `sentence`, so do the words of the sentence the
 * sentence signal came from.
 * @example
 * explainParagraphLabels(model, doc, 0, ['Loaded_Language', 'Doubt'])[0];
 * explainParagraphLabels(model, doc, p.index, labels, { signal: p.spanSignal, max: 5 });
 */
export function explainParagraphLabels(model: TechniqueModel, doc: Document, index: number, labels: readonly string[], options: ExplainLabelsOptions = {}): Evidence[][] {
  const { max = 3, recorded, signal, sentence } = options;
  const para = doc.paragraphs[index] as Paragraph | undefined;
  if (!para || para.tokens.length === 0 || labels.length === 0) return labels.map(() => []);
  let rec = recorded;
  if (!rec) {
    // A scratch recorder: the occurrences are read below and not kept.
    rec = scratch;
    rec.length = 0;
    emitParagraphTo(new Emitter(model.featuresFor(doc.lang.code), doc.lang.code, { recorder: rec }), doc, index);
  }
  const sentenceRecords = new Map<number, OccurrenceRecorder>();
  return labels.map((label) => {
    const l = model.header.labels.indexOf(label);
    if (l < 0) return [];
    const perToken = contributions(model, l, rec, para.tokens.length);
    if (signal) addTaggerPeaks(perToken, model, doc, label, signal);
    if (sentence) addSentencePeak(perToken, model, doc, index, label, sentence, sentenceRecords);
    return mergePhrases(para.tokens, perToken, functionWords(doc.lang.code)).sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, max).sort((a, b) => a.start - b.start);
  });
}

/**
 * The top `max` evidence phrases for `label` in paragraph `index` of `doc`, by contribution.
 * @example
 * explainParagraph(model, doc, 0, 'Loaded_Language').map((s) => doc.article.text.slice(s.start, s.end));
 */
export function explainParagraph(model: TechniqueModel, doc: Document, index: number, label: string, max = 3): Evidence[] {
  return explainParagraphLabels(model, doc, index, [label], { max })[0] as Evidence[];
}

/**
 * Runs of positive-contribution word tokens (a one-token gap is bridged) become phrases of at most
 * `MAX_PHRASE_WORDS` tokens. Phrases made only of function words (`words`) are dropped when another phrase holds a content word.
 */
function mergePhrases(tokens: Token[], perToken: Float64Array, words: ReadonlySet<string> | null): Evidence[] {
  // The positive contributions in increasing order (a typed array sorts numbers without a comparator).
  const positive = perToken.filter((c) => c > 0).sort();
  const n = positive.length;
  // Keep tokens in the top quarter of positive contributions so phrases stay short.
  const cut = n > 0 ? (positive[n - Math.max(1, Math.floor(n / 4))] as number) : Infinity;
  const out: (Evidence & { from: number; to: number })[] = [];
  let cur: (Evidence & { from: number; to: number }) | null = null;
  let lastIn = -10;
  let length = 0;
  tokens.forEach((t, i) => {
    const c = perToken[i] as number;
    if (c < cut || t.kind === 'punct') return;
    if (cur && i - lastIn <= 2 && length < MAX_PHRASE_WORDS) {
      cur.end = t.end;
      cur.to = i;
      cur.weight += c;
      length++;
    } else {
      cur = { start: t.start, end: t.end, weight: c, from: i, to: i };
      out.push(cur);
      length = 1;
    }
    lastIn = i;
  });
  const content = out.filter((e) => hasContentWord(tokens, e.from, e.to, words));
  // Report each phrase's share of the paragraph's positive evidence for the label, in (0, 1].
  // Summed from the largest, as ever (the same order, so the same number).
  let total = 0;
  for (let k = n - 1; k >= 0; k--) total += positive[k] as number;
  return (content.length > 0 ? content : out).map((e) => ({ start: e.start, end: e.end, weight: e.weight / total }));
}
