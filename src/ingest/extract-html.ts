/**
 * Main-text extraction from an HTML page with @mozilla/readability over a linkedom document
 * (STACK.md): navigation, ads and comments are dropped; the headline opens the text (as the
 * first line of a SemEval article) and is kept as the title too; byline, date, canonical URL and
 * site name are kept apart from the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-types.js';
import { htmlLines } from './html-lines.js';
import { normalizeDate, readHtmlMeta, type HtmlMeta } from './html-meta.js';
import { withHtmlShell } from './html-shell.js';

/** The article found in a page: its text (paragraphs as lines) and metadata. */
export interface HtmlArticle extends HtmlMeta {
  /** Paragraphs, one per line, separated by blank lines (as in SemEval's articles); may be empty. */
  text: string;
}

/** Elements dropped from the body when Readability finds no article. */
const FALLBACK_DROPPED = 'nav, header, footer, aside, form, [role="navigation"], [aria-hidden="true"]';

/** What Readability found: the article's content as a DOM node, and what it read about it. */
interface ReadabilityFind {
  node: DomNode;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

/**
 * Pages nested deeper than this skip Readability for the plain body text: its scoring walks the
 * ancestors of every node, so its time grows with the cube of the depth (a 22 KB page of 2,000
 * nested `<div>`s took 85 s; 400 levels took 1.3 s). Real pages stay far below (a few dozen).
 */
export const READABILITY_MAX_DEPTH = 200;

/** Whether an element of `root`'s tree lies more than `limit` levels below it. */
function deeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === ELEMENT_NODE) stack.push([children[i]!, depth + 1]);
  }
  return false;
}

/** Parses a page into a linkedom document. */
function parsePage(html: string): DomDocument {
  return parseHTML(withHtmlShell(html)).document as unknown as DomDocument;
}

/** Readability's result, with its content as a DOM node; null when it finds no article or fails. */
function runReadability(doc: DomDocument): ReadabilityFind | null {
  try {
    // Readability is typed against the DOM library, which this project does not load.
    const reader = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode });
    const parsed = reader.parse();
    if (parsed?.content == null) return null;
    const result: ReadabilityFind = { node: parsed.content };
    if (parsed.title) result.title = parsed.title.trim();
    if (parsed.byline) result.byline = parsed.byline.trim();
    if (parsed.siteName) result.siteName = parsed.siteName.trim();
    if (parsed.publishedTime) result.publishedTime = parsed.publishedTime.trim();
    return result;
  } catch {
    return null;
  }
}

/**
 * The body's lines without its navigation, header, footer and forms. It parses the page again:
 * Readability has changed the first document.
 */
function fallbackLines(html: string): string[] {
  const body = parsePage(html).body;
  if (body === null) return [];
  for (const el of Array.from(body.querySelectorAll(FALLBACK_DROPPED)) as DomElement[]) el.remove();
  return htmlLines(body);
}

/** A `<title>` without the site name it often carries (`Story - Site`, `Site | Story`). */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[-|–—:·»]\\s+${site}$`, 'i'), '').replace(new RegExp(`^${site}\\s+[-|–—:·»]\\s+`, 'i'), '');
  return stripped.trim() === '' ? title : stripped;
}

/** A line compared loosely: lower-cased, spaces collapsed, a leading "by" dropped. */
const loose = (line: string): string => line.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^by\s+/, '');

/**
 * Whether `line` is the page's headline `title` told another way: one starts with the other (of
 * three words or more), also once a trailing ` | Site` or ` - Site` is taken off the title.
 */
function sameHeadline(line: string, title: string): boolean {
  const a = loose(line);
  const b = loose(title);
  const bare = b.replace(/\s+[-|–—:·»]\s+[^-|–—:·»]+$/, '');
  const words = (s: string): number => s.split(' ').length;
  return [b, bare].some((t) => words(t) >= 3 && words(a) >= 3 && (a.startsWith(t) || t.startsWith(a)));
}

/** Drops leading lines that repeat the title (it opens the text once) or the byline (its own field). */
function dropRepeatedHead(lines: string[], repeats: Array<string | undefined>): string[] {
  const repeated = new Set(repeats.filter((s): s is string => !!s).map(loose));
  let start = 0;
  while (start < Math.min(lines.length, 3) && repeated.has(loose(lines[start]!))) start++;
  return lines.slice(start);
}

/**
 * Extracts the article from an HTML page. `baseUrl` is the page's URL, when fetched, for resolving
 * a relative canonical link. Falls back to the body's text when Readability finds no article, or
 * when the page is nested too deep for it (`READABILITY_MAX_DEPTH`).
 * @example
 * const { title, text, publishedAt } = extractHtml(await readFile('page.html', 'utf8'));
 */
export function extractHtml(html: string, baseUrl?: string): HtmlArticle {
  const doc = parsePage(html);
  const meta = readHtmlMeta(doc, baseUrl);
  const root = doc.documentElement;
  const found = root !== null && deeperThan(root, READABILITY_MAX_DEPTH) ? null : runReadability(doc);
  const merged: HtmlMeta = { ...meta };
  const pageTitle = meta.title ?? withoutSiteName(found?.title || doc.title.trim(), meta.siteName ?? found?.siteName);
  if (pageTitle) merged.title = pageTitle;
  if (found?.byline && !meta.byline) merged.byline = found.byline;
  if (found?.siteName && !meta.siteName) merged.siteName = found.siteName;
  const readDate = normalizeDate(found?.publishedTime);
  if (readDate !== undefined && !meta.publishedAt) merged.publishedAt = readDate;
  const lines = found !== null ? htmlLines(found.node) : [];
  const repeats = [merged.title, merged.byline, found?.title, found?.byline];
  const body = dropRepeatedHead(lines.length > 0 ? lines : fallbackLines(html), repeats);
  // The headline opens the text, once, as the first line of a SemEval article does: the models
  // learnt from articles that start with it, and a headline is where much of the persuasion is.
  // A body that already opens with the headline (an <h1> longer than the <title>, or a <title>
  // carrying the site's name) keeps it as it is.
  const headline = merged.title?.replace(/\s+/g, ' ').trim();
  const opens = headline !== undefined && body[0] !== undefined && sameHeadline(body[0], headline);
  const text = (headline && body.length > 0 && !opens ? [headline, ...body] : body).join('\n\n');
  return { ...merged, text };
}
