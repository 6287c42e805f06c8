import type { Meta } from './api';

/** What a page gets: the route's path segments after the page name, its query, the profile vocabularies. */
export interface PageContext {
  path: string[];
  query: Record<string, string>;
  meta: Meta;
  /** Navigates to another hash route. */
  go(hash: string): void;
}

export type Page = (root: HTMLElement, ctx: PageContext) => Promise<void> | void;

/** Splits `#/documents/abc?focus=x` into ['documents', 'abc'] and {focus: 'x'}; null for non-route hashes. */
export function parseHash(hash: string): { path: string[]; query: Record<string, string> } | null {
  if (hash === '' || hash === '#') return { path: [], query: {} };
  if (!hash.startsWith('#/')) return null;
  const [p = '', q = ''] = hash.slice(2).split('?', 2);
  const path = p
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        return seg;
      }
    });
  return { path, query: Object.fromEntries(new URLSearchParams(q)) };
}
