/**
 * The model that stands in for a language without one of its own, as warnings name it: the pooled
 * multilingual model, or in a folder trained on one language (`slant train --lang`) that language's.
 */
export function fallbackModelName(languages: readonly string[]): string {
  return languages.length === 1 ? `the ${languages[0] as string} model` : 'the pooled multilingual model';
}
