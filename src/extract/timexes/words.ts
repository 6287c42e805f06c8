import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';
import { alternation } from '../../nlp/patterns.js';

const list = z.array(z.string().min(1)).default([]);

const TimeSchema = z.object({
  months: z.record(z.string(), list),
  ambiguous_months: list,
  weekdays: z.record(z.string(), list),
  day_parts: list,
  numbers: z.record(z.string(), z.number()),
  vague_numbers: list,
  units: z.array(z.object({ words: list, code: z.string(), time: z.boolean().default(false), factor: z.number().default(1) })),
  references: z.record(z.string(), list),
  timeml: z.object({ references: z.record(z.string(), list).default({}) }).default({ references: {} }),
  call_to_action: list,
  year_blockers: list,
  modifiers: z.record(z.string(), list),
  quantity_modifiers: z.record(z.string(), list),
  seasons: z.record(z.string(), list),
  holidays: z.record(z.string(), list),
  weekday_holidays: z.array(z.object({ words: list, month: z.number(), weekday: z.number(), n: z.number() })).default([]),
  sets: z.array(z.object({ value: z.string(), words: list, per: list })).default([]),
  tense: z.object({
    future: list,
    future_past: list,
    past: list,
    present: list,
    ed_exceptions: list,
    clause_breaks: list,
    not_infinitive: list,
  }),
});

export type TimeLexicon = z.infer<typeof TimeSchema>;

/**
 * Which annotation convention the tagger follows: `news` is the extraction contract (calendar expressions
 * only), `timeml` TimeML's (TimeBank, TempEval), which also marks "now" (PRESENT_REF) and "recently" (PAST_REF).
 */
export const TIMEX_STYLES = ['news', 'timeml'] as const;
export type TimexStyle = (typeof TIMEX_STYLES)[number];

export interface Unit {
  /** TimeML unit letters: Y, M, W, D, H... */
  code: string;
  /** Hours, minutes, seconds: written after T (PT5H). */
  time: boolean;
  factor: number;
}

/** The `time` lexicon compiled once per pipeline: lookup tables and regex alternations. */
export interface TimeWords {
  raw: TimeLexicon;
  /** Lower-case month word (with and without a final dot) -> 1..12. */
  month: Map<string, number>;
  /** Full month names only (months stand alone only when written in full). */
  fullMonth: Set<string>;
  ambiguousMonth: Set<string>;
  weekday: Map<string, number>;
  number: Map<string, number>;
  vague: Set<string>;
  unit: Map<string, Unit>;
  season: Map<string, string>;
  /** Lower-case phrase -> TimeML mod, for the modifiers before a timex. */
  modifier: Map<string, string>;
  quantityModifier: Map<string, string>;
  /** Regex alternations (no groups) for building parsers. */
  alt: {
    month: string;
    fullMonth: string;
    weekday: string;
    dayPart: string;
    number: string;
    /** Number words that can be part of a compound ("twenty four"): not "a", "an" or phrases with them. */
    numberWord: string;
    vague: string;
    unit: string;
    season: string;
    modifier: string;
    quantityModifier: string;
  };
}

const lower = (s: string) => s.toLowerCase();

/** Compiles the `time` section of a lexicon (lexicons/<lang>/time.yaml) for one annotation style. */
export function timeWords(lexicon: Lexicon, style: TimexStyle = 'news'): TimeWords {
  const section = lexicon.section('time', TimeSchema);
  const raw = style === 'timeml' ? { ...section, references: { ...section.references, ...section.timeml.references } } : section;
  const month = new Map<string, number>();
  const fullMonth = new Set<string>();
  Object.values(raw.months).forEach((names, i) => {
    fullMonth.add(lower(names[0]!));
    for (const n of names) month.set(lower(n), i + 1);
  });
  const weekday = new Map<string, number>();
  for (const [n, names] of Object.entries(raw.weekdays)) for (const w of names) weekday.set(lower(w), Number(n));
  const unit = new Map<string, Unit>();
  for (const u of raw.units) for (const w of u.words) unit.set(lower(w), { code: u.code, time: u.time, factor: u.factor });
  const season = new Map<string, string>();
  for (const [code, words] of Object.entries(raw.seasons)) for (const w of words) season.set(lower(w), code);
  const invert = (table: Record<string, string[]>) => {
    const out = new Map<string, string>();
    for (const [k, words] of Object.entries(table)) for (const w of words) out.set(lower(w), k);
    return out;
  };
  const modifier = invert(raw.modifiers);
  const quantityModifier = invert(raw.quantity_modifiers);
  const monthWords = [...month.keys()];
  return {
    raw,
    month,
    fullMonth,
    ambiguousMonth: new Set(raw.ambiguous_months.map(lower)),
    weekday,
    number: new Map(Object.entries(raw.numbers).map(([k, v]) => [lower(k), v])),
    vague: new Set(raw.vague_numbers.map(lower)),
    unit,
    season,
    modifier,
    quantityModifier,
    alt: {
      month: alternation(monthWords),
      fullMonth: alternation([...fullMonth]),
      weekday: alternation([...weekday.keys()]),
      dayPart: alternation(raw.day_parts),
      number: alternation(Object.keys(raw.numbers)),
      numberWord: alternation(Object.keys(raw.numbers).filter((k) => !/^(?:an?|half)\b/i.test(k))),
      vague: alternation(raw.vague_numbers),
      unit: alternation([...unit.keys()]),
      season: alternation([...season.keys()]),
      modifier: alternation([...modifier.keys()]),
      quantityModifier: alternation([...quantityModifier.keys()]),
    },
  };
}
