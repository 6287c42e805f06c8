import type { Span } from '../../core/span.js';
import { tokenRange, type DocContext } from './context.js';
import { cueAt, findCues, notAReport, type CueHit } from './cues.js';
import type { QuoteFrame } from './frame.js';
import { analysePhrase, nameToken, trailingName, type SpeakerPhrase } from './phrase.js';
import { phraseStart, subjectAfter, subjectBefore } from './subject.js';
import { clauseSubject, needsSharedSubject, sharedSubject } from './shared-subject.js';
import { documentAuthor, quotedAs } from './reported.js';
import type { QuoteWords } from './lexicon.js';
import type { Token } from './tokens.js';

export { tokenRange } from './context.js';

/** Who a quotation's own sentence says is speaking, and by which pattern. */
export interface FrameAttribution {
  phrase: SpeakerPhrase | null;
  cue: Span | null;
  /** `speaker/said-after` (“...,” X said), `speaker/said-before` (X said: “...”), `speaker/according-to`, `speaker/colon`, `speaker/dash`. */
  rule: string;
}

const DASHES = new Set(['―', '—', '–', '-']);
/** How far after a closing mark the cue of `“...,” X said` may be (a name with a long title). */
const ADJACENT = 45;
const cueSpan = (ts: Token[], c: CueHit): Span => ({ start: ts[c.first]!.start, end: ts[c.last]!.end });
const participle = (ts: Token[], c: CueHit) => /ing$/.test(ts[c.first]!.lower);

/** "according to X" anywhere in ts[from..to]. */
function accordingTo(from: number, to: number, c: DocContext): FrameAttribution | null {
  const ts = c.tokens;
  for (let i = from; i <= to; i++) {
    const n = cueAt(ts, i, c.according, true);
    if (!n) continue;
    const phrase = subjectAfter(ts, i + n - 1, to, c.words);
    if (phrase) return { phrase: documentAuthor(ts, phrase, to, c.words), cue: { start: ts[i]!.start, end: ts[i + n - 1]!.end }, rule: 'speaker/according-to' };
  }
  return null;
}

/** "the publication cited its source as saying": the speaker is the one cited. */
function citedAs(ts: Token[], cue: CueHit, to: number, c: DocContext): SpeakerPhrase | null | undefined {
  if (!/^(?:cited|cites|quoted|quotes|quoting|citing)$/.test(ts[cue.first]!.lower)) return undefined;
  for (let i = cue.last + 1; i + 1 <= to && i <= cue.last + 8; i++) {
    if (ts[i]!.lower === 'as' && /^(?:saying|telling|writing|stating)$/.test(ts[i + 1]!.lower)) {
      return subjectBefore(ts, i, cue.last + 1, c.words);
    }
  }
  return undefined;
}

/** `“...,” X said` / `“...,” said X` / `“...” ― X`: the attribution right after the closing mark. */
function afterQuote(from: number, to: number, c: DocContext, leftBlank: boolean): FrameAttribution | null {
  const ts = c.tokens;
  let i = from;
  while (i <= to && !ts[i]!.word && !DASHES.has(ts[i]!.text)) {
    if (ts[i]!.text === '.' || ts[i]!.text === ';') return null;
    i++;
  }
  if (i > to) return null;
  if (DASHES.has(ts[i]!.text)) {
    // `“...” ― Jorge Falcon` closes a quotation that stands alone, not one inside a sentence.
    if (!leftBlank) return null;
    let j = i;
    while (j <= to && DASHES.has(ts[j]!.text)) j++;
    const phrase = subjectAfter(ts, j - 1, to, c.words);
    return phrase?.kind === 'name' ? { phrase, cue: { start: ts[i]!.start, end: ts[j - 1]!.end }, rule: 'speaker/dash' } : null;
  }
  let stop = i;
  while (stop <= to && stop - i < ADJACENT && !['.', ';', '?', '!'].includes(ts[stop]!.text)) stop++;
  for (const cue of findCues(c.cueLen, i, Math.min(stop, to))) {
    // "“...,” the official, who was not authorised to comment, said": verbs that report nothing are skipped.
    if (notAReport(ts, cue.first, i) || (cue.first > i && c.words.boundaries.has(ts[cue.first - 1]!.lower) && ts[cue.first - 1]!.lower !== 'also')) continue;
    if (participle(ts, cue)) return null;
    if (cue.first === i) {
      const phrase = subjectAfter(ts, cue.last, to, c.words);
      return phrase ? { phrase, cue: cueSpan(ts, cue), rule: 'speaker/said-after' } : null;
    }
    const phrase = subjectBefore(ts, cue.first, i, c.words);
    // The subject must follow the quote directly: `“...” that Ukraine and Europe say` is another clause.
    if (!phrase) return null;
    for (let k = i; k < cue.first && ts[k]!.start < phrase.span.start; k++) {
      if (ts[k]!.word && c.words.boundaries.has(ts[k]!.lower) && ts[k]!.lower !== 'of') return null;
    }
    const cited = citedAs(ts, cue, to, c);
    return { phrase: cited === undefined ? phrase : cited, cue: cueSpan(ts, cue), rule: 'speaker/said-after' };
  }
  return null;
}

/** `X said: “...”`, `X said the talks were “...”`: the nearest speech verb before the quote. */
function beforeQuote(f: QuoteFrame, from: number, to: number, c: DocContext): FrameAttribution | null {
  const ts = c.tokens;
  const cues = findCues(c.cueLen, from, to);
  const [sentenceStart] = c.sentenceTokens(f.first);
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (notAReport(ts, cue.first, from)) continue;
    // "Interfax quoted Peskov as saying: “...”": the one quoted speaks, not the one quoting.
    const quoted = quotedAs(ts, cue.first, from, { words: c.words, isCue: c.cueLen });
    if (quoted !== undefined) {
      if (quoted) return { phrase: quoted, cue: cueSpan(ts, cue), rule: 'speaker/said-before' };
      continue;
    }
    let phrase: SpeakerPhrase | null;
    if (needsSharedSubject(ts, cue.first, sentenceStart, c.words)) {
      // "X wrote on X, saying “...”", "X described ... but said “...”".
      phrase = sharedSubject(ts, cue.first, sentenceStart, { words: c.words, isCue: c.cueLen, skip: (i) => c.inQuote[i] === 1 });
    } else {
      phrase = subjectBefore(ts, cue.first, from, c.words);
      // "said Putin: “...”".
      if (!phrase && ts[cue.first - 1]?.word !== true) phrase = subjectAfter(ts, cue.last, to, c.words);
    }
    if (phrase) return { phrase, cue: cueSpan(ts, cue), rule: 'speaker/said-before' };
  }
  return null;
}

/** `Zelensky on X: “...”`: a name and a colon, no verb. */
function colon(from: number, to: number, c: DocContext): FrameAttribution | null {
  const ts = c.tokens;
  if (to < from || ts[to]!.text !== ':') return null;
  let start = to - 1;
  while (start - 1 >= from && (ts[start - 1]!.word || ts[start - 1]!.text === '.')) start--;
  // "A lesson from Loretta Lynch:" names the speaker last; "Zelensky on X:" first (a platform is no name).
  const name = leadsWithName(ts, start, to - 1, c.words) ? null : trailingName(ts, start, to - 1, c.words);
  const phrase = name ? analysePhrase(ts, phraseStart(ts, to - 1, start, c.words), to - 1, c.words) : clauseSubject(ts, start, to - 1, c.words);
  return phrase && phrase.kind !== 'unnamed' ? { phrase, cue: { start: ts[to]!.start, end: ts[to]!.end }, rule: 'speaker/colon' } : null;
}

/** "Zelenskyy after call with Witkoff and Kushner": a name, then a link word, then the rest. */
function leadsWithName(ts: Token[], from: number, to: number, w: QuoteWords): boolean {
  let k = from;
  while (k <= to && nameToken(ts[k]!, w)) k++;
  return k > from && k < to && ts[k]!.word && ts[k]!.text === ts[k]!.lower && w.colonSubjectLinks.has(ts[k]!.lower);
}

/** The attribution a quotation's own sentence gives, if any. */
export function attributeFrame(f: QuoteFrame, c: DocContext): FrameAttribution | null {
  const [lf, lt] = tokenRange(c.tokens, f.left);
  const [rf, rt] = tokenRange(c.tokens, f.right);
  const leftBlank = !c.tokens.slice(lf, lt + 1).some((t) => t.word);
  // A sentence after a quotation that ended with its own "?" or "." attributes it only when it is short and
  // adds no clause of its own: `“Is it over?” Trump asked.`, not `“...” He said that ...`.
  const nextOnly = f.rightIsNext && (rt - rf > 12 || c.tokens.slice(rf, rt + 1).some((t) => t.lower === 'that'));
  const after = () => (nextOnly ? null : afterQuote(rf, rt, c, leftBlank));
  const before = () => beforeQuote(f, lf, lt, c);
  // `X said: “...”` and a quotation that ended its sentence look left first; `“...,” X said` looks right first.
  const leftFirst = f.rightIsNext || (lt >= lf && c.tokens[lt]!.text === ':');
  return (
    (leftFirst ? before() ?? after() : after() ?? before()) ??
    accordingTo(lf, lt, c) ??
    (f.rightIsNext ? null : accordingTo(rf, rt, c)) ??
    colon(lf, lt, c)
  );
}
