/**
 * One line of a JSONL corpus, checked: `{"id", "text" | "html", "title"?, "url"?, "source"?,
 * "published_at"?, "lang"?}`. Other fields are ignored.
 */
import { InputError } from '../errors.js';
import { normalizeDate } from './html-meta.js';
import { isAutoLang, isLangCode } from '../lang/normalize-lang-code.js';

/** A checked corpus record. Exactly one of `text` and `html` is set (`text` wins when both are). */
export interface CorpusRecord {
  id: string;
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  lang?: string;
}

/** Optional string fields and where they go in the record. */
const OPTIONAL_FIELDS = [
  ['title', 'title'],
  ['url', 'url'],
  ['source', 'source'],
  ['published_at', 'publishedAt'],
  ['lang', 'lang'],
] as const;

/** The record's id as a string: a non-empty string or an integer. */
function readId(value: unknown, fail: (message: string) => never): string {
  if (value === undefined || value === null) fail('missing `id`');
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') fail('`id` must be a string or an integer');
  if (value.trim() === '') fail('`id` is empty');
  const control = controlCharacter(value);
  if (control) fail(`\`id\` has a control character (${control}): ids go into tab-separated SemEval files and file names`);
  return value;
}

/** The first control character (tab, line break, NUL, …) in `value`, escaped as JSON shows it, if any. */
export function controlCharacter(value: string): string | undefined {
  const match = /[\u0000-\u001f\u007f]/.exec(value);
  return match ? JSON.stringify(match[0]).slice(1, -1) : undefined;
}

/** Parses the JSON object on one line, for error messages without JSON.parse's noise. */
function parseObject(json: string, fail: (message: string) => never): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    fail(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('is not a JSON object');
  return value as Record<string, unknown>;
}

/**
 * Checks one corpus line and returns its record; throws an InputError naming `input` and `line`.
 * @example
 * parseCorpusRecord('{"id":"a1","text":"Hello."}', 'corpus.jsonl', 1); // { id: 'a1', text: 'Hello.' }
 */
export function parseCorpusRecord(json: string, input: string, line: number): CorpusRecord {
  const fail = (message: string): never => {
    throw new InputError({ input, line }, message);
  };
  const object = parseObject(json, fail);
  const record: CorpusRecord = { id: readId(object['id'], fail) };
  const { text, html } = object;
  if (text !== undefined && typeof text !== 'string') fail('`text` must be a string');
  if (html !== undefined && typeof html !== 'string') fail('`html` must be a string');
  if (typeof text === 'string') record.text = text;
  else if (typeof html === 'string') record.html = html;
  else fail('has neither `text` nor `html`');
  if ((record.text ?? record.html ?? '').trim() === '') fail(`\`${record.text !== undefined ? 'text' : 'html'}\` is empty`);
  for (const [field, key] of OPTIONAL_FIELDS) {
    const value = object[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') fail(`\`${field}\` must be a string`);
    record[key] = value as string;
  }
  // `lang` names the language to analyse the article as; blank or `auto` leaves it to detection.
  if (record.lang !== undefined) {
    if (record.lang.trim() === '' || isAutoLang(record.lang)) delete record.lang;
    else if (!isLangCode(record.lang)) fail(`\`lang\` is not a language code (${JSON.stringify(record.lang)}): write one such as en, fr, de, it, pl or ru, or auto to detect it`);
  }
  // The outlet groups stats and names reports; a line break in it would split their rows.
  const control = record.source === undefined ? undefined : controlCharacter(record.source);
  if (control) fail(`\`source\` has a control character (${control})`);
  // A date that names no day would count the article in a month that does not exist, or in none.
  if (record.publishedAt !== undefined && record.publishedAt.trim() !== '' && normalizeDate(record.publishedAt) === undefined) {
    fail(`\`published_at\` is not a date (${JSON.stringify(record.publishedAt)}): write it as ISO 8601, e.g. 2024-03-14 or 2024-03-14T08:00:00Z`);
  }
  return record;
}
