/**
 * `slant segment <inputs...>`: reads articles and prints them segmented (paragraphs numbered like
 * the SemEval templates, sentences, tokens) as JSON, JSON Lines, or SemEval template rows.
 *
 * Output formats:
 * - `json` (default): one article gives one Document object; several give one JSON array of them.
 *   Indented, one line per sentence and token.
 * - `jsonl`: one compact Document per line, whatever the number of articles.
 * - `template`: the rows `id<TAB>paragraph<TAB>text` of each article, byte for byte as SemEval's
 *   `.template` files; articles follow each other, with a newline added where an article's last
 *   row has none. For a combined SemEval template, give the files in file-name order.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Document } from '../document/document.js';
import type { CliContext } from './context.js';
import { isLangCode, normalizeLangCode } from '../lang/normalize-lang-code.js';
import { readInputs } from '../ingest/index.js';

/** The output formats of `slant segment`. */
export const SEGMENT_FORMATS = ['json', 'jsonl', 'template'] as const;
type SegmentFormat = (typeof SEGMENT_FORMATS)[number];

interface SegmentCommandOptions {
  format: SegmentFormat;
  lang?: string;
  allowPrivate?: boolean;
}

/** Checks and normalises `--lang` (`ge` → `de`, `po` → `pl`). */
function parseLang(value: string): string {
  if (!isLangCode(value)) throw new InvalidArgumentError('expected a language code such as en, de, ge, pl, po');
  return normalizeLangCode(value);
}

/** Writes documents one by one in `format`, keeping what the format needs between them. */
class DocumentWriter {
  #count = 0;
  #pending: string | undefined;
  #endsWithNewline = true;

  constructor(
    private readonly ctx: CliContext,
    private readonly format: SegmentFormat,
    private readonly formatters: Formatters,
  ) {}

  write(doc: Document): void {
    this.#count++;
    if (this.format === 'jsonl') return this.ctx.out(`${JSON.stringify(doc)}\n`);
    if (this.format === 'template') return this.#writeTemplate(doc);
    // JSON: hold the first document back until we know whether an array is needed.
    const json = this.formatters.formatDocumentJson(doc);
    if (this.#count === 1) this.#pending = json;
    else {
      if (this.#count === 2) this.ctx.out(`[\n${this.#pending!}`);
      this.ctx.out(`,\n${json}`);
    }
  }

  #writeTemplate(doc: Document): void {
    const rows = this.formatters.formatTemplate(doc);
    if (rows === '') return;
    if (!this.#endsWithNewline) this.ctx.out('\n');
    this.ctx.out(rows);
    this.#endsWithNewline = rows.endsWith('\n');
  }

  /** Closes the output (the JSON array, or the single JSON document). */
  end(): void {
    if (this.format !== 'json') return;
    if (this.#count === 1) this.ctx.out(`${this.#pending!}\n`);
    else if (this.#count > 1) this.ctx.out('\n]\n');
  }
}

type Formatters = Pick<typeof import('../segment/index.js'), 'formatDocumentJson' | 'formatTemplate'>;

/** Segments every input and writes it; a bad input is reported and the others go on. */
async function runSegment(inputs: string[], options: SegmentCommandOptions, ctx: CliContext): Promise<void> {
  // Imported here so that `slant --help` does not load the language detector's tables.
  const segmentation = await import('../segment/index.js');
  const writer = new DocumentWriter(ctx, options.format, segmentation);
  const readOptions = { stdin: ctx.io.stdin, ...(options.allowPrivate ? { allowPrivate: true } : {}) };
  for await (const result of readInputs(inputs, readOptions)) {
    if ('error' in result) {
      ctx.fail(result.error, result.input);
      continue;
    }
    try {
      writer.write(segmentation.segment(result.article, options.lang === undefined ? {} : { lang: options.lang }));
    } catch (error) {
      ctx.fail(error, result.input);
    }
  }
  writer.end();
}

/** Adds `slant segment` to the program. */
export function registerSegment(program: Command, ctx: CliContext): void {
  program
    .command('segment')
    .description('print articles segmented into paragraphs, sentences and tokens')
    .argument('<inputs...>', 'text/HTML/JSONL files, folders of article<ID>.txt, URLs, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'json (one document, or an array for several), jsonl, or template (SemEval rows)')
        .choices(SEGMENT_FORMATS)
        .default('json'),
    )
    .option('--lang <code>', 'language of the articles instead of detecting it (ge and po accepted)', parseLang)
    .option('--allow-private', 'allow URLs on private or loopback addresses')
    .addHelpText(
      'after',
      '\nExamples:\n  slant segment examples/town-bypass-op-ed.txt\n' +
        '  slant segment --format template data/en/train-articles-subtask-3/article*.txt\n',
    )
    .action((inputs: string[], options: SegmentCommandOptions) => runSegment(inputs, options, ctx));
}
