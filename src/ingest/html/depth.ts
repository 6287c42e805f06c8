/** Elements that never have children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
/** Elements whose end tag is optional: left out of the count, since pages often leave them open. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt', 'html', 'head', 'body']);
/** Elements whose content is raw text, skipped whole. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/**
 * How deeply elements nest in an HTML string, counted by a single linear scan of its tags (without
 * building a DOM), stopping once `limit` is passed. Parsing and main-text detection slow down
 * sharply with depth, so pages nested deeper than any real page are refused before parsing.
 */
export function nestingDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const close = html[i + 1] === '/';
    let j = i + (close ? 2 : 1);
    const nameStart = j;
    while (j < html.length && /[A-Za-z0-9:-]/.test(html[j]!)) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const gt = html.indexOf('>', j);
    if (gt < 0) break;
    if (name && /^[a-z]/.test(name)) {
      if (close) {
        if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
      } else if (RAW_TEXT.has(name)) {
        const endTag = new RegExp(`</${name}`, 'ig');
        endTag.lastIndex = gt + 1;
        const end = endTag.exec(html);
        if (!end) break;
        i = html.indexOf('<', end.index + 2);
        continue;
      } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && html[gt - 1] !== '/') {
        depth++;
        if (depth > max) {
          max = depth;
          if (max > limit) return max;
        }
      }
    }
    i = html.indexOf('<', gt + 1);
  }
  return max;
}
