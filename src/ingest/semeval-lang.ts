/**
 * The language of a SemEval article from its place in the official layout:
 * `<lang>/<split>-articles-subtask-N/article<ID>.txt`.
 */
import { basename, dirname, resolve } from 'node:path';

/** SemEval folder codes and the ISO 639-1 code each stands for (`ge` and `po` are SemEval's own). */
const SEMEVAL_LANGS: Readonly<Record<string, string>> = {
  en: 'en',
  fr: 'fr',
  ge: 'de',
  it: 'it',
  po: 'pl',
  ru: 'ru',
};

/**
 * The language of an article file from the folder above its articles folder, normalised
 * (`ge` → `de`, `po` → `pl`); undefined when that folder is not one of SemEval's six codes.
 * @example
 * semevalLangFromPath('/x/semeval2023/it/train-articles-subtask-3/article123.txt'); // 'it'
 */
export function semevalLangFromPath(filePath: string): string | undefined {
  const langDir = basename(dirname(dirname(resolve(filePath)))).toLowerCase();
  return SEMEVAL_LANGS[langDir];
}
