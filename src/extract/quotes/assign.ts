import type { Statement } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { FrameAttribution } from './attribute.js';
import type { DocContext } from './context.js';
import type { QuoteFrame } from './frame.js';
import type { SpeakerPhrase } from './phrase.js';
import { sentenceSpeaker } from './previous.js';
import type { DocResolver, Speaker } from './resolve.js';
import type { StatementCandidate } from './statements.js';
import { extend } from '../../core/extend.js';

/** A quotation that is speech, with what its own sentence says about its speaker. */
export interface Found {
  frame: QuoteFrame;
  partial: boolean;
  attribution: FrameAttribution | null;
  paragraph: number;
}

export interface Resolved {
  speaker: Speaker | null;
  rule: string;
  cue: Span | null;
}

function resolvePhrase(a: { phrase: SpeakerPhrase | null; cue: Span | null }, rule: string, resolver: DocResolver): Resolved {
  const speaker = a.phrase ? resolver.resolve(a.phrase) : null;
  return { speaker, rule: speaker?.coref ? 'speaker/coref' : rule, cue: a.cue };
}

/** The speaker of found[i]: its own sentence's, else the adjacent quote's, else the previous quote's or sentence's. */
export function resolveQuote(
  found: Found[],
  i: number,
  done: Resolved[],
  o: { ctx: DocContext; resolver: DocResolver; kept: readonly QuoteFrame['quote'][] },
): Resolved {
  const q = found[i]!;
  const f = q.frame;
  if (q.attribution) return resolvePhrase(q.attribution, q.attribution.rule, o.resolver);
  const next = found[i + 1];
  if (next?.attribution && next.paragraph === q.paragraph && o.ctx.text.slice(f.right.end, next.frame.quote.open.start).trim() === '') {
    // `“A.” “B,” she said.`: the attribution of the quote right after it.
    return resolvePhrase(next.attribution, 'speaker/continued', o.resolver);
  }
  const prev = found[i - 1];
  const prevResult = done[i - 1];
  if (prev && prevResult && (prev.frame.quote.paragraphs[1] === q.paragraph || prev.frame.last === f.first - 1)) {
    // `“A,” he said. “B.”` and a quotation paragraph right after a quoted one: the same speaker goes on.
    const speaker = prevResult.speaker ? extend(prevResult.speaker, { basis: 'inferred' as const }) : null;
    return { speaker, rule: 'speaker/continued', cue: null };
  }
  const before = sentenceSpeaker(f.first - 1, { doc: o.ctx.doc, ctx: o.ctx, quotes: o.kept });
  if (before) return resolvePhrase(before, 'speaker/previous', o.resolver);
  return { speaker: null, rule: 'speaker/none', cue: null };
}

export function toStatement(c: StatementCandidate, resolver: DocResolver, text: string): { record: Statement; speaker: Speaker | null } {
  const speaker = c.phrase ? resolver.resolve(c.phrase) : null;
  return {
    speaker,
    record: {
      span: c.content,
      text: text.slice(c.content.start, c.content.end),
      rule: speaker?.coref ? `${c.rule}+coref` : c.rule,
      speaker: speaker?.name ?? null,
      speakerKey: speaker?.key ?? null,
      ...(speaker && { speakerSpan: speaker.span, speakerText: speaker.text, speakerBasis: speaker.basis }),
      cueSpan: c.cue,
      cue: text.slice(c.cue.start, c.cue.end),
    },
  };
}
