/** The pixel width of an element, kept up to date as the window resizes, so charts draw at real size. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** A ref to put on the element, and its current width (0 before the first layout). */
export function useWidth<T extends HTMLElement>(): [RefObject<T>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    setWidth(Math.floor(el.clientWidth));
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
