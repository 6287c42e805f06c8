import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that start and end a paragraph of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br', 'center', 'caption',
]);
/** Elements whose text is never article text. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'button',
  'select', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);
/** Page furniture, also skipped when there is no main-text extraction to remove it. */
export const PAGE_FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);

/**
 * The text of an element as paragraphs separated by blank lines: block elements and `<br>` end a
 * paragraph, white space inside a paragraph collapses to single spaces. Walks the tree with an
 * explicit stack, so a deep tree cannot overflow the call stack.
 */
export function elementText(root: DomNode, skip: ReadonlySet<string> = NEVER_TEXT): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toLowerCase();
    const block = BLOCK.has(name);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (node !== root && skip.has(name)) continue;
    if (block) flush();
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
    if (name === 'td' || name === 'th') current += ' ';
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Drops every element matching a selector (used before main-text detection: scripts, iframes...). */
export function removeAll(root: { querySelectorAll(s: string): ArrayLike<DomElement> }, selector: string): void {
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of found) el.remove();
}
