import { z } from 'zod';
import type { Sentence } from '../core/article.js';
import type { Lexicon } from '../nlp/lexicon.js';
import { StanceSchema } from '../extract/positions/cues.js';
import type { Reported } from '../store/queries/positions.js';
import { summarizeSources, type SourceSummary } from './sources.js';
import { matchesOf } from '../nlp/matches.js';

const PlansSchema = z.object({
  units: z.array(z.string()).default([]),
  changeWords: z.array(z.string()).default([]),
  numbers: z.record(z.string(), z.number().int().positive()).default({}),
});

/** One version of the plan, by its number of points, with who reported it and when first. */
export interface PlanVersion {
  points: number;
  sources: SourceSummary;
  mentions: Reported[];
}

export interface PlanDocument {
  id: string;
  published: string;
  outlet: string | null;
  story_id: string;
  title: string | null;
  url: string | null;
  text: string;
  sentences: string;
}

/**
 * Finds plan versions by their point counts ("the 28-point plan", "a 20-point framework", "from 28 points to 19")
 * in stored documents, and orders them by first report: the 28 → 19 → 20 sequence.
 */
export function planVersionReader(lexicon: Lexicon): (docs: readonly PlanDocument[]) => PlanVersion[] {
  const lex = lexicon.section('plans', PlansSchema);
  const stance = lexicon.section('stance', StanceSchema);
  const unitWords = new Set(lex.units.map((u) => u.replace(/^-/, '').toLowerCase()));
  const documents = new Set(
    (['demand', 'propose', 'accept', 'reject'] as const)
      .flatMap((s) => stance[s].documents ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => !unitWords.has(w)),
  );
  const numberWords = Object.keys(lex.numbers).sort((a, b) => b.length - a.length).map((w) => w.replace(/-/g, '[- ]'));
  const number = `(\\d{1,2}|${numberWords.join('|')})`;
  const units = lex.units.map((u) => u.replace(/^-/, '')).join('|');
  const counted = new RegExp(`(?<![\\p{L}\\p{N}])${number}[- ](?:${units})(?![\\p{L}])`, 'giu');
  const changed = new RegExp(`(?<![\\p{L}])(?:${units}) (?:${lex.changeWords.join('|')}) ${number}(?![\\p{L}\\p{N}-])`, 'giu');
  const value = (s: string) => (/^\d+$/.test(s) ? Number(s) : lex.numbers[s.toLowerCase().replace(' ', '-')]);
  const hasDocument = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).some((w) => documents.has(w));

  return (docs) => {
    const mentions = new Map<number, Reported[]>();
    for (const d of docs) {
      const sentences = JSON.parse(d.sentences) as Sentence[];
      for (const [i, s] of sentences.entries()) {
        const text = d.text.slice(s.span.start, s.span.end);
        if (!hasDocument(text)) continue;
        const found = new Set<number>();
        for (const m of matchesOf(counted, text)) found.add(value(m[1]!) ?? 0);
        for (const m of matchesOf(changed, text)) found.add(value(m[1]!) ?? 0);
        for (const n of found) {
          if (!n) continue;
          const r: Reported = {
            id: `${d.id}#s${i}`,
            documentId: d.id,
            date: d.published,
            evidence: text,
            spanStart: s.span.start,
            spanEnd: s.span.end,
            rule: 'plan/points',
            outlet: d.outlet,
            storyId: d.story_id,
            title: d.title,
            url: d.url,
          };
          mentions.set(n, [...(mentions.get(n) ?? []), r]);
        }
      }
    }
    return [...mentions]
      .map(([points, ms]) => ({ points, sources: summarizeSources(ms), mentions: ms }))
      .sort((a, b) => a.sources.first.date.localeCompare(b.sources.first.date) || b.sources.reports - a.sources.reports);
  };
}
