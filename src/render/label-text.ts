/**
 * Display text for labels and scores, shared by every human-readable format.
 */
import { FRAME_INFO, GENRES, GENRE_INFO, TECHNIQUE_INFO, type Category, type Frame, type Genre, type Technique } from '../labels.js';

/** A category's display name: `Attack_on_Reputation` → `Attack on reputation`. */
export function categoryName(category: Category): string {
  const words = category.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A technique's display name, e.g. `Loaded language`. */
export const techniqueName = (t: Technique): string => TECHNIQUE_INFO[t].name.charAt(0).toUpperCase() + TECHNIQUE_INFO[t].name.slice(1);

/** A frame's display name. */
export const frameName = (f: Frame): string => FRAME_INFO[f].name;

/** A genre's display name. */
export const genreName = (g: Genre): string => GENRE_INFO[g].name;

/** A score with two decimals, the same everywhere: `0.82`. */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** A share as a whole percentage: `0.624` → `62%`; a share that rounds to nothing but is not nothing, `<1%`. */
export function formatPercent(share: number): string {
  return share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`;
}

/**
 * Why the decided genre is not the most probable one, or null when it is. The genre decision adds
 * per-language offsets that favour the rare genres (reporting, satire; tuned for macro-F1), so a
 * label can win with a lower probability; the reader should see that rather than a contradiction.
 * @example
 * genreChoiceNote({ label: 'satire', scores: { opinion: 0.73, reporting: 0.12, satire: 0.15 } });
 * // "chosen over opinion 0.73: the decision favours the rarer genres"
 */
export function genreChoiceNote(g: { label: Genre; scores: Record<Genre, number> }): string | null {
  const top = GENRES.reduce((a, b) => (g.scores[b] > g.scores[a] ? b : a));
  if (top === g.label || g.scores[top] <= g.scores[g.label]) return null;
  return `chosen over ${top} ${formatScore(g.scores[top])}: the decision favours the rarer genres`;
}

/** What each style measure counts, for "more … / fewer … than usual". */
const CUE_WORDS: Record<string, string> = {
  quote: 'quotation marks', '?': 'questions', '!': 'exclamations', '%': 'percent signs', $: 'dollar signs', '€': 'euro signs',
  number: 'numbers', year: 'years', i: 'first-person words', said: 'reported speech', you: 'second-person words', we: '“we”',
  intens: 'intensifiers', hedge: 'hedges', absolute: 'absolutes', paragraphs: 'paragraphs',
};
/** Measures read as a mass, not counted: "less reported speech", not "fewer". */
const MASS_CUES = new Set(['said']);
/** The size measures, as (above usual, below usual). */
const SIZE_WORDS: Record<string, [string, string]> = { tokens: ['a longer article', 'a shorter article'], 'tokens-per-paragraph': ['longer paragraphs', 'shorter paragraphs'] };

/**
 * The style measures a genre was decided by, as the reader sees them, or null when it was decided
 * by words.
 * @example
 * genreStyleText({ cues: [{ cue: 'quote', value: 0, usual: 4.2, push: 0.3 }, { cue: 'tokens', value: 900, usual: 600, push: 0.1 }] });
 * // "style: fewer quotation marks, a longer article than usual"
 */
export function genreStyleText(g: { cues?: readonly { cue: string; value: number; usual: number }[] }): string | null {
  if (g.cues === undefined || g.cues.length === 0) return null;
  const parts = g.cues.map((c) => {
    const above = c.value > c.usual;
    const size = SIZE_WORDS[c.cue];
    return size ? size[above ? 0 : 1] : `${above ? 'more' : MASS_CUES.has(c.cue) ? 'less' : 'fewer'} ${CUE_WORDS[c.cue] ?? c.cue}`;
  });
  return `style: ${parts.join(', ')} than usual`;
}

/**
 * The paragraphs that carried an article-level label's evidence, as the reader sees them: `¶5, ¶7`.
 * @example
 * paragraphRefs([{ n: 5, weight: 0.6 }, { n: 7, weight: 0.3 }]); // "¶5, ¶7"
 */
export function paragraphRefs(paragraphs: readonly { n: number }[]): string {
  return paragraphs.map((p) => `¶${p.n}`).join(', ');
}
