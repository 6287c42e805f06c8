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

export function findSpeech(
  sentence: Span,
  tokens: readonly Token[],
  clauses: Clauses,
  agents: readonly Agent[],
  cues: { after: Hit<true>[]; before: Hit<true>[] },
): Speech[] {
  const out: Speech[] = [];
  const agentEndingAt = (end: number) => agents.find((a) => a.end === end);
  const agentStartingAt = (start: number) => agents.find((a) => a.start === start);
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
    const comma = tokens.findIndex((t, k) => k > i && t.lower === ',');
    const content = head && comma > 0 ? { start: tokens[comma]!.end, end: sentence.end } : { start: sentence.start, end: cue.start };
    out.push({ cue, speaker, content });
  }
  for (const cue of cues.after) {
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
    let tail = false;
    if (speaker) {
      const before = tokens[tokenAt(tokens, speaker.start) - 1];
      tail = before?.lower === ',';
    } else {
      speaker = speakerAfter(tokenAt(tokens, cue.end));
      tail = !!speaker && tokens[ci - 1]?.lower === ',';
      if (!speaker) continue;
    }
    const content = tail
      ? { start: sentence.start, end: tokens[tokenAt(tokens, Math.min(speaker.start, cue.start)) - 1]!.start }
      : { start: cue.end, end: sentence.end };
    out.push({ cue, speaker, content });
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}
