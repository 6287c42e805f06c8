import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';

/** `requires`: a cheap pattern every line the rule matches must contain, tried first (same case rule). */
const Rule = z.object({ rule: z.string(), pattern: z.string(), case: z.boolean().default(false), requires: z.string().optional() });
const NoiseSchema = z.object({
  defines: z.record(z.string(), z.string()).default({}),
  lines: z.array(Rule).default([]),
  inline: z.array(Rule).default([]),
  footers: z.array(Rule).default([]),
  menus: z.object({ min_words: z.number().int().positive().default(4), words: z.array(z.string()).default([]) }).default({ min_words: 4, words: [] }),
});

export interface NoiseRule {
  rule: string;
  regex: RegExp;
  /** A line that does not match this cannot match `regex`: most lines are skipped without running it. */
  requires?: RegExp;
}

export interface NoiseRules {
  lines: NoiseRule[];
  inline: NoiseRule[];
  footers: NoiseRule[];
  /** Section names of menu bars ("World Politics Business Opinion"), lower case. */
  menuWords: ReadonlySet<string>;
  menuMinWords: number;
}

/** Replaces `{{NAME}}` with the named define (defines may use earlier defines). */
function expand(pattern: string, defines: Record<string, string>, where: string, depth = 0): string {
  if (depth > 8) throw new Error(`Noise defines nest too deeply in ${where}`);
  return pattern.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = defines[name];
    if (value === undefined) throw new Error(`Unknown noise define "{{${name}}}" in ${where}`);
    return expand(value, defines, where, depth + 1);
  });
}

function compile(r: z.infer<typeof Rule>, whole: boolean, where: string, defines: Record<string, string>): NoiseRule {
  const source = expand(r.pattern, defines, `${where} (${r.rule})`);
  const flags = r.case ? 'u' : 'iu';
  try {
    const regex = new RegExp(whole ? `^(?:${source})$` : source, flags);
    if (r.requires === undefined) return { rule: `clean/${r.rule}`, regex };
    return { rule: `clean/${r.rule}`, regex, requires: new RegExp(expand(r.requires, defines, `${where} (${r.rule})`), flags) };
  } catch (e) {
    throw new Error(`Invalid noise pattern in ${where} (${r.rule}): ${(e as Error).message}`);
  }
}

/** Compiles the `noise` section of a lexicon. Line and footer patterns must match a whole line. */
export function noiseRules(lexicon: Lexicon): NoiseRules {
  const n = lexicon.section('noise', NoiseSchema);
  return {
    lines: n.lines.map((r) => compile(r, true, 'noise.lines', n.defines)),
    inline: n.inline.map((r) => compile(r, false, 'noise.inline', n.defines)),
    footers: n.footers.map((r) => compile(r, true, 'noise.footers', n.defines)),
    menuWords: new Set(n.menus.words.map((w) => w.toLowerCase())),
    menuMinWords: n.menus.min_words,
  };
}
