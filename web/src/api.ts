/**
 * Calls to the slant API from the page: one analysis request, with the raw text included so the
 * page can show highlights for HTML and URL inputs too, and problem details turned into messages.
 */
import type { Analysis } from '../../src/result.js';

/** What the user gave. */
export type Source = { kind: 'text'; text: string } | { kind: 'html'; html: string } | { kind: 'url'; url: string };

/** A request's options. */
export interface RequestOptions {
  lang: string;
  /** Id to report, e.g. the dropped file's name. */
  id?: string;
  /** Title, when it is not part of the source. */
  title?: string;
}

/** The analysis and the raw text its offsets index. */
export interface Result {
  analysis: Analysis;
  text: string;
}

/** A failed request, with a message meant for people. */
export class RequestFailed extends Error {
  override name = 'RequestFailed' as const;
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface Problem {
  title?: string;
  detail?: string;
  field?: string;
}

/** A readable message for a problem response. */
function messageFor(status: number, problem: Problem, retryAfter: string | null): string {
  if (status === 413) return `Too long: ${problem.detail ?? 'the article is over the size limit'}.`;
  if (status === 503 && retryAfter !== null) return `The server is busy. Try again in ${retryAfter} s.`;
  if (status === 504) return 'The analysis took too long. Try a shorter article.';
  if (status === 403) return `This URL is not allowed: ${problem.detail ?? 'it points to a private address'}.`;
  if (status === 422) return `Could not read it: ${problem.detail ?? 'the page could not be read'}.`;
  return problem.detail ? `${problem.title ?? 'Error'}: ${problem.detail}` : `The server answered ${status}.`;
}

/**
 * Analyses `source` with the server.
 * @example
 * const { analysis, text } = await analyze({ kind: 'text', text }, { lang: 'auto' });
 */
export async function analyze(source: Source, options: RequestOptions, signal?: AbortSignal): Promise<Result> {
  const body: Record<string, unknown> = { lang: options.lang, include: ['text'] };
  if (source.kind === 'text') body['text'] = source.text;
  if (source.kind === 'html') body['html'] = source.html;
  if (source.kind === 'url') body['url'] = source.url;
  if (options.id !== undefined) body['id'] = options.id;
  if (options.title !== undefined) body['title'] = options.title;
  let res: Response;
  try {
    res = await fetch('/api/v1/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
  } catch {
    throw new RequestFailed('Could not reach the slant server. Is it still running?', 0);
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as Problem;
    throw new RequestFailed(messageFor(res.status, problem, res.headers.get('retry-after')), res.status, problem.field);
  }
  const { text, ...analysis } = (await res.json()) as Analysis & { text?: string };
  return { analysis, text: text ?? (source.kind === 'text' ? source.text : '') };
}
