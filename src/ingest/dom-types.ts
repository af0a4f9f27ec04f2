/**
 * The few DOM shapes the HTML reader uses. The project compiles without the DOM library, so
 * linkedom's documents are typed here structurally, at the adapter boundary (STYLE.md §6).
 */

/** A DOM node: element, text or other. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

/** A DOM element. */
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

/** A parsed HTML document. */
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Node types used by the walkers. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
