/**
 * Metadata from an HTML page's head: canonical URL, publication date, site name, author and title,
 * from meta tags, JSON-LD and `<time datetime>`. Read before Readability runs, as it changes the
 * document.
 */
import type { DomDocument } from './dom-types.js';

/** What the page says about itself. All optional. */
export interface HtmlMeta {
  /** The title: `og:title` or `twitter:title` here; extraction falls back to `<title>`. */
  title?: string;
  byline?: string;
  siteName?: string;
  canonicalUrl?: string;
  publishedAt?: string;
}

/** Meta keys holding the publication date, most specific first. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'article.published',
  'publishdate', 'pubdate', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'date',
];

/** `<meta>` contents by lower-cased property, name or itemprop; the first one of each wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** A month by name (English, as in RFC 2822 dates and "March 5, 2024"). */
const MONTH_NAME = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;

/**
 * A date as ISO 8601: kept as given when it already starts like one (`2024-03-01...`), converted
 * when it names a day by a month name, a day number and a four-digit year that `Date.parse`
 * understands (`Tue, 05 Mar 2024 08:30:00 GMT`, `March 5, 2024`), undefined otherwise. A date
 * without a day (`2024`, `March 2024`) or a year (`May 5`, which `Date.parse` puts in 2001), and
 * an all-digit one other than ISO (`03/05/2024`: March or May?), is refused rather than guessed,
 * and so is an ISO date with a time of day that does not exist (`T25:00`) or words after it. A
 * named day without a time zone keeps its day and time as written (`YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:MM:SS` without a zone), whatever the machine's time zone.
 */
export function normalizeDate(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const iso = ISO_DATE.exec(value);
  if (iso !== null) {
    const [hour, minute, second] = [iso[4], iso[5], iso[6]].map((x) => (x === undefined ? 0 : Number(x)));
    const clock = (hour as number) <= 23 && (minute as number) <= 59 && (second as number) <= 60;
    return clock && isCalendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? value : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  if (!MONTH_NAME.test(value) || !/(?<!\d)\d{4}(?!\d)/.test(value) || !/(?<![\d:])\d{1,2}(?![\d:])/.test(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  // With a time zone, the instant. Without one, Date.parse reads the date in the machine's zone
  // ("14 Mar 2024" as local midnight, the 13th in UTC east of Greenwich): keep it as written,
  // its day and time without a zone.
  if (ZONE.test(value)) return new Date(ms).toISOString();
  const local = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return /\d:\d\d/.test(value) ? `${day}T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}` : day;
}

/** An ISO 8601 date, with a time of day and a zone or not, and nothing after it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?|\s?(?:UTC|GMT))?)?$/i;

/** A time zone in a date written with a month name: GMT, UTC, Z, an offset, or a US zone name. */
const ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\b)/;

/** Whether `year-month-day` is a day of the calendar (no month 13, no 30 February). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Every `datePublished` in the page's JSON-LD blocks (nested objects and `@graph` included). */
function jsonLdDates(doc: DomDocument): string[] {
  const dates: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['datePublished'] === 'string') dates.push(record['datePublished']);
    Object.values(record).forEach(visit);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources may still give a date.
    }
  }
  return dates;
}

/** The first parseable publication date from meta tags, JSON-LD, then `<time datetime>`. */
function findDate(doc: DomDocument, meta: Map<string, string>): string | undefined {
  const times = Array.from(doc.querySelectorAll('time[datetime]')).map((t) => t.getAttribute('datetime') ?? '');
  const candidates = [...DATE_KEYS.map((k) => meta.get(k)), ...jsonLdDates(doc), ...times];
  for (const candidate of candidates) {
    const date = normalizeDate(candidate);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** An absolute http(s) URL from `href`, resolved against `base` when given. */
function absoluteUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical URL: `<link rel=canonical>`, else `og:url`. */
function findCanonical(doc: DomDocument, meta: Map<string, string>, base?: string): string | undefined {
  for (const link of Array.from(doc.querySelectorAll('link[rel]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) return absoluteUrl(link.getAttribute('href'), base);
  }
  return absoluteUrl(meta.get('og:url'), base);
}

/**
 * Reads the page's metadata. `baseUrl` (the page's own URL) resolves a relative canonical link.
 * @example
 * const { publishedAt, canonicalUrl } = readHtmlMeta(document, 'https://example.org/a');
 */
export function readHtmlMeta(doc: DomDocument, baseUrl?: string): HtmlMeta {
  const meta = metaMap(doc);
  const result: HtmlMeta = {};
  const title = meta.get('og:title') ?? meta.get('twitter:title');
  if (title) result.title = title;
  const author = meta.get('author') ?? meta.get('article:author');
  if (author && absoluteUrl(author) === undefined) result.byline = author;
  const siteName = meta.get('og:site_name') ?? meta.get('application-name');
  if (siteName) result.siteName = siteName;
  const canonicalUrl = findCanonical(doc, meta, baseUrl);
  if (canonicalUrl !== undefined) result.canonicalUrl = canonicalUrl;
  const publishedAt = findDate(doc, meta);
  if (publishedAt !== undefined) result.publishedAt = publishedAt;
  return result;
}
