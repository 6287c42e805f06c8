import type { Candidate } from './candidate.js';
import type { ActorWords } from './lexicon.js';
import { ENTRY_RANK, type ActorModel, type Entry } from './model.js';
import type { Token } from './tokens.js';

/** "the president": a description that names no one; resolved by coreference. */
export interface Generic {
  start: number;
  end: number;
  role: string[] | null;
  media: boolean;
}

export interface KnownResult {
  candidates: Candidate[];
  generics: Generic[];
  /** Tokens inside a profile phrase, a platform name or a generic description. */
  covered: Uint8Array;
}

const within = (day: string, from?: string, until?: string) => (!from || day >= from) && (!until || day <= until);

/**
 * Finds every profile phrase in the text, longest first: actor names and aliases, role descriptions
 * valid on the publication day, government metonyms and groups, and the lexicon's generic descriptions
 * and platforms. Names inside a description ("Trump" in "Trump's special envoy") are mentions too.
 */
export function findKnown(tokens: readonly Token[], model: ActorModel, words: ActorWords, published: string): KnownResult {
  const candidates: Candidate[] = [];
  const generics: Generic[] = [];
  const covered = new Uint8Array(tokens.length);
  const dated = (e: Entry) => e.type !== 'description' || within(published, e.from, e.until);
  const bare = (e: Entry) => dated(e) && !('needsThe' in e && e.needsThe);
  const nested = (e: Entry) => e.type === 'name' || e.type === 'metonym';

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word) {
      i++;
      continue;
    }
    let m = t.key === 'the' ? model.trie.longestAt(tokens, i + 1, tokens.length, dated) : null;
    const from = m ? i : -1;
    m ??= model.trie.longestAt(tokens, i, tokens.length, bare);
    if (!m) {
      i++;
      continue;
    }
    const entry = [...m.values].sort((a, b) => ENTRY_RANK[a.type] - ENTRY_RANK[b.type])[0]!;
    const titleStart = from >= 0 ? from : m.start;
    const after = tokens[m.end];
    const extended = entry.type === 'metonym' ? words.nameExtender.has(after?.text ?? '') || words.orgHead.has(after?.text ?? '') : entry.type === 'name' && words.nameExtender.has(after?.text ?? '');
    if (extended && after?.word && !after.glued && after.sentence === t.sentence) {
      // "United Nations Charter", "Minsk Agreement", "Kyiv Post": a thing named after the actor.
      if (entry.type === 'name' || words.nameExtender.has(after.text)) covered.fill(1, titleStart, m.end + 1);
      i = m.end;
      continue;
    }
    if (entry.type === 'name' && m.end - m.start === 1 && !standsAlone(tokens, m.start, entry.actor.nameWords, words)) {
      // A surname alias inside another name ("Hunter Biden", "Trump Tower") is left to the name finder.
      i = m.end;
      continue;
    }
    // "the General Staff", "the president of the company": a generic word inside a longer name or description.
    const inLonger = !!after && after.sentence === t.sentence && ((after.word && after.cap) || after.key === 'of');
    if (entry.type === 'generic' && inLonger) {
      i = m.end;
      continue;
    }
    for (let k = titleStart; k < m.end; k++) covered[k] = 1;
    if (entry.type === 'platform') {
      i = m.end;
      continue;
    }
    if (entry.type === 'generic') {
      generics.push({ start: titleStart, end: m.end, role: entry.role, media: entry.media });
      i = m.end;
      continue;
    }
    let start = m.start;
    if (entry.type === 'description' || (entry.type === 'name' && entry.anaphoric)) {
      // A name opening the description is a mention of its own ("Trump's special envoy", "Kremlin
      // spokesperson"); the description keeps the rest. A name in its complement ("the President of
      // the European Council") is part of the title only.
      const n = model.trie.longestAt(tokens, m.start, m.end - 1, nested);
      if (n && n.end < m.end) {
        candidates.push(fromEntry(n.values.sort((a, b) => ENTRY_RANK[a.type] - ENTRY_RANK[b.type])[0]!, n.start, n.end, n.start));
        start = tokens[n.end]!.key === "'s" ? n.end + 1 : n.end;
      }
      if (start >= m.end) {
        i = m.end;
        continue;
      }
    }
    candidates.push(fromEntry(entry, start, m.end, start === m.start ? titleStart : start));
    i = m.end;
  }
  return { candidates, generics, covered };
}

// Object literals, not `{ ...base, more }`: V8 11 (Node 20) takes a slow path when a spread copy gains new keys.
function fromEntry(entry: Entry, start: number, end: number, titleStart: number): Candidate {
  switch (entry.type) {
    case 'name':
      return {
        start,
        end,
        titleStart,
        target: entry.actor,
        form: entry.acronym ? 'acronym' : entry.placeAlias ? 'metonym' : 'name',
        rule: entry.placeAlias ? 'mention/metonym' : 'mention/name',
        entry: entry.type,
        ...(entry.anaphoric && { anaphoric: true }),
      };
    case 'description':
      return { start, end, titleStart, target: entry.actor, form: 'description', rule: 'mention/description', entry: entry.type };
    case 'metonym':
      return { start, end, titleStart, target: entry.actor, form: 'metonym', rule: 'mention/metonym', entry: entry.type };
    case 'group':
      return { start, end, titleStart, target: entry.actor, form: 'metonym', rule: 'mention/group', entry: entry.type };
    default:
      throw new Error(`Cannot make a mention from a "${entry.type}" phrase`);
  }
}

/**
 * Whether a one-word alias stands for its actor. Not when it is part of another name: after a first name that is not the
 * actor's ("Hunter Biden"), or before a place or organisation word ("Trump Tower", "Trump Organization").
 */
function standsAlone(tokens: readonly Token[], i: number, own: Set<string>, words: ActorWords): boolean {
  const prev = tokens[i - 1];
  if (prev && prev.word && prev.cap && !tokens[i]!.glued && prev.sentence === tokens[i]!.sentence) {
    if (words.firstName.has(prev.text) && !own.has(prev.key)) return false;
  }
  const next = tokens[i + 1];
  if (next && next.word && next.cap && !next.glued && next.sentence === tokens[i]!.sentence) {
    if (words.orgHead.has(next.text) || words.placeWord.has(next.text)) return false;
  }
  return true;
}
