import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';

const Rule = z.object({ rule: z.string(), pattern: z.string() });
const NoiseSchema = z.object({
  lines: z.array(Rule).default([]),
  inline: z.array(Rule).default([]),
  footers: z.array(Rule).default([]),
});

export interface NoiseRule {
  rule: string;
  regex: RegExp;
}

export interface NoiseRules {
  lines: NoiseRule[];
  inline: NoiseRule[];
  footers: NoiseRule[];
}

const compile = (r: { rule: string; pattern: string }, whole: boolean, where: string): NoiseRule => {
  try {
    return { rule: `clean/${r.rule}`, regex: new RegExp(whole ? `^(?:${r.pattern})$` : r.pattern, 'iu') };
  } catch (e) {
    throw new Error(`Invalid noise pattern in ${where} (${r.rule}): ${(e as Error).message}`);
  }
};

/** Compiles the `noise` section of a lexicon. Line and footer patterns must match a whole line. */
export function noiseRules(lexicon: Lexicon): NoiseRules {
  const n = lexicon.section('noise', NoiseSchema);
  return {
    lines: n.lines.map((r) => compile(r, true, 'noise.lines')),
    inline: n.inline.map((r) => compile(r, false, 'noise.inline')),
    footers: n.footers.map((r) => compile(r, true, 'noise.footers')),
  };
}
