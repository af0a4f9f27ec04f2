/**
 * Gold spans → BIO tags per token. A token belongs to a span when they share at least one
 * character, which snaps span ends to word boundaries (SOURCES.md quirk 2: in fr/ge/it/po/ru many
 * span ends stop one character short of the word end) and clips spans that cross paragraphs.
 */
import type { Paragraph } from '../document/document.js';
import type { Span } from '../document/span.js';
import { B, I, O } from './bio-viterbi.js';

/** A labelled span in UTF-16 offsets of the raw text. */
export interface LabelledSpan extends Span {
  label: string;
}

/**
 * Tags of each label that has a span in paragraph `p`, keyed by the label's index in `labels`.
 * Overlapping spans of one label merge into one run; touching ones stay apart (each starts with B).
 */
export function goldTags(p: Paragraph, spans: readonly LabelledSpan[], labels: readonly string[]): Map<number, Int8Array> {
  const out = new Map<number, Int8Array>();
  const n = p.tokens.length;
  const sorted = spans.filter((s) => s.start < p.end && s.end > p.start).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    const l = labels.indexOf(s.label);
    if (l < 0) continue;
    let tags = out.get(l);
    for (let t = 0; t < n; t++) {
      const tok = p.tokens[t] as Span;
      if (tok.start >= s.end || tok.end <= s.start) continue;
      if (!tags) out.set(l, (tags = new Int8Array(n)));
      const prevInSpan = t > 0 && (p.tokens[t - 1] as Span).end > s.start && tags[t - 1] !== O;
      if (tags[t] === O) tags[t] = prevInSpan ? I : B;
    }
  }
  return out;
}

/** Token runs `[first, last]` (inclusive) of a BIO tag sequence. */
export function tagRuns(tags: ArrayLike<number>): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let t = 0; t <= tags.length; t++) {
    const y = t < tags.length ? (tags[t] as number) : O;
    if (start >= 0 && y !== I) {
      runs.push([start, t - 1]);
      start = -1;
    }
    if (y === B) start = t;
  }
  return runs;
}
