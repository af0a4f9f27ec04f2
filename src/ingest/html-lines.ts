/**
 * Turns an HTML subtree into paragraph lines: each block element (p, li, h2, blockquote, ...) and
 * each `<br>`-separated run that ends a sentence becomes one line with its whitespace collapsed.
 * Our paragraphs are non-empty lines, so this is what makes HTML paragraphs into document
 * paragraphs. A single `<br>` after words that end no sentence ("Either we stop this tax now<br>or
 * we watch the harbour die") is a line break inside the paragraph, read as a space: splitting
 * there would cut the sentence, and its technique, in two. Two in a row always end the paragraph.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom-types.js';

/** Elements that start and end a line. Table cells are not: a row becomes one line. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);

/** Collects lines while walking. */
class LineCollector {
  readonly lines: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  /** Where the text after the last soft line break starts, if the line has one. */
  private softAt: number | undefined;

  /** Ends the current line; empty lines are dropped. */
  flush(): void {
    const line = this.current.replace(/\s+/g, ' ').trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
    this.softAt = undefined;
  }

  /** A `<br>`: ends the line after a sentence's end, or right after another `<br>`; else a space. */
  lineBreak(): void {
    const line = this.current.trim();
    const again = this.softAt !== undefined && this.current.slice(this.softAt).trim() === '';
    if (line === '' || again || SENTENCE_END.test(line)) return this.flush();
    this.current += ' ';
    this.softAt = this.current.length;
  }
}

/** A line that ends a sentence: final punctuation, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;][\p{Pf}\p{Pe}"'’»]*$/u;

/** One step of the walk: a node to read, or the end of a block element (its line ends). */
type Step = { node: DomNode; inPre: boolean } | { endOfBlock: true };

/**
 * Reads `root`'s text into `out` in document order. A loop over a stack of its own, not recursion:
 * a page of 30,000 nested elements overflowed the call stack (a 500 from the API).
 */
function walk(root: DomNode, out: LineCollector): void {
  const stack: Step[] = [{ node: root, inPre: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('endOfBlock' in step) {
      out.flush();
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!inPre) out.add(text);
      // Inside <pre> each source line is a line of its own.
      else {
        text.split('\n').forEach((part, i) => {
          if (i > 0) out.flush();
          out.add(part);
        });
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || (node as DomElement).hasAttribute('hidden')) continue;
    if (name === 'BR') {
      out.lineBreak();
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      out.flush();
      stack.push({ endOfBlock: true });
    } else if (name === 'TD' || name === 'TH') out.add(' ');
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, inPre: inPre || name === 'PRE' });
  }
}

/**
 * The text lines of `root`, one per block element or sentence-ending `<br>`-separated run,
 * whitespace collapsed, empty ones dropped.
 * @example
 * htmlLines(parseHTML('<p>One</p><p>Two.<br>Three<br>four</p>').document.body); // ['One', 'Two.', 'Three four']
 */
export function htmlLines(root: DomNode): string[] {
  const out = new LineCollector();
  walk(root, out);
  out.flush();
  return out.lines;
}
