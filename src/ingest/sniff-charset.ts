/**
 * The charset a file declares by its first bytes: a BOM, or for a web page an early `<meta>`. No
 * Node API, so the web page reads a dropped file by the same rule as `slant analyze` reads it.
 */

/** How far into a page a `<meta charset>` is looked for (the HTML standard says 1024 bytes). */
const META_SNIFF_BYTES = 1024;

/** The charset a BOM declares, if any. */
export function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The charset a BOM or an early `<meta>` declares, lower-cased, if any. A `<meta>` that names
 * UTF-16 is read as UTF-8, as the HTML standard's prescan says: the tag was readable as ASCII, so
 * the page is not UTF-16 (a real UTF-16 page has a BOM), and decoding it as UTF-16 makes garbage.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const bom = bomCharset(bytes);
  if (bom !== undefined) return bom;
  // Byte for byte as Latin-1: the tag and its charset name are ASCII.
  let head = '';
  for (const b of bytes.subarray(0, META_SNIFF_BYTES)) head += String.fromCharCode(b);
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  return declared !== undefined && isUtf16(declared) ? 'utf-8' : declared;
}

/** Whether `label` names UTF-16 in either byte order (any of its aliases: `unicode`, `ucs-2`, …). */
function isUtf16(label: string): boolean {
  try {
    return new TextDecoder(label).encoding.startsWith('utf-16');
  } catch {
    return false;
  }
}
