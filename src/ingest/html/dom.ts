import { createRequire } from 'node:module';

/** linkedom takes a third of a second to load: loaded on the first HTML input, not at startup. */
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;

/**
 * The few DOM members Parley reads, typed structurally: the project compiles without the DOM
 * library, and linkedom's documents provide all of these.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Parses a whole page. linkedom never runs scripts, loads resources or follows links. */
export function parsePage(html: string): DomDocument {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  const doc = (linkedom.parseHTML(html) as unknown as { document: DomDocument }).document;
  // Text without any element gives a document without a root: parse it as the body of a page.
  if (doc.documentElement) return doc;
  return (linkedom.parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument }).document;
}

/** Parses an HTML fragment (a feed item's content, a JSON record's `html`) into a document body. */
export function parseFragment(html: string): DomElement {
  const doc = parsePage(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return doc.body ?? doc.documentElement;
}

/** True when a string holds markup rather than plain text. */
export const looksLikeHtml = (s: string): boolean => /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i.test(s.slice(0, 20000));
