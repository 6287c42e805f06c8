import { isKnown, type Candidate } from './candidate.js';
import type { DocContext } from './context.js';
import type { Token } from './tokens.js';

const DASHES = new Set(['—', '–', '-']);

/**
 * Marks the mentions that are not actor mentions by their position: a country or capital used as a
 * place ("talks in Paris", "travelled to Moscow", "KYIV —", "Moscow time", "U.S.-brokered"), a news
 * organisation in a credit ("(Reuters) -", "REUTERS/Name", a line holding only "Reuters"), anything
 * inside a photo credit or byline. Names of bodies keep counting in any position ("at the Kremlin").
 */
export function markPositions(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const { tokens, zones } = ctx;
  let prevPlace: Candidate | null = null;
  for (const c of cands) {
    if (c.dropped) continue;
    if (zones.credit[c.start]) {
      c.dropped = 'credit';
      continue;
    }
    if (isKnown(c.target) && c.target.media && isCredit(tokens, c)) {
      c.dropped = 'credit';
      continue;
    }
    if (c.form !== 'metonym' || c.rule === 'mention/group') continue;
    const why = placeUse(ctx, c, prevPlace);
    if (why) {
      c.dropped = why;
      prevPlace = c;
    }
  }
  return cands;
}

function prevWord(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.key === 'the') k--;
  return k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence ? k : -1;
}

function placeUse(ctx: DocContext, c: Candidate, prevPlace: Candidate | null): string | null {
  const { tokens, words } = ctx;
  const first = tokens[c.titleStart]!;
  const next = tokens[c.end];
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === first.sentence;
  // Part of a compound modifier: "U.S.-brokered", "Russia-Ukraine talks", "Kyiv-backed".
  if (next?.text === '-' && next.glued && tokens[c.end + 1]?.glued) return 'compound';
  if (first.glued && tokens[c.titleStart - 1]?.text === '-' && tokens[c.titleStart - 2]?.word) return 'compound';
  // Dateline: "KYIV —", "MOSCOW, December 4", "Washington, D.C. –", "MOSCOW/KYIV, Dec 3 -".
  let lead = c.titleStart;
  while (lead >= 2 && tokens[lead - 1]!.text === '/' && tokens[lead - 2]!.upper && tokens[lead - 2]!.paragraph === first.paragraph) lead -= 2;
  const opens = lead === 0 || tokens[lead - 1]!.paragraph !== first.paragraph;
  if (opens && next && (DASHES.has(next.text) || (first.upper && (next.text === ',' || next.text === '(' || next.text === '/')))) return 'dateline';
  // "Washington, D.C.", "Kyiv, Ukraine." (but not the list "Russia, Ukraine and the US").
  const region = tokens[c.end + 1];
  const afterRegion = tokens[c.end + 2];
  if (next?.text === ',' && sameSentence(region) && (ctx.model.places.has(region!.text) || words.placeName.has(region!.text) || /^D\.?C\.?$/.test(region!.text)))
    if (!afterRegion || afterRegion.sentence !== first.sentence || !(afterRegion.text === ',' || afterRegion.key === 'and' || afterRegion.key === 'or')) return 'place';
  // A line holding only the name: a caption or a heading.
  const para = first.paragraph;
  if ((!next || next.paragraph !== para) && (c.titleStart === 0 || tokens[c.titleStart - 1]!.paragraph !== para)) return 'place';
  // "Moscow time", "Ukraine war", "Abu Dhabi hosted".
  if (next && sameSentence(next) && next.word && !next.cap && (words.placeFollower.has(next.key) || words.placeVerb.has(next.key))) return 'place';
  const p = prevWord(tokens, c.titleStart);
  if (p < 0) return null;
  const prev = tokens[p]!;
  // "of Ukraine" is a place or a title's complement, but "the size of Ukraine's army" names a possessor.
  if (prev.key === 'of' && next?.key === "'s") return null;
  if (words.placePreposition.has(prev.key) || words.motionWord.has(prev.key)) return 'place';
  if (prev.key === 'to') {
    for (let k = p - 1; k >= 0 && k >= p - 3 && tokens[k]!.sentence === prev.sentence; k--) if (words.motionWord.has(tokens[k]!.key)) return 'place';
  }
  // "Geneva, Switzerland", "Davos, Switzerland": a country after a place names where it is.
  const beforeComma = tokens[p - 1];
  if (prev.text === ',' && beforeComma && beforeComma.sentence === prev.sentence && (ctx.model.places.has(beforeComma.text) || words.placeName.has(beforeComma.text)) && !ctx.model.metonyms.has(beforeComma.text))
    return 'place';
  // "in Ukraine and Russia", "in Paris, Berlin and London": lists share the first item's use.
  if ((prev.key === 'and' || prev.text === ',') && prevPlace && prevPlace.end === p) return prevPlace.dropped ?? null;
  return null;
}

/** "(Reuters) –", "/TASS/", "REUTERS/Name", or a line that is only the outlet's name. */
function isCredit(tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.titleStart - 1];
  const after = tokens[c.end];
  if (before && after && /^[(/]$/.test(before.text) && /^[)/]$/.test(after.text)) return true;
  if (after?.text === '/' && after.glued) return true;
  const para = tokens[c.start]!.paragraph;
  const alone = (t: Token | undefined) => !t || t.paragraph !== para || !t.word;
  if (alone(before) && alone(after)) {
    for (let k = c.end; k < tokens.length && tokens[k]!.paragraph === para; k++) if (tokens[k]!.word) return false;
    for (let k = c.titleStart - 1; k >= 0 && tokens[k]!.paragraph === para; k--) if (tokens[k]!.word) return false;
    return true;
  }
  return false;
}
