import type { Basis, TimexType } from '../../core/records.js';
import type { Granularity } from './anchor.js';
import type { Tense } from './tense.js';

/** A timex found by one parser, before refiners merge, extend and filter the candidates. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: string;
  rule: string;
  basis: Basis;
  /** Breaks ties between overlapping candidates of equal length: higher wins. */
  priority?: number;
  /**
   * Set by parsers of anaphoric expressions ("the same day", "the previous week"): the value is the last
   * timex of this granularity before it, shifted by `shift` units, or the publication date when none.
   */
  anaphor?: { unit: Granularity; shift: number; only?: Granularity; sameSentence?: boolean };
}

/** What parsers and refiners read about the document: the text, the publication date, the tense. */
export interface TimexContext {
  text: string;
  /** Publication day, YYYY-MM-DD: the anchor of relative expressions. */
  dct: string;
  /** Tense of the clause around a span (null when no verb gives it away). */
  tenseAt(start: number, end: number): Tense | null;
  /** Index of the sentence that holds an offset (-1 outside every sentence). */
  sentenceAt(offset: number): number;
}

/** One regex, one job: a parser turns each match of its pattern into a candidate, or null to skip it. */
export interface Parser {
  name: string;
  /** Global, Unicode; built once per pipeline. */
  pattern: RegExp;
  /**
   * A cheap global regex for a word every match must contain ("ago", a unit, a month name). When given,
   * `pattern` runs only in windows around its matches.
   */
  trigger?: RegExp;
  extract(m: RegExpExecArray, ctx: TimexContext): Candidate | null;
}

/** A refiner returns new candidates (merged, extended, filtered); it never mutates its input. */
export type Refiner = (candidates: readonly Candidate[], ctx: TimexContext) => Candidate[];

/** A trigger regex from a regex alternation source: the words at a word start, any case. */
export const trigger = (alternation: string): RegExp => new RegExp(`\\b(?:${alternation})`, 'gi');

/** Word boundary guards for patterns built from word lists. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
