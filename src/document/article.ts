/**
 * The article as read from its source. Readers (src/ingest/) build it; nothing after them changes
 * `text`: every later stage refers to it by offsets.
 */

/** Where an article came from, as far as the reader could tell. All fields optional. */
export interface SourceMeta {
  /** Which reader made it. */
  format?: 'text' | 'stdin' | 'html' | 'url' | 'jsonl' | 'semeval';
  /** File the article was read from (for JSONL: the corpus file). */
  path?: string;
  /** 1-based line in `path` (JSONL corpora). */
  line?: number;
  /** URL it was fetched from, or the URL given in a corpus. */
  url?: string;
  /** The page's canonical URL, when it declares one. */
  canonicalUrl?: string;
  /** Outlet or source name (JSONL `source`, HTML site name). */
  outlet?: string;
  byline?: string;
  /** Publication date as given by the source, ISO 8601 where it could be parsed. */
  publishedAt?: string;
}

/** One article: an id, its raw text (never changed), and what is known about it. */
export interface Article {
  /** Stable id: the SemEval id for `article<ID>.txt`, the file's base name, or the corpus id. */
  id: string;
  /** The raw text, exactly as read (BOM, CRLF and all). */
  text: string;
  /** Title, when the source gives one apart from the text. */
  title?: string;
  /** Language code (ISO 639-1) when known from the source or the user; detection fills it otherwise. */
  lang?: string;
  source?: SourceMeta;
}
