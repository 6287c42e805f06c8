import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';

const words = z.array(z.string().min(1)).default([]);

const QuotesSchema = z.object({
  speech_verbs: words,
  belief_verbs: words,
  stance_verbs: words,
  object_verbs: words,
  quote_only_verbs: words,
  according_to: words,
  statement_nouns: words,
  time_nouns: words,
  adverbs: words,
  boundaries: words,
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'any'])).default({}),
  titles: words,
  title_surnames: words,
  honorifics: words,
  unnamed_heads: words,
  media_anaphors: words,
  term_markers: words,
  colon_subject_links: words,
  not_names: words,
  female_names: words,
  male_names: words,
});

/** The `quotes` lexicon section, compiled once per pipeline: word sets and phrase regexes. */
export interface QuoteWords {
  /** Speech verbs (multi-word cues such as "pointed out" included). */
  speechVerbs: string[];
  beliefVerbs: string[];
  stanceVerbs: string[];
  objectVerbs: Set<string>;
  quoteOnlyVerbs: Set<string>;
  accordingTo: string[];
  statementNouns: Set<string>;
  timeNouns: Set<string>;
  adverbs: Set<string>;
  boundaries: Set<string>;
  pronouns: Map<string, 'male' | 'female' | 'any'>;
  /** Titles, lower-cased, with and without a final period. */
  titles: Set<string>;
  titleSurnames: Set<string>;
  honorifics: Set<string>;
  unnamedHeads: Set<string>;
  mediaAnaphors: Set<string>;
  termMarkers: Set<string>;
  /** After a leading name before a colon, these make that name the speaker ("Zelensky after call with Witkoff:"). */
  colonSubjectLinks: Set<string>;
  /** Capitalised words that are never part of a person's name (weekdays, months). */
  notNames: Set<string>;
  femaleNames: Set<string>;
  maleNames: Set<string>;
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export function compileQuoteWords(lexicon: Lexicon): QuoteWords {
  const q = lexicon.section('quotes', QuotesSchema);
  const titles = new Set<string>();
  for (const t of q.titles) {
    const l = t.toLowerCase();
    titles.add(l);
    titles.add(l.replace(/\.$/, ''));
  }
  return {
    speechVerbs: q.speech_verbs,
    beliefVerbs: q.belief_verbs,
    stanceVerbs: q.stance_verbs,
    objectVerbs: lower(q.object_verbs),
    quoteOnlyVerbs: lower(q.quote_only_verbs),
    accordingTo: q.according_to,
    statementNouns: lower(q.statement_nouns),
    timeNouns: lower(q.time_nouns),
    adverbs: lower(q.adverbs),
    boundaries: lower(q.boundaries),
    pronouns: new Map(Object.entries(q.pronouns).map(([k, v]) => [k.toLowerCase(), v])),
    titles,
    titleSurnames: lower(q.title_surnames),
    honorifics: lower(q.honorifics),
    unnamedHeads: lower(q.unnamed_heads),
    mediaAnaphors: lower(q.media_anaphors),
    termMarkers: lower(q.term_markers),
    colonSubjectLinks: lower(q.colon_subject_links),
    notNames: lower(q.not_names),
    femaleNames: lower(q.female_names),
    maleNames: lower(q.male_names),
  };
}
