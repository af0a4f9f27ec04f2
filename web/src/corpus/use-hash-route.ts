/**
 * The page's place, kept in the URL's hash so links, the back button and reloads work:
 * `#/` analyse an article, `#/corpus` the corpus view (with its filter and page as a query, see
 * corpus-query.ts), `#/corpus/article/12` a stored article, `#/labels` what the labels mean.
 */
import { useEffect, useState } from 'preact/hooks';

/** Where the page is. */
export type Route = { view: 'analyse' } | { view: 'labels' } | { view: 'corpus'; articleId?: number };

/** The route of a hash. */
export function parseHash(hash: string): Route {
  if (/^#\/labels\/?$/.test(hash)) return { view: 'labels' };
  const m = /^#\/corpus(?:\/article\/(\d+))?\/?(?:\?.*)?$/.exec(hash);
  if (m === null) return { view: 'analyse' };
  return m[1] === undefined ? { view: 'corpus' } : { view: 'corpus', articleId: Number(m[1]) };
}

/** The current route, updated on hash changes. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
