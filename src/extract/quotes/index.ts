import { z } from 'zod';
import type { Quote, Statement } from '../../core/records.js';
import type { StageFactory } from '../extraction.js';
import { resolveQuote, toStatement, type Found, type Resolved } from './assign.js';
import { attributeFrame } from './attribute.js';
import { docContext } from './context.js';
import { cueAt, cueIndex } from './cues.js';
import { frameQuotes, type QuoteFrame } from './frame.js';
import { isPartial, isPlainPhrase, notSpeech } from './kind.js';
import { compileQuoteWords } from './lexicon.js';
import { findQuoteSpans } from './marks.js';
import { indexNames } from './names.js';
import { profileIndex } from './profile-index.js';
import { DocResolver } from './resolve.js';
import { findStatements } from './statements.js';
import { tokenize } from './tokens.js';

const SegmentSchema = z.object({ abbreviations: z.array(z.string()).default([]) });
/** Rules that find a speech verb (or its like) in the quote's own sentence. */
const SPOKEN = new Set(['speaker/said-after', 'speaker/said-before', 'speaker/according-to', 'speaker/dash']);

/**
 * Direct quotes and indirect statements with their speakers. Quotation marks are paired first (marks.ts),
 * terms and titles dropped (kind.ts), then each quote's own sentence is read for its speaker (attribute.ts);
 * a quote whose sentence names nobody takes the speaker of the quote before it in the paragraph, or of the
 * sentence introducing it (previous.ts). Speakers are resolved in text order so pronouns find the latest speaker.
 */
export const quotesStage: StageFactory = (env) => {
  const words = compileQuoteWords(env.lexicon);
  const cues = cueIndex(words.speechVerbs);
  const according = cueIndex(words.accordingTo);
  const beliefs = cueIndex(words.beliefVerbs);
  const stances = cueIndex(words.stanceVerbs);
  const profile = profileIndex(env.profile);
  const abbreviations = new Set([
    ...words.titles,
    ...env.lexicon.section('segment', SegmentSchema).abbreviations.map((a) => a.toLowerCase()),
  ]);

  return (x) => {
    const { doc } = x;
    const text = doc.text;
    const tokens = tokenize(text, { start: 0, end: text.length }, abbreviations);
    const isCue = (i: number) => {
      for (let back = 0; back < 3; back++) if (i - back >= 0 && cueAt(tokens, i - back, cues) > back) return true;
      return false;
    };

    // Quotations that are speech: frame every pair of marks, drop terms and titles, frame the rest again
    // so that a dropped scare quote does not cut its neighbour's context.
    const kept: { quote: QuoteFrame['quote']; partial: boolean }[] = [];
    for (const f of frameQuotes(text, doc.sentences, findQuoteSpans(text, doc.paragraphs))) {
      const partial = isPartial(text, tokens, f, isCue);
      if (!notSpeech(text, tokens, f, { partial, words, paragraphs: doc.paragraphs })) kept.push({ quote: f.quote, partial });
    }
    const keptQuotes = kept.map((k) => k.quote);
    const frames = frameQuotes(text, doc.sentences, keptQuotes);
    const ctx = docContext(doc, tokens, { words, cues, according, beliefs, stances, quotes: kept.map((k) => k.quote.content) });
    const found: Found[] = frames.map((frame, i) => ({
      frame,
      partial: kept[i]!.partial,
      attribution: attributeFrame(frame, ctx),
      paragraph: frame.quote.paragraphs[0],
    }));
    // A verb that introduces a whole quotation reports nothing else; one that frames a fragment ("said the talks
    // were “long”") also reports the clause around it.
    const used = new Set(found.flatMap((q) => (q.attribution?.cue && !q.partial ? [q.attribution.cue.start] : [])));
    const candidates = findStatements(ctx, used);

    const sentenceStarts = new Set(doc.sentences.map((_, i) => ctx.sentenceTokens(i)[0]));
    const resolver = new DocResolver(x, {
      profile,
      names: indexNames(text, tokens, sentenceStarts, words),
      sentenceOf: ctx.sentenceOf,
      mediaAnaphors: words.mediaAnaphors,
      unnamedHeads: words.unnamedHeads,
      roleNouns: words.titles,
      genderOf: (name) => {
        const first = name.split(' ')[0]!.toLowerCase();
        return words.femaleNames.has(first) ? 'female' : words.maleNames.has(first) ? 'male' : 'any';
      },
    });

    // Resolve in text order: a quote at its opening mark, a statement at its verb.
    const order = [
      ...found.map((q, i) => ({ at: q.frame.quote.open.start, quote: i })),
      ...candidates.map((s, i) => ({ at: Math.min(s.cue.start, s.content.start), statement: i })),
    ].sort((a, b) => a.at - b.at);
    const quoteResults: Resolved[] = [];
    const statements: Statement[] = [];
    for (const item of order) {
      if ('quote' in item && item.quote !== undefined) {
        const r = resolveQuote(found, item.quote, quoteResults, { ctx, resolver, kept: keptQuotes });
        quoteResults[item.quote] = r;
        if (r.speaker) resolver.remember(r.speaker, r.speaker.span.start);
      } else if ('statement' in item && item.statement !== undefined) {
        const s = toStatement(candidates[item.statement]!, resolver, text);
        statements.push(s.record);
        if (s.speaker) resolver.remember(s.speaker, s.speaker.span.start);
      }
    }

    const quotes: Quote[] = [];
    found.forEach((q, i) => {
      const { speaker, rule, cue } = quoteResults[i]!;
      // A fragment inside a sentence is reported speech only when that sentence reports it (a speech verb, "according to").
      const spoken = SPOKEN.has(q.attribution?.rule ?? '');
      if ((q.partial || isPlainPhrase(text.slice(q.frame.quote.content.start, q.frame.quote.content.end))) && !spoken) return;
      quotes.push({
        span: q.frame.quote.content,
        text: text.slice(q.frame.quote.content.start, q.frame.quote.content.end),
        rule,
        speaker: speaker?.name ?? null,
        speakerKey: speaker?.key ?? null,
        ...(speaker && { speakerSpan: speaker.span, speakerText: speaker.text, speakerBasis: speaker.basis }),
        ...(cue && { cueSpan: cue, cue: text.slice(cue.start, cue.end) }),
        partial: q.partial,
      });
    });
    return { quotes, statements: statements.sort((a, b) => a.span.start - b.span.start) };
  };
};
