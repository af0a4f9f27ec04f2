/**
 * Gives an HTML string the `<html><head><body>` shell linkedom needs: unlike a browser parser it
 * builds no implied elements, so a fragment would have no body (and `document.head` would throw).
 */

const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;

/** Takes the first match of `pattern` out of `text`: [match, rest]. */
function takeOut(text: string, pattern: RegExp): [string, string] {
  const match = pattern.exec(text);
  if (match === null) return ['', text];
  return [match[0], text.slice(0, match.index) + text.slice(match.index + match[0].length)];
}

/**
 * The page unchanged when it has both `<html>` and `<body>`; otherwise the same content inside a
 * complete shell, with its `<head>` (or a lone `<title>`) moved into the head.
 * @example
 * withHtmlShell('<title>T</title><p>x</p>'); // '<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>'
 */
export function withHtmlShell(html: string): string {
  if (HAS_HTML.test(html) && HAS_BODY.test(html)) return html;
  let rest = html.replace(/<!doctype[^>]*>/i, '').replace(/<\/?html(?:\s[^>]*)?>/gi, '');
  let head: string;
  [head, rest] = takeOut(rest, /<head(?:\s[^>]*)?>[\s\S]*?<\/head>/i);
  if (head === '') {
    let title: string;
    [title, rest] = takeOut(rest, /<title(?:\s[^>]*)?>[\s\S]*?<\/title>/i);
    head = `<head>${title}</head>`;
  }
  rest = rest.replace(/<\/?body(?:\s[^>]*)?>/gi, '');
  return `<!DOCTYPE html><html>${head}<body>${rest}</body></html>`;
}
