/**
 * Fetches one web page under the URL rules of issue 2: http/https only, a time limit for the whole
 * fetch, a size cap enforced while streaming, an accepted content type, at most five redirects
 * (each target checked again), and no private or loopback addresses unless allowed.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { InputError } from '../errors.js';
import { guardedLookup, refusedAddressError } from './guarded-lookup.js';
import { networkInputError } from './network-error.js';
import { DEFAULT_LIMITS, type ReadOptions } from './read-options.js';
import { readResponseBody } from './read-response-body.js';

/** Media types accepted as pages. */
export const PAGE_MEDIA_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetched page: where it ended up, its media type and charset parameter, and its body. */
export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  /** Lower-cased media type without parameters (`text/html` when the server sent none). */
  mediaType: string;
  /** The full Content-Type header, when sent. */
  contentType?: string;
  bytes: Buffer;
}

/** The settings one fetch runs with. */
interface FetchContext {
  input: string;
  allowPrivate: boolean;
  maxBytes: number;
  signal: AbortSignal;
}

/** `text` as an http(s) URL, or an InputError saying why not. */
function parseHttpUrl(text: string, ctx: FetchContext, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new InputError({ input: ctx.input }, base ? `redirects to an invalid URL (${text})` : 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError({ input: ctx.input }, `${base ? 'redirects to' : 'is'} a ${url.protocol} URL; only http and https are fetched`);
  }
  return url;
}

/** What the server answered, once its headers are in: a page, or a redirect to follow. */
async function handleResponse(res: http.IncomingMessage, url: URL, ctx: FetchContext): Promise<FetchedPage | { redirect: string }> {
  const status = res.statusCode ?? 0;
  const fail = (message: string): never => {
    res.destroy();
    throw new InputError({ input: ctx.input }, message);
  };
  if (REDIRECTS.has(status)) {
    const location = res.headers.location;
    res.resume();
    return location ? { redirect: location } : fail(`HTTP ${status} redirect without a Location header`);
  }
  if (status < 200 || status >= 300) fail(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
  const contentType = res.headers['content-type'];
  const mediaType = (contentType ?? 'text/html').split(';')[0]!.trim().toLowerCase();
  if (!PAGE_MEDIA_TYPES.includes(mediaType)) fail(`is ${mediaType}, not an HTML page`);
  const bytes = await readResponseBody(res, ctx.input, ctx.maxBytes);
  const page: FetchedPage = { url: url.href, mediaType, bytes };
  if (contentType !== undefined) page.contentType = contentType;
  return page;
}

/** One request: the page or a redirect; rejects with an InputError. */
function requestOnce(url: URL, ctx: FetchContext): Promise<FetchedPage | { redirect: string }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host) !== 0 && !ctx.allowPrivate ? refusedAddressError(ctx.input, host, host) : undefined;
  if (literal !== undefined) return Promise.reject(literal);
  return new Promise((resolve, reject) => {
    let refused: InputError | undefined;
    const options: https.RequestOptions = {
      method: 'GET',
      agent: false,
      signal: ctx.signal,
      headers: { 'user-agent': 'slant (article reader)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9', 'accept-encoding': 'gzip, deflate, br' },
    };
    if (!ctx.allowPrivate) options.lookup = guardedLookup(ctx.input, (error) => (refused = error));
    const request = (url.protocol === 'https:' ? https : http).request(url, options, (res) => {
      handleResponse(res, url, ctx).then(resolve, (error: unknown) => reject(networkInputError(error, ctx.input, host)));
    });
    request.on('error', (error) => reject(refused ?? networkInputError(error, ctx.input, host)));
    request.end();
  });
}

/** Follows redirects from `start`, checking each target again. */
async function followRedirects(start: URL, ctx: FetchContext): Promise<FetchedPage> {
  let url = start;
  const visited = new Set([url.href]);
  for (let redirects = 0; ; redirects++) {
    const result = await requestOnce(url, ctx);
    if (!('redirect' in result)) return result;
    if (redirects >= DEFAULT_LIMITS.maxRedirects) {
      throw new InputError({ input: ctx.input }, `too many redirects (more than ${DEFAULT_LIMITS.maxRedirects})`);
    }
    url = parseHttpUrl(result.redirect, ctx, url);
    if (visited.has(url.href)) throw new InputError({ input: ctx.input }, `redirect loop (back to ${url.href})`);
    visited.add(url.href);
  }
}

/**
 * Fetches the page at `input`. Options: `allowPrivate`, `maxBytes` (default 5 MB), `timeoutMs`
 * (default 15 s, for the whole fetch). Throws an InputError naming the URL and the problem.
 * @example
 * const page = await fetchPage('https://example.org/news/1', { timeoutMs: 5000 });
 */
export async function fetchPage(input: string, options: ReadOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const ctx: FetchContext = {
    input,
    allowPrivate: options.allowPrivate === true,
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxUrlBytes,
    signal: controller.signal,
  };
  try {
    return await followRedirects(parseHttpUrl(input, ctx), ctx);
  } catch (error) {
    if (controller.signal.aborted) throw new InputError({ input }, `timed out after ${timeoutMs / 1000} s`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
