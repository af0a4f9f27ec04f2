/**
 * Whether a text is an HTML page by its first characters: the rule standard input follows
 * (`slant analyze -`), and the web page for pasted text. No Node API, so the page can share it.
 */

/**
 * True when `text`, after a BOM, leading whitespace and any comments (a saved page often opens
 * with one), opens with a doctype or a page's tag.
 */
export function startsWithHtmlTag(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').replace(/^(\s*<!--[\s\S]*?-->)+/, '').trimStart();
  return /^<(!doctype\s+html|html|head|body|article|main|div|p|h1|meta|title)[\s>/]/i.test(start);
}
