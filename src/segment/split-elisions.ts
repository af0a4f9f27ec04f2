/**
 * Pass 5: splits French and Italian elisions off the word they lean on: "l'homme" becomes "l'" and
 * "homme", "dell'anno" becomes "dell'" and "anno", so the noun is counted as itself. English
 * contractions ("don't") and names ("O'Brien") are left whole: only fr and it are split.
 */
import type { Token } from '../document/document.js';
import type { SegmentState } from './segment-state.js';

const ELIDED: Record<string, ReadonlySet<string>> = {
  fr: new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']),
  it: new Set([
    'l', 'd', 'c', 'm', 't', 's', 'v', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quell',
    'quest', 'anch', 'com', 'dov', 'tutt', 'senz', 'cos',
  ]),
};

/** The token split at its first apostrophe when its head is an elided word of `lang`. */
export function splitElision(token: Token, lang: string): Token[] {
  const set = ELIDED[lang];
  if (!set || token.kind !== 'word') return [token];
  const at = token.norm.indexOf("'");
  if (at <= 0 || at === token.norm.length - 1 || !set.has(token.norm.slice(0, at))) return [token];
  // norm and surface have the same length up to the apostrophe for these ASCII heads.
  const cut = token.start + at + 1;
  return [
    { start: token.start, end: cut, kind: 'word', norm: token.norm.slice(0, at + 1) },
    { start: cut, end: token.end, kind: 'word', norm: token.norm.slice(at + 1) },
  ];
}

/** The tokens with elisions split; the same array when none is. */
function splitAll(tokens: Token[], lang: string): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap test first: most tokens hold no apostrophe.
    const parts = t.norm.length > 2 && t.norm.includes("'") ? splitElision(t, lang) : null;
    if (parts !== null && parts.length > 1) out ??= tokens.slice(0, i);
    if (out !== null) out.push(...(parts ?? [t]));
  }
  return out ?? tokens;
}

/** Splits elisions in every paragraph's tokens (French and Italian only). */
export function splitElisions(state: SegmentState): void {
  if (!ELIDED[state.lang]) return;
  for (const p of state.paragraphs) p.tokens = splitAll(p.tokens, state.lang);
}
