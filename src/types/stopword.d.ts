/** The part of the `stopword` package (no types of its own) that slant uses: one word list per ISO 639-3 code. */
declare module 'stopword' {
  const lists: Record<string, readonly string[] | undefined>;
  export = lists;
}
