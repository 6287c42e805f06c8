import type { Candidate, TextActor } from './candidate.js';
import { isDemonym, opensSentence, type DocContext } from './context.js';
import type { Token } from './tokens.js';
import { PhraseTrie } from './trie.js';

/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman", "Institute for the Study of War"). */
const PARTICLES = new Set(['of', 'the', 'for', 'de', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'du', 'la', 'le', 'del', 'dos']);
const ORG_JOINERS = new Set(['of', 'the', 'for', 'and']);
/** Lower-case words after an acronym that make it the subject of a verb ("the FBI decided"). */
const VERBISH = /^(?:\p{L}+ed|has|had|is|was|will|would|did|does|wants|plans)$/u;
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
function cueBefore(ctx: DocContext, cues: CueTries, i0: number): boolean {
  const i = ctx.tokens[i0 - 1]?.key === 'the' ? i0 - 1 : i0;
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
  ctx.speakers.clear();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.cap && !t.upper && next?.word && !next.cap && words.speechVerb.has(next.key)) ctx.speakers.set(t.text, (ctx.speakers.get(t.text) ?? 0) + 1);
  });

  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(i)) continue;
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t || t.sentence !== tokens[i]!.sentence) break;
      if (nameLike(j) || (t.text.length === 1 && t.cap && tokens[j + 1]?.text === '.' && tokens[j + 1]!.glued && nameLike(j + 2))) j++;
      else if (t.word && words.nameSuffix.has(t.text) && tokens[j - 1]!.cap) j++;
      else if (t.text === '-' && t.glued && tokens[j + 1]?.glued && free(j + 1)) j += 2;
      else if (t.text === '.' && t.glued && (tokens[j - 1]!.text.length === 1 || words.honorific.has(tokens[j - 1]!.key) || words.titleWord.has(tokens[j - 1]!.key)) && tokens[j - 1]!.cap && nameLike(j + 1)) j++;
      else if (PARTICLES.has(t.text) && nameLike(j + 1) && !tokens[j + 1]!.upper) j++;
      else break;
    }
    while (j > i && !tokens[j - 1]!.cap && !(tokens[j - 2]?.text === '-' && tokens[j - 1]!.glued)) j--;
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
  let orgHeadFirst = false;
  for (let k = a; k < b - 2 && !orgHeadFirst; k++)
    orgHeadFirst = words.orgHead.has(tokens[k]!.text) && (tokens[k + 1]!.key === 'of' || tokens[k + 1]!.key === 'for') && !words.titleWord.has(tokens[k]!.key);
  const theMedia = toks.length === 1 && words.mediaHead.has(first.text) && tokens[a - 1]?.key === 'the' && tokens[a - 1]!.cap !== undefined;
  if (((orgHeadLast || orgHeadFirst) && toks.length >= 2) || theMedia) {
    let s = a;
    // "Head of the Presidential Office" -> "Presidential Office"
    while (s < b && (words.roleNoun.has(tokens[s]!.key) || words.titleWord.has(tokens[s]!.key)) && tokens[s + 1]?.key === 'of') {
      s += 2;
      if (tokens[s]?.key === 'the') s++;
    }
    if (s >= b || (b - s < 2 && !orgHeadFirst && !theMedia)) return null;
    if (tokens.slice(s, b).every((t) => !t.word || words.titleWord.has(t.key) || ORG_JOINERS.has(t.key) || words.orgHead.has(t.text)) && b - s < 3)
      return null;
    const media = words.mediaHead.has(last.text);
    if (media && !cueBefore(ctx, cues, a) && !cues.after.longestAt(tokens, b)) return null;
    // "The Post": the article is part of a one-word paper's name.
    return make(ctx, theMedia ? a - 1 : s, b, { kind: 'organization', media }, media ? 'mention/media-cue' : 'mention/org-name');
  }

  // A transcript's speaker label: "WALLACE: If I may, sir".
  if (toks.length === 1 && first.upper && tokens[b]?.text === ':' && opensSentence(tokens, a) && first.text.length >= 3) {
    const name = first.text[0] + first.text.slice(1).toLowerCase();
    return { start: a, end: b, titleStart: a, target: { kind: 'person', media: false, name }, form: 'name', rule: 'mention/speaker-label' };
  }
  // An acronym cited as a source or naming an agency ("the GRU military intelligence agency").
  if (toks.length === 1 && first.upper && first.text.replace(/\W/g, '').length <= 6) {
    if (isDemonym(ctx, first)) return null;
    const next = tokens[b];
    const verb = !!next && next.word && !next.cap && next.sentence === first.sentence && (words.speechVerb.has(next.key) || VERBISH.test(next.key));
    const evidence =
      cueBefore(ctx, cues, a) ||
      (next && (ACRONYM_NOUNS.has(next.key) || !!cues.after.longestAt(tokens, b))) ||
      (verb && (opensSentence(tokens, a) || words.speechVerb.has(next!.key))) ||
      (tokens[a - 1]?.key === 'the' && !(next?.word && next.cap)) ||
      (tokens[a - 1]?.text === '(' && tokens[b]?.text === ')');

    if (!evidence) return null;
    return make(ctx, a, b, { kind: 'organization', media: false }, 'mention/acronym');
  }

  return person(ctx, a, b) ?? mediaByCue(ctx, cues, a, b);
}

const NAME_CUTS = new Set(['of', 'for', 'the']);

/**
 * A person: the run ends in a name ("Aaron Sharockman"), maybe after a title ("PolitiFact Executive
 * Director", "Gov.", "Mr"). Needs evidence: a title or role noun before it, a first name, an
 * apposition (", a doctor,"), a speech verb next to it, or an attribution dash after a quotation.
 */
function person(ctx: DocContext, a: number, b: number): Candidate | null {
  const whole = personIn(ctx, a, b);
  if (whole) return whole;
  // "Gov. Earl Ray Tomblin of West Virginia": the name may end before "of".
  for (let k = a + 1; k < b; k++) if (NAME_CUTS.has(ctx.tokens[k]!.text)) return personIn(ctx, a, k);
  return null;
}

function personIn(ctx: DocContext, a: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  // The name starts after the last honorific ("Mr. King"), else it is the longest run of name-like words at the end.
  let n = b;
  for (let k = b - 1; k >= a; k--)
    if (words.honorific.has(tokens[k]!.key)) {
      n = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
      break;
    }
  const honorific = n < b;
  if (!honorific) {
    while (n > a && personal(ctx, tokens[n - 1]!)) n--;
    // "Charlie King": a title word as surname after a first name.
    if (n === b && b - a >= 2 && words.firstName.has(tokens[b - 2]!.text)) n = b - 2;
    // Hyphens and initials' dots glue to the word before.
    while (n < b && !tokens[n]!.word) n++;
  }
  if (n >= b) return null;
  const name = tokens.slice(n, b).filter((t) => t.word);
  const initial = (t: Token) => t.text.length === 1 && tokens[tokens.indexOf(t) + 1]?.text === '.';
  if (!name.length || name.length > 4 || name.some((t) => words.notName.has(t.text) && !initial(t))) return null;
  const head = name[0]!;
  // "Universe Alicia Machado", "Democrat Hillary Clinton": a longer run starts at its first name.
  if (!honorific && name.length >= 3 && !words.firstName.has(head.text)) {
    const k = name.findIndex((t) => words.firstName.has(t.text));
    if (k > 0 && k < name.length - 1) return personIn(ctx, tokens.indexOf(name[k]!), b);
  }
  if (!honorific && (words.placeName.has(head.text) || ctx.model.places.has(head.text) || isDemonym(ctx, head)) && !words.firstName.has(head.text)) return null;
  if (name.some((t) => words.nameExtender.has(t.text) || words.orgHead.has(t.text) || (honorific && words.roleNoun.has(t.key)))) return null;
  const prefix = tokens.slice(a, n).filter((t) => t.word);
  // A title has a role noun with only title words after it ("Executive Director", "Secretary of State"),
  // or ends in an abbreviation ("Gov."); modifiers alone are no title ("North American Free Trade").
  const role = prefix.findLastIndex((t) => words.roleNoun.has(t.key));
  const titled =
    honorific ||
    (n > a && tokens[n - 1]!.text === '.') ||
    (role >= 0 && prefix.slice(role + 1).every((t) => words.titleWord.has(t.key) || words.titleConnector.has(t.key) || isDemonym(ctx, t)));
  if (prefix.length && !titled && !prefix.every((t) => isDemonym(ctx, t))) return null;
  const roleBefore = titled || roleNounBefore(ctx, a, b);
  // A first name from the lexicon, or a surname that speaks elsewhere in the article ("Ava DuVernay").
  const firstName = name.length >= 2 && (words.firstName.has(head.text) || (ctx.speakers.get(name[name.length - 1]!.text) ?? 0) >= 1);
  const speaks = name.length >= 2 && name.length <= 3 && (speechNear(ctx, a, b) || attributionDash(ctx, a));
  const apposition = name.length >= 2 && (roleAfter(ctx, b) || ageAfter(ctx, b));
  // A lone name speaking right after a quotation ("…,” DuVernay said), or speaking more than once.
  const lone = name.length === 1 && !roleBefore && (quoteAttribution(ctx, a, b) || (ctx.speakers.get(head.text) ?? 0) >= 2);
  if (name.length === 1 && !roleBefore && !lone) return null;
  if (!roleBefore && !firstName && !speaks && !apposition && !lone) return null;
  const honor = prefix.map((t) => words.honorific.get(t.key)).find((g) => g);
  const gender = honor ?? words.firstName.get(head.text) ?? undefined;
  const rule = firstName || speaks || apposition ? 'mention/person-name' : 'mention/titled-name';
  return make(ctx, n, b, { kind: 'person', media: false, ...(gender && { gender }) }, rule, a);
}

/** A word that can be part of a person's name (a place name too: "Chuck Jordan"; the first word is checked apart). */
function personal(ctx: DocContext, t: Token): boolean {
  const { words } = ctx;
  if (!t.word) return t.text === '-' || t.text === '.';
  if (words.nameSuffix.has(t.text) || (t.text.length === 1 && t.cap)) return true;
  if (words.honorific.has(t.key)) return false;
  if (NAME_CUTS.has(t.text) || ctx.model.demonymSide.has(t.key) || words.groupAdjective.has(t.text)) return false;
  if (words.firstName.has(t.text)) return true;
  if (words.notName.has(t.text) || words.orgHead.has(t.text) || words.titleWord.has(t.key) || words.roleNoun.has(t.key)) return false;
  if (t.upper && t.text.replace(/\./g, '').length > 1) return false;
  if (words.placeWord.has(t.text)) return false;
  return true;
}

function make(ctx: DocContext, start: number, end: number, actor: Omit<TextActor, 'name'>, rule: string, titleStart = start): Candidate {
  const { tokens, words } = ctx;
  const name = nameText(tokens, start, end);
  const form = actor.kind === 'organization' && end - start === 1 && tokens[start]!.upper ? 'acronym' : titleStart < start ? 'title' : 'name';
  // The title inside the run is the person's role ("Ukrainian MP", "Lieutenant General"), honorifics aside.
  let r = titleStart;
  while (r < start && (words.honorific.has(tokens[r]!.key) || !tokens[r]!.word || tokens[r]!.key === 'the')) r++;
  const role = r < start ? nameText(tokens, r, start).replace(/\s*\.$/, '') : undefined;
  return { start, end, titleStart, target: { ...actor, name }, form, rule, ...(role && { role }) };
}

/** A capitalised run cited as a source ("according to Kommersant", "Axios reported") is a news organisation. */
function mediaByCue(ctx: DocContext, cues: CueTries, a: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  const toks = tokens.slice(a, b).filter((t) => t.word);
  if (toks.length > 3 || toks.some((t) => words.placeName.has(t.text) || ctx.model.places.has(t.text) || words.firstName.has(t.text) || isDemonym(ctx, t))) return null;
  const noun = cues.mediaNoun.longestAt(tokens, b);
  // "X reported" alone could be a reporter ("McCrummen reports"); a cue before or a media noun after cannot.
  if (!noun && !cueBefore(ctx, cues, a) && !(toks.length > 1 && b < tokens.length && /^(reported|reports|reporting)$/.test(tokens[b]!.key))) return null;
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

/** A role noun right before the run ("leader Nicolas Maduro", "businessman Jared Kushner", "host, Abby Martin,"). */
function roleNounBefore(ctx: DocContext, a: number, b: number): boolean {
  const { tokens, words } = ctx;
  const p = tokens[a - 1]?.text === ',' && tokens[b]?.text === ',' ? tokens[a - 2] : tokens[a - 1];
  return !!p && p.word && p.sentence === tokens[a]!.sentence && (words.roleNoun.has(p.key) || words.honorific.has(p.key));
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

/** "…,” ― Sonya Herridge": a name after a dash that follows a quotation. */
function attributionDash(ctx: DocContext, a: number): boolean {
  const { tokens } = ctx;
  const dash = tokens[a - 1];
  const before = tokens[a - 2];
  return !!dash && /^[―—–-]$/.test(dash.text) && !!before && /^[”"’.!?]$/.test(before.text);
}

/** "Quina Jones, 25,": an age in apposition. */
function ageAfter(ctx: DocContext, b: number): boolean {
  const { tokens } = ctx;
  return tokens[b]?.text === ',' && /^\d{1,3}$/.test(tokens[b + 1]?.text ?? '') && /^[,)]$/.test(tokens[b + 2]?.text ?? '');
}

/** "…,” DuVernay said" / "…,” said DuVernay": a name attributing the quotation just closed. */
function quoteAttribution(ctx: DocContext, a: number, b: number): boolean {
  const { tokens, words } = ctx;
  const closes = (t: Token | undefined) => !!t && /^[”"’]$/.test(t.text);
  const next = tokens[b];
  if (closes(tokens[a - 1]) && next?.word && !next.cap && words.speechVerb.has(next.key)) return true;
  const prev = tokens[a - 1];
  return !!prev && /^(said|says)$/.test(prev.key) && (closes(tokens[a - 2]) || (tokens[a - 2]?.text === ',' && closes(tokens[a - 3])));
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
