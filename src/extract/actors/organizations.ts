import type { Candidate } from './candidate.js';
import { isDemonym, opensSentence, type DocContext } from './context.js';
import { make } from './evidence.js';
import { PhraseTrie } from './trie.js';

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

/** Whether a media cue phrase ends right before token `i0`, an article aside ("according to", "told the"). */
export function cueBefore(ctx: DocContext, cues: CueTries, i0: number): boolean {
  const i = ctx.tokens[i0 - 1]?.key === 'the' ? i0 - 1 : i0;
  for (let len = 1; len <= 5 && i - len >= 0; len++) {
    const m = cues.before.longestAt(ctx.tokens, i - len, i);
    if (m && m.end === i) return true;
  }
  return false;
}

/**
 * An organisation in the run [a, b): a name ending in an organisation word ("Tax Foundation") or with
 * one before "of"/"for" ("Ministry of Defense", "Center for American Progress"). A news organisation
 * ("Post", "Times") only when cited or written with a capital "The" mid-sentence.
 */
export function organization(ctx: DocContext, cues: CueTries, a: number, b: number): Candidate | null | undefined {
  const { tokens, words } = ctx;
  let words0 = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.word) words0++;
  const last = tokens[b - 1]!;
  const headLast = words.orgHead.has(last.text);
  let headFirst = false;
  for (let k = a; k < b - 2 && !headFirst; k++)
    headFirst = words.orgHead.has(tokens[k]!.text) && (tokens[k + 1]!.key === 'of' || tokens[k + 1]!.key === 'for') && !words.titleWord.has(tokens[k]!.key);
  // "The Post has learned": a one-word paper after "the".
  const onePaper = words0 === 1 && words.mediaHead.has(tokens[a]!.text) && tokens[a - 1]?.key === 'the';
  if (!(((headLast || headFirst) && words0 >= 2) || onePaper)) return undefined;
  let s = a;
  // "Head of the Presidential Office" -> "Presidential Office"
  while (s < b && (words.roleNoun.has(tokens[s]!.key) || words.titleWord.has(tokens[s]!.key)) && tokens[s + 1]?.key === 'of') {
    s += 2;
    if (tokens[s]?.key === 'the') s++;
  }
  if (s >= b || (b - s < 2 && !headFirst && !onePaper)) return null;
  const media = words.mediaHead.has(last.text);
  // "Foreign Ministry", "Presidential Office": a generic body, not a name (papers may be: "Daily Mail").
  if (!media && b - s < 3 && tokens.slice(s, b).every((t) => !t.word || words.titleWord.has(t.key) || ORG_JOINERS.has(t.key) || words.orgHead.has(t.text)))
    return null;
  const capitalThe = tokens[a - 1]?.text === 'The' && !opensSentence(tokens, a - 1);
  if (media && !capitalThe && !cueBefore(ctx, cues, a) && !cues.after.longestAt(tokens, b)) return null;
  return make(ctx, onePaper ? a - 1 : s, b, { kind: 'organization', media }, media ? 'mention/media-cue' : 'mention/org-name');
}

/** An acronym cited as a source, naming an agency or doing something ("the FBI decided", "the GRU military intelligence agency"). */
export function acronym(ctx: DocContext, cues: CueTries, a: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  const t = tokens[a]!;
  if (isDemonym(ctx, t)) return null;
  const next = tokens[b];
  const verb = !!next && next.word && !next.cap && next.sentence === t.sentence && (words.speechVerb.has(next.key) || VERBISH.test(next.key));
  const evidence =
    cueBefore(ctx, cues, a) ||
    (!!next && (ACRONYM_NOUNS.has(next.key) || !!cues.after.longestAt(tokens, b))) ||
    (verb && (opensSentence(tokens, a) || words.speechVerb.has(next!.key))) ||
    (tokens[a - 1]?.key === 'the' && !(next?.word && next.cap)) ||
    (tokens[a - 1]?.text === '(' && next?.text === ')');
  return evidence ? make(ctx, a, b, { kind: 'organization', media: false }, 'mention/acronym') : null;
}

/** A capitalised run cited as a source ("according to Kommersant", "the Delfi news site") is a news organisation. */
export function mediaByCue(ctx: DocContext, cues: CueTries, a: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  const toks = tokens.slice(a, b).filter((t) => t.word);
  if (toks.length > 3 || toks.some((t) => words.placeName.has(t.text) || ctx.model.places.has(t.text) || words.firstName.has(t.text) || isDemonym(ctx, t))) return null;
  const noun = cues.mediaNoun.longestAt(tokens, b);
  // "X reported" alone could be a reporter ("McCrummen reports"); a cue before or a media noun after cannot.
  if (!noun && !cueBefore(ctx, cues, a) && !(toks.length > 1 && b < tokens.length && /^(reported|reports|reporting)$/.test(tokens[b]!.key))) return null;
  return make(ctx, a, b, { kind: 'organization', media: true }, 'mention/media-cue');
}
