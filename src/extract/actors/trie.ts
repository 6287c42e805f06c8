import { tokenize, type Token } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Array<{ words: string[]; value: T }>;
}

/** A phrase match: tokens [start, end) and the values of every phrase written exactly that way. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  values: T[];
}

/**
 * Whether a text token fits a phrase word's capitalisation. A lower-case word matches any case ("the
 * Ukrainian leader" matches "The Ukrainian leader"); a word with capitals must match them, or the text
 * may be all capitals ("KYIV"), so "US" never matches the pronoun "us".
 */
export function caseFits(word: string, token: Token): boolean {
  if (word === token.text || word === word.toLowerCase()) return true;
  const w = word.replace(/\./g, '');
  const t = token.text.replace(/\./g, '');
  return w === t || (token.upper && w.toUpperCase() === t.toUpperCase());
}

/** Phrases of several words looked up token by token: longest match first. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [] };
  private depth = 0;

  /** Adds a phrase; returns false for a phrase without words. */
  add(phrase: string, value: T): boolean {
    const toks = tokenize(phrase.trim());
    const words = toks.map((t) => t.text);
    if (!words.length) return false;
    let node = this.root;
    for (const { key } of toks) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    node.entries.push({ words, value });
    this.depth = Math.max(this.depth, words.length);
    return true;
  }

  /**
   * The longest phrase starting at token `i` whose capitalisation fits, within tokens[i, limit) and
   * one sentence.
   * `accept` can reject a value (e.g. a description outside its dates).
   */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length, accept?: (v: T) => boolean): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    const sentence = tokens[i]?.sentence;
    for (let j = i; j < limit && node && tokens[j]!.sentence === sentence; j++) {
      node = node.next.get(tokens[j]!.key);
      if (!node || !node.entries.length) continue;
      let values: T[] | null = null;
      for (const e of node.entries) {
        if (accept && !accept(e.value)) continue;
        let fits = true;
        for (let k = 0; k < e.words.length && fits; k++) fits = caseFits(e.words[k]!, tokens[i + k]!);
        if (fits) (values ??= []).push(e.value);
      }
      if (values) best = { start: i, end: j + 1, values };
    }
    return best;
  }
}
