/**
 * The longest evidence phrase, in words. Phrases are runs of adjacent contributing tokens; in
 * ordinary text they stay short (over 240 SemEval articles in six languages: technique phrases at
 * most 15 words, 99 % at most 8; genre and frames phrases at most 7), but a text whose tokens all
 * contribute alike (a repeated word, a long list) would make one run of the whole paragraph. A run
 * that reaches this many words is closed and the next contributing word starts a new phrase.
 */
export const MAX_PHRASE_WORDS = 16;
