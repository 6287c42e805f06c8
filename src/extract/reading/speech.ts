import type { Span } from '../../core/span.js';
import type { Agent } from './agents.js';
import type { Clauses } from './clauses.js';
import type { Hit } from './phrases.js';
import type { Token } from './tokens.js';
import { tokenAt } from './tokens.js';

/** Reported speech in a sentence: who says it, and the words that are said. */
export interface Speech {
  cue: Span;
  speaker: Agent | null;
  /** The reported content: after the cue ("X said that ..."), or before it ("..., X said"). */
  content: Span;
}

/** Words allowed between a speaker and its reporting verb: "Mr Zelensky has previously said". */
const FILLER = new Set(['has', 'had', 'have', 'also', 'previously', 'earlier', 'later', 'then', 'repeatedly', 'again',
  'once', 'already', 'publicly', 'recently', 'reportedly', 'separately', 'himself', 'herself', 'openly', 'further']);

/** Titles and role words before a name: "Mr", "Kremlin spokesperson", "President". */
const TITLE = /^(?:mr|mrs|ms|dr|president|minister|spokesperson|spokesman|spokeswoman|envoy|aide|adviser|advisor|secretary|chief|leader|premier|chancellor|general|deputy|foreign|prime|special|presidential|the)$/;

function titleStart(tokens: readonly Token[], i: number): number {
  let k = i;
  for (let n = 0; n < 6 && k > 0; n++) {
    const t = tokens[k - 1]!;
    if (!t.word || !(TITLE.test(t.lower) || t.cap)) break;
    k--;
  }
  return k;
}

const isCloseQuote = (w: string | undefined) => w === '”' || w === '"' || w === '’' || w === "'";

/** Nothing but a few words (a time, a place) follow before the clause ends: "said on Thursday." */
function endsClause(tokens: readonly Token[], from: number): boolean {
  let words = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) return t.lower === ',' || t.lower === '.' || t.lower === ';' || t.lower === '!' || t.lower === '?' || isCloseQuote(t.lower) ? true : words <= 4;
    if (t.lower === 'that' || ++words > 5) return false;
  }
  return true;
}

export function findSpeech(
  sentence: Span,
  tokens: readonly Token[],
  clauses: Clauses,
  agents: readonly Agent[],
  cues: { after: Hit<true>[]; before: Hit<true>[] },
): Speech[] {
  const out: Speech[] = [];
  const ends = new Map(agents.map((a) => [a.end, a]));
  const starts = new Map(agents.map((a) => [a.start, a]));
  const agentEndingAt = (end: number) => ends.get(end);
  const agentStartingAt = (start: number) => starts.get(start);
  const speakerAfter = (i: number) => {
    const t = tokens[i];
    if (!t) return null;
    const j = t.lower === 'the' ? i + 1 : i;
    return tokens[j] ? agentStartingAt(tokens[j]!.start) ?? null : null;
  };

  for (const cue of cues.before) {
    // "according to Mr Zelensky": speaker after; content is the rest of the sentence around it.
    const i = tokenAt(tokens, cue.end);
    const speaker = speakerAfter(i) ?? null;
    const ci = tokenAt(tokens, cue.start);
    const head = ci <= 1;
    let comma = -1;
    for (let k = i + 1; k < tokens.length && k <= i + 40; k++)
      if (tokens[k]!.lower === ',') {
        comma = k;
        break;
      }
    const content = head && comma > 0 ? { start: tokens[comma]!.end, end: sentence.end } : { start: sentence.start, end: cue.start };
    out.push({ cue, speaker, content });
  }
  for (const cue of [...cues.after].sort((a, b) => a.start - b.start)) {
    const ci = tokenAt(tokens, cue.start);
    // Speaker before the cue, skipping filler words and asides ("Zelensky, who met Trump, said").
    let speaker: Agent | null = null;
    let k = ci - 1;
    let words = 0;
    while (k >= 0 && words <= 3) {
      const t = tokens[k]!;
      const a = agentEndingAt(t.end);
      if (a) {
        speaker = a;
        break;
      }
      if (clauses.asides.has(clauses.of[k]!) || (t.lower === ',' && clauses.asides.has(clauses.of[k - 1] ?? -1))) {
        k--;
        continue;
      }
      if (!t.word || !FILLER.has(t.lower)) break;
      words++;
      k--;
    }
    // "..., Mr Zelensky said (in December)." reports what comes before it; "X said (that) ..." what follows.
    const ends = endsClause(tokens, tokenAt(tokens, cue.end));
    let tail = false;
    if (speaker) {
      const before = tokens[titleStart(tokens, tokenAt(tokens, speaker.start)) - 1];
      tail = (before?.lower === ',' || isCloseQuote(before?.lower)) && ends;
    } else {
      // Inverted order only after the words it reports: "..., said Mr Zelensky".
      const prev = tokens[ci - 1]?.lower;
      if (prev !== ',' && !isCloseQuote(prev)) continue;
      speaker = speakerAfter(tokenAt(tokens, cue.end));
      tail = !!speaker;
      // "..., Mr Zelensky said, adding that ...": a participle goes on with the sentence's last speaker.
      if (!speaker && /ing$/.test(cue.text)) speaker = out.filter((s) => s.cue.start < cue.start).at(-1)?.speaker ?? null;
      if (!speaker) continue;
    }
    const content = tail
      ? { start: sentence.start, end: tokens[tokenAt(tokens, Math.min(speaker.start, cue.start)) - 1]!.start }
      : { start: cue.end, end: sentence.end };
    out.push({ cue, speaker, content });
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}
