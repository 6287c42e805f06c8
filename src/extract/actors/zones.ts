import type { ActorWords } from './lexicon.js';
import type { Token } from './tokens.js';
import { PhraseTrie } from './trie.js';

/** Per-token flags for stretches where names are not actors, or pronouns not the narrator's. */
export interface Zones {
  /** In a photo or agency credit or a byline. */
  credit: Uint8Array;
  /** Inside quotation marks. */
  quoted: Uint8Array;
  /** In a headline-style line (most words capitalised): only profile names count there. */
  headline: Uint8Array;
}

const SHORT = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'as', 'is', 'with', 'from', 'vs', 'after', 'amid', 'over']);
const OPEN_QUOTES = '“«„';
const CLOSE_QUOTES = '”»';

export function creditTrie(words: ActorWords): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const m of words.data.creditMarkers) trie.add(m, true);
  return trie;
}

/** Marks credits, bylines, quotations and headline lines. */
export function findZones(tokens: readonly Token[], credits: PhraseTrie<true>): Zones {
  const n = tokens.length;
  const credit = new Uint8Array(n);
  const quoted = new Uint8Array(n);
  const headline = new Uint8Array(n);

  // Paragraph by paragraph: headline lines, short credit or byline lines.
  for (let a = 0; a < n; ) {
    let b = a;
    while (b < n && tokens[b]!.paragraph === tokens[a]!.paragraph) b++;
    let wordCount = 0;
    let content = 0;
    let capped = 0;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (!t.word) continue;
      wordCount++;
      if (SHORT.has(t.key) || !(t.cap || t.lower)) continue;
      content++;
      if (t.cap) capped++;
    }
    let l = b - 1;
    while (l > a && /^["”’)\]]$/.test(tokens[l]!.text)) l--;
    const sentenceEnd = /^[.!?…]$/.test(tokens[l]!.text);
    if (content >= 2 && capped / content >= 0.75 && !sentenceEnd) headline.fill(1, a, b);
    // A short line opening with a credit word: "OAN Staff Blake Wolf", "By John Smith", "Getty Images".
    if (wordCount <= 12 && !sentenceEnd) {
      let marked = false;
      for (let k = a, seen = 0; k < b && seen < 3 && !marked; k++) {
        if (!tokens[k]!.word) continue;
        seen++;
        marked = !!credits.longestAt(tokens, k, b);
      }
      if (marked) credit.fill(1, a, b);
    }
    a = b;
  }

  // Parentheses holding a credit marker or a slash: "(Toby Melville – WPA/Getty Images)".
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.text !== '(' && tokens[i]!.text !== '[') continue;
    const close = tokens[i]!.text === '(' ? ')' : ']';
    let j = i + 1;
    while (j < n && j - i < 30 && tokens[j]!.text !== close && tokens[j]!.paragraph === tokens[i]!.paragraph) j++;
    if (j >= n || tokens[j]!.text !== close) continue;
    let marked = false;
    for (let k = i + 1; k < j && !marked; k++) marked = tokens[k]!.text === '/' || !!credits.longestAt(tokens, k, j);
    if (marked) credit.fill(1, i, j + 1);
  }

  // "REUTERS/Eva Marie Uzcategui", "Photo: Jane Doe": the rest of the sentence is a credit. Two capitals
  // in capitals ("MOSCOW/KYIV, Dec 3 -") are a dateline unless the first is a credit word ("REUTERS/GLEB").
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const after = tokens[i + 1];
    const slash = t.text === '/' && t.glued && prev.upper && after?.glued && after.cap && (!after.upper || !!credits.longestAt(tokens, i - 1, i));
    const colon = t.text === ':' && credits.longestAt(tokens, i - 1, i);
    if (!slash && !colon) continue;
    let j = i - 1;
    while (j < n && tokens[j]!.sentence === t.sentence) credit[j++] = 1;
  }

  // Quotation marks, paragraph by paragraph; straight quotes toggle.
  let open = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (i > 0 && t.paragraph !== tokens[i - 1]!.paragraph) open = false;
    if (OPEN_QUOTES.includes(t.text)) open = true;
    else if (CLOSE_QUOTES.includes(t.text)) open = false;
    else if (t.text === '"') open = !open;
    else if (open) quoted[i] = 1;
  }
  return { credit, quoted, headline };
}
