/**
 * Every match of a global regex in `text`, as `text.matchAll(regex)` gives them. `matchAll` clones the regex
 * on each call (about half a microsecond, more than the search on a short stretch); the extractors run
 * their global regexes over thousands of short stretches per article, so they loop `exec` on the regex itself.
 * Not re-entrant: the regex's `lastIndex` is reset before and after. Every match is held at once, so a scan that
 * runs once over a whole article and may match millions of times on hostile input keeps `matchAll`.
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`matchesOf needs a global regex: /${regex.source}/${regex.flags}`);
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it (a whole code point in Unicode mode).
    if (m[0] === '') regex.lastIndex = advance(text, regex.lastIndex, regex.unicode || regex.flags.includes('v'));
  }
  regex.lastIndex = 0;
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
}
