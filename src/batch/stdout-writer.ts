/**
 * Joins the rendered articles of a run on one stream: JSON is one document when the run reads one
 * file and an array otherwise, whatever number of articles succeed (written as they come, so it
 * streams); JSONL and SemEval rows
 * are concatenated; Markdown and the terminal view are separated by a rule; HTML holds one article
 * (several need `--out DIR`).
 */
import { SlantError } from '../errors.js';
import type { Format } from '../render/formats.js';

const indent = (json: string): string => json.trimEnd().replace(/^/gm, '  ');

/** Writes the articles of one run, in order, to `out`. */
export class StdoutWriter {
  private readonly format: Format;
  private readonly out: (text: string) => void;
  private count = 0;
  private held: string | undefined;
  /** JSON: an array even for one article (the run reads several inputs, a folder, a corpus). */
  private readonly array: boolean;

  constructor(format: Format, out: (text: string) => void, options: { array?: boolean } = {}) {
    this.format = format;
    this.out = out;
    this.array = options.array ?? false;
  }

  /** Writes one article's output. */
  write(output: string): void {
    this.count++;
    switch (this.format) {
      case 'json':
        if (this.array) this.out(`${this.count === 1 ? '[\n' : ',\n'}${indent(output)}`);
        else if (this.count === 1) this.held = output;
        else if (this.count === 2) this.out(`[\n${indent(this.held!)},\n${indent(output)}`);
        else this.out(`,\n${indent(output)}`);
        if (this.count === 2) this.held = undefined;
        return;
      case 'html':
        if (this.count > 1) throw new SlantError('slant: --format html writes one report per article: use --out DIR for several articles');
        this.out(output);
        return;
      case 'md':
        this.out(this.count === 1 ? output : `\n---\n\n${output}`);
        return;
      case 'table':
        this.out(this.count === 1 ? output : `\n${'─'.repeat(60)}\n\n${output}`);
        return;
      default:
        this.out(output);
    }
  }

  /** Ends the run: closes the JSON array, writes the single held JSON document, or `[]` for none. */
  end(): void {
    if (this.format !== 'json') return;
    if (this.held !== undefined) this.out(this.held);
    else if (this.count >= 2 || (this.array && this.count === 1)) this.out('\n]\n');
    else this.out('[]\n');
  }
}
