import { z } from 'zod';
import type { Lexicon } from '../nlp/lexicon.js';
import { cutPieces, phraseIndex } from '../extract/reading/phrases.js';

const MarkerSchema = z.object({ id: z.string().min(1), phrases: z.array(z.string().min(1)).min(1), versus: z.string().optional() });
/** `lexicons/<lang>/framing.yaml`: word choices that show how an outlet frames the war. */
export const FramingSchema = z.object({ markers: z.array(MarkerSchema).default([]) });
export type FramingMarker = z.infer<typeof MarkerSchema>;

export type FramingCounts = Record<string, number>;

/**
 * Builds a counter of framing markers ("Kiev" vs "Kyiv", "Donbass", "the regime") from the lexicon.
 * @example framingCounter(lexicon)('Kiev said ... Kiev') // { kiev: 2 }
 */
export function framingCounter(lexicon: Lexicon): (text: string) => FramingCounts {
  const { markers } = lexicon.section('framing', FramingSchema);
  const index = phraseIndex({ markers: markers.flatMap((m) => m.phrases.map((p) => [p, m.id] as const)) }, { caseSensitive: true });
  return (text) => {
    const counts: FramingCounts = {};
    for (const h of index(cutPieces(text), { start: 0, end: text.length }).markers) counts[h.value] = (counts[h.value] ?? 0) + 1;
    return counts;
  };
}

/** Adds counts into a running total (a new object). */
export const addCounts = (a: FramingCounts, b: FramingCounts): FramingCounts => {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/** The markers of a lexicon, for reports that pair each marker with its alternative. */
export const framingMarkers = (lexicon: Lexicon): FramingMarker[] => lexicon.section('framing', FramingSchema).markers;
