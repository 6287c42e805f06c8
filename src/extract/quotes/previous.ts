import type { Doc } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { tokenRange, type DocContext } from './context.js';
import { findCues, notAReport } from './cues.js';
import type { QuoteSpan } from './marks.js';
import type { SpeakerPhrase } from './phrase.js';
import { subjectAfter, subjectBefore } from './subject.js';
import { clauseSubject } from './shared-subject.js';

export interface SentenceAttribution {
  phrase: SpeakerPhrase | null;
  cue: Span;
}

/**
 * The speaker a sentence introduces, for the quotation that follows it: "Caddell continued:",
 * "X released the following statement:", "Matthews said Pence's performance should boost Trump's numbers."
 * Only speech verbs outside quotation marks count.
 */
export function sentenceSpeaker(
  sentence: number,
  o: { doc: Doc; ctx: DocContext; quotes: readonly QuoteSpan[] },
): SentenceAttribution | null {
  const s = o.doc.sentences[sentence];
  if (!s) return null;
  const ts = o.ctx.tokens;
  const [from, to] = tokenRange(ts, s.span);
  if (to < from) return null;
  const inQuote = (i: number) => o.ctx.inQuote[i] === 1;
  let end = to;
  while (end > from && /^["“”'’]$/.test(ts[end]!.text)) end--;
  const colon = ts[end]!.text === ':';
  for (const cue of findCues(o.ctx.cueLen, from, to)) {
    // "The talks continued.": a verb that reports speech only around a quotation needs a colon to introduce one.
    if (inQuote(cue.first) || notAReport(ts, cue.first, from) || (!colon && o.ctx.words.quoteOnlyVerbs.has(ts[cue.first]!.lower))) continue;
    const phrase = subjectBefore(ts, cue.first, from, o.ctx.words) ?? subjectAfter(ts, cue.last, to, o.ctx.words);
    if (phrase) return { phrase, cue: { start: ts[cue.first]!.start, end: ts[cue.last]!.end } };
  }
  let last = to;
  while (last > from && /^["“”'’]$/.test(ts[last]!.text)) last--;
  if (ts[last]!.text === ':') {
    // "Following the meeting, Zelensky shared an update on his Telegram channel:": the clause's subject.
    const phrase = clauseSubject(ts, from, last - 1, o.ctx.words);
    if (phrase) return { phrase, cue: { start: ts[last]!.start, end: ts[last]!.end } };
  }
  return null;
}
