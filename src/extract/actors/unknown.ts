import type { Candidate, TextActor } from './candidate.js';
import { isDemonym, opensSentence, type DocContext } from './context.js';
import type { Token } from './tokens.js';
import { PhraseTrie } from './trie.js';

/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman", "Institute for the Study of War"). */
const PARTICLES = new Set(['of', 'the', 'for', 'de', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'du', 'la', 'le', 'del', 'dos']);
const ORG_JOINERS = new Set(['of', 'the', 'for', 'and']);
const ACRONYM_NOUNS = new Set(['agency', 'party', 'ministry', 'service', 'group', 'committee', 'council', 'bureau', 'network', 'channel', 'newspaper', 'broadcaster', 'company', 'corporation', 'bank', 'fund', 'organization', 'organisation']);

/** Phrase tries for the lexicon's media cues, built once per pipeline. */
export interface CueTries {
  before: PhraseTrie<true>;
  after: PhraseTrie<true>;
  mediaNoun: PhraseTrie<true>;
}

export function cueTries(ctx: Pick<DocContext, 'words'>): CueTries {
  const make = (xs: readonly string[]) => {
    const t = new PhraseTrie<true>();
    for (const x of xs) t.add(x, true);
    return t;
  };
  const { data } = ctx.words;
  return { before: make(data.mediaCues.before), after: make(data.mediaCues.after), mediaNoun: make(data.mediaNouns) };
}

/** Whether a media cue phrase ends right before token `i` ("according to", "he told"). */
function cueBefore(ctx: DocContext, cues: CueTries, i: number): boolean {
  for (let len = 1; len <= 5 && i - len >= 0; len++) {
    const m = cues.before.longestAt(ctx.tokens, i - len, i);
    if (m && m.end === i) return true;
  }
  return false;
}

/**
 * Finds people and organisations the profile does not know: runs of capitalised words that a title, a
 * first name, an apposition, a speech verb, an organisation word or a media cue makes an actor.
 * Skips credits, headlines and everything the profile already matched.
 */
export function findUnknown(ctx: DocContext, covered: Uint8Array, cues: CueTries): Candidate[] {
  const { tokens, words, zones } = ctx;
  const out: Candidate[] = [];
  const free = (i: number) => {
    const t = tokens[i];
    return !!t && t.word && !covered[i] && !zones.credit[i] && !zones.headline[i];
  };
  const nameLike = (i: number) => free(i) && tokens[i]!.cap && !words.notName.has(tokens[i]!.text);

  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(i)) continue;
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t || t.sentence !== tokens[i]!.sentence) break;
      if (nameLike(j)) j++;
      else if (t.text === '-' && t.glued && tokens[j + 1]?.glued && free(j + 1)) j += 2;
      else if (t.text === '.' && t.glued && tokens[j - 1]!.text.length === 1 && tokens[j - 1]!.cap) j++;
      else if (PARTICLES.has(t.text) && nameLike(j + 1) && !tokens[j + 1]!.upper) j++;
      else break;
    }
    while (j > i && !tokens[j - 1]!.cap) j--;
    const c = classify(ctx, cues, i, j);
    if (c) out.push(c);
    i = j - 1;
  }
  return out;
}

function classify(ctx: DocContext, cues: CueTries, a0: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  let a = a0;
  // A capitalised common word opening the sentence is not part of the name ("Citing", "Wartime").
  while (a < b && opensSentence(tokens, a) && isCommonWord(ctx, tokens[a]!)) a++;
  if (a < b && tokens[a]!.key === 'the') a++;
  if (a >= b) return null;
  const toks = tokens.slice(a, b).filter((t) => t.word);
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;

  // Organisations: a name ending in an organisation word, or "Ministry of ...".
  const orgHeadLast = words.orgHead.has(last.text);
  const orgHeadFirst = words.orgHead.has(first.text) && tokens[a + 1]?.key === 'of';
  if ((orgHeadLast || orgHeadFirst) && toks.length >= 2) {
    let s = a;
    // "Head of the Presidential Office" -> "Presidential Office"
    while (s < b && (words.roleNoun.has(tokens[s]!.key) || words.titleWord.has(tokens[s]!.key)) && tokens[s + 1]?.key === 'of') {
      s += 2;
      if (tokens[s]?.key === 'the') s++;
    }
    if (s >= b || (b - s < 2 && !orgHeadFirst && !ORG_JOINERS.has(tokens[s]!.key))) return null;
    if (tokens.slice(s, b).every((t) => !t.word || words.titleWord.has(t.key) || ORG_JOINERS.has(t.key) || words.orgHead.has(t.text)) && b - s < 3)
      return null;
    const media = words.mediaHead.has(last.text);
    if (media && !cueBefore(ctx, cues, a) && !cues.after.longestAt(tokens, b)) return null;
    return make(ctx, s, b, { kind: 'organization', media }, media ? 'mention/media-cue' : 'mention/org-name');
  }

  // An acronym cited as a source or naming an agency ("the GRU military intelligence agency").
  if (toks.length === 1 && first.upper && first.text.replace(/\W/g, '').length <= 6) {
    if (isDemonym(ctx, first)) return null;
    const next = tokens[b];
    const evidence =
      cueBefore(ctx, cues, a) ||
      (next && (words.speechVerb.has(next.key) || ACRONYM_NOUNS.has(next.key) || !!cues.after.longestAt(tokens, b))) ||
      (tokens[a - 1]?.text === '(' && tokens[b]?.text === ')');
    if (!evidence) return null;
    return make(ctx, a, b, { kind: 'organization', media: false }, 'mention/acronym');
  }

  // People: strip a title inside the run ("Lieutenant General", "Mr"), then look for evidence.
  let n = a;
  let titled = false;
  while (n < b - 1 || (n < b && titled)) {
    const t = tokens[n]!;
    if (!t.word) {
      n++;
      continue;
    }
    const firstName = words.firstName.has(t.text) && tokens[n + 1]?.cap;
    if (!firstName && (words.honorific.has(t.key) || words.titleWord.has(t.key) || isDemonym(ctx, t) || (titled && PARTICLES.has(t.key)))) {
      titled = true;
      n++;
      continue;
    }
    break;
  }
  if (n >= b) return null;
  const name = tokens.slice(n, b).filter((t) => t.word);
  if (name.length > 4) return null;
  const notPersonal = (t: Token) =>
    words.placeName.has(t.text) || ctx.model.places.has(t.text) || words.placeWord.has(t.text) || words.orgHead.has(t.text) ||
    (t.upper && t.text.length > 1) || ((words.titleWord.has(t.key) || words.roleNoun.has(t.key)) && !words.firstName.has(t.text));
  if (name.some(notPersonal))
    return mediaByCue(ctx, cues, a, b);
  const roleBefore = titled || roleNounBefore(ctx, a);
  const firstName = name.length >= 2 && words.firstName.has(name[0]!.text);
  const speaks = name.length >= 2 && name.length <= 3 && speechNear(ctx, a, b);
  const apposition = name.length >= 2 && roleAfter(ctx, b);
  if (name.length === 1 && !roleBefore) return mediaByCue(ctx, cues, a, b);
  if (!roleBefore && !firstName && !speaks && !apposition) return mediaByCue(ctx, cues, a, b);
  const honor = tokens.slice(a, n).map((t) => words.honorific.get(t.key)).find((g) => g);
  const gender = honor ?? words.firstName.get(name[0]!.text) ?? undefined;
  return make(ctx, n, b, { kind: 'person', media: false, ...(gender && { gender }) }, firstName || speaks || apposition ? 'mention/person-name' : 'mention/titled-name', a);
}

function make(ctx: DocContext, start: number, end: number, actor: Omit<TextActor, 'name'>, rule: string, titleStart = start): Candidate {
  const name = nameText(ctx.tokens, start, end);
  return { start, end, titleStart, target: { ...actor, name }, form: actor.kind === 'organization' && end - start === 1 && ctx.tokens[start]!.upper ? 'acronym' : 'name', rule };
}

/** A capitalised run cited as a source ("according to Kommersant", "Axios reported") is a news organisation. */
function mediaByCue(ctx: DocContext, cues: CueTries, a: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  const toks = tokens.slice(a, b).filter((t) => t.word);
  if (toks.length > 3 || toks.some((t) => words.placeName.has(t.text) || ctx.model.places.has(t.text) || words.firstName.has(t.text))) return null;
  const noun = cues.mediaNoun.longestAt(tokens, b);
  if (!noun && !cueBefore(ctx, cues, a) && !(b < tokens.length && /^(reported|reports|reporting)$/.test(tokens[b]!.key))) return null;
  return make(ctx, a, b, { kind: 'organization', media: true }, 'mention/media-cue');
}

/** A name as written: tokens joined with their original spacing collapsed to single spaces. */
export function nameText(tokens: readonly Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && !tokens[k]!.glued ? ' ' : '') + tokens[k]!.text;
  return s;
}

function isCommonWord(ctx: DocContext, t: Token): boolean {
  if (ctx.words.firstName.has(t.text) || ctx.words.honorific.has(t.key)) return false;
  return ctx.lowercase.has(t.key) || /(?:ing|ly|ed)$/.test(t.key);
}

/** A lower-case role noun right before the run ("leader Nicolas Maduro", "businessman Jared Kushner"). */
function roleNounBefore(ctx: DocContext, a: number): boolean {
  const p = ctx.tokens[a - 1];
  return !!p && p.word && p.sentence === ctx.tokens[a]!.sentence && (ctx.words.roleNoun.has(p.key) || ctx.words.honorific.has(p.key));
}

/** ", a doctor," after the run. */
function roleAfter(ctx: DocContext, b: number): boolean {
  const { tokens, words } = ctx;
  if (tokens[b]?.text !== ',') return false;
  for (let k = b + 1, seen = 0; k < tokens.length && seen < 5; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (words.roleNoun.has(t.key)) return true;
    if (!['a', 'an', 'the'].includes(t.key)) seen++;
  }
  return false;
}

/** "Hugh Hill said", "Hill, 52, told", "said Hugh Hill". */
function speechNear(ctx: DocContext, a: number, b: number): boolean {
  const { tokens, words } = ctx;
  let k = b;
  if (tokens[k]?.text === ',') k++;
  const next = tokens[k];
  if (next && next.word && !next.cap && words.speechVerb.has(next.key) && next.sentence === tokens[a]!.sentence) return true;
  const prev = tokens[a - 1];
  return !!prev && prev.word && /^(said|says|told|added|wrote|asked)$/.test(prev.key) && prev.sentence === tokens[a]!.sentence;
}
