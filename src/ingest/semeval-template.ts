/**
 * Reader of SemEval-2023 subtask-3 templates (`id<TAB>paragraph<TAB>text`, one row per non-empty
 * line of the article), per article or combined.
 *
 * The combined `train-labels-subtask-3.template` of fr, ge, it, po and ru glues rows together: the
 * last line of an article has no line break, so the next article's id follows its text on the same
 * line (`...text.23100<TAB>1<TAB>next text`). The reader splits such a row when the glued digits
 * equal the id of the row that follows (the next article's second paragraph), which settles it
 * without guessing; a glue it cannot settle is an InputError (or skipped when lenient).
 */
import {
  DuplicateGuard,
  parseCount,
  parseId,
  readLabelText,
  rowError,
  splitRows,
  type LabelFile,
  type LabelReadOptions,
  type RawRow,
} from './semeval-rows.js';
import { InputError } from '../errors.js';

/** One template row: a paragraph and its text as in the article (without the line break). */
export interface TemplateRow {
  id: string;
  /** The 1-based line number of the paragraph in the article. */
  paragraph: number;
  /** The paragraph's text, untrimmed; a `\r` of a CRLF article is the line break and is dropped. */
  text: string;
  line: number;
}

/** Splits a raw template line into its rows: one, or two when an article's last row was glued on. */
function splitTemplateLine(raw: RawRow, nextId: string | undefined, input: string): Array<[string, string, string]> {
  const parts = raw.text.split('\t');
  if (parts.length < 3) throw rowError(input, raw.line, `expected 3 tab-separated fields (id, paragraph, text), found ${parts.length}`);
  const [id, paragraph] = [parts[0]!.trim(), parts[1]!.trim()];
  const rest = parts.slice(2);
  if (rest.length >= 3 && nextId !== undefined) {
    for (let j = 1; j + 1 < rest.length; j++) {
      if (rest[j - 1]!.endsWith(nextId) && /^\d+$/.test(rest[j]!) && rest[j - 1]!.length > 0) {
        const text = rest.slice(0, j - 1).concat(rest[j - 1]!.slice(0, -nextId.length)).join('\t');
        return [[id, paragraph, text], [nextId, rest[j]!, rest.slice(j + 1).join('\t')]];
      }
    }
  }
  if (rest.length >= 3 && /\d$/.test(rest[rest.length - 3]!) && /^\d+$/.test(rest[rest.length - 2]!)) {
    throw rowError(input, raw.line, 'two rows glued on one line (missing line break) and the split is ambiguous');
  }
  return [[id, paragraph, rest.join('\t')]];
}

/** Parses the text of a template file (per-article or combined). */
export function parseTemplate(text: string, input: string, options: LabelReadOptions = {}): LabelFile<TemplateRow> {
  const raws = splitRows(text);
  const seen = new DuplicateGuard(input);
  const rows: TemplateRow[] = [];
  raws.forEach((raw, i) => {
    try {
      const nextId = raws[i + 1]?.fields[0];
      for (const [idField, paragraphField, body] of splitTemplateLine(raw, nextId, input)) {
        const id = parseId(idField, input, raw.line);
        const paragraph = parseCount(paragraphField, 'paragraph number', input, raw.line);
        if (paragraph < 1) throw rowError(input, raw.line, 'paragraph numbers start at 1');
        seen.check(`${id}\t${paragraph}`, raw.line, `article ${id} paragraph ${paragraph}`);
        rows.push({ id, paragraph, text: body, line: raw.line });
      }
    } catch (error) {
      if (!(error instanceof InputError) || !options.lenient) throw error;
      options.problems?.push(error);
    }
  });
  return { input, rows };
}

/** Reads a template file. Throws InputError for a missing file or a bad row. */
export async function readTemplate(path: string, options?: LabelReadOptions): Promise<LabelFile<TemplateRow>> {
  return parseTemplate(await readLabelText(path), path, options);
}
