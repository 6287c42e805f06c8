import type { Candidate } from './candidate.js';
import { opensSentence, type DocContext } from './context.js';
import { isCommonWord } from './evidence.js';
import { acronym, mediaByCue, organization, type CueTries } from './organizations.js';
import { person } from './people.js';

export { cueTries, type CueTries } from './organizations.js';

/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman", "Institute for the Study of War"). */
const PARTICLES = new Set(['of', 'the', 'for', 'de', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'du', 'la', 'le', 'del', 'dos']);

/**
 * Finds people and organisations the profile does not know: runs of capitalised words that a title, a
 * first name, an apposition, a speech verb, an organisation word or a media cue makes an actor.
 * Skips credits, headlines and everything the profile already matched.
 */
export function findUnknown(ctx: DocContext, covered: Uint8Array, cues: CueTries): Candidate[] {
  const { tokens, words, zones } = ctx;
  const out: Candidate[] = [];
  const free = (i: number) => {
    const t = tokens[i];
    return !!t && t.word && !covered[i] && !zones.credit[i] && !zones.headline[i];
  };
  const nameLike = (i: number) => free(i) && tokens[i]!.cap && !words.notName.has(tokens[i]!.text);
  // Capitalised words followed by a speech verb, counted: "DuVernay said" twice makes DuVernay a speaker.
  ctx.speakers.clear();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.cap && !t.upper && next?.word && !next.cap && words.speechVerb.has(next.key)) ctx.speakers.set(t.text, (ctx.speakers.get(t.text) ?? 0) + 1);
  });

  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(i)) continue;
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t || t.sentence !== tokens[i]!.sentence) break;
      const prev = tokens[j - 1]!;
      if (nameLike(j)) j++;
      // "USA Today": a not-name that ends a name.
      else if (free(j) && t.cap && words.nameTail.has(t.text)) {
        j++;
        break;
      }
      // An initial ("Vann R. Newkirk"), a suffix ("II"), a hyphenated part ("Geun-hye").
      else if (t.text.length === 1 && t.cap && tokens[j + 1]?.text === '.' && tokens[j + 1]!.glued && nameLike(j + 2)) j++;
      else if (t.word && words.nameSuffix.has(t.text) && prev.cap) j++;
      else if (t.text === '-' && t.glued && tokens[j + 1]?.glued && free(j + 1)) j += 2;
      // The dot of an initial or an abbreviated title ("Gov. Ed Rendell").
      else if (t.text === '.' && t.glued && prev.cap && (prev.text.length === 1 || words.honorific.has(prev.key) || words.titleWord.has(prev.key)) && nameLike(j + 1)) j++;
      else if (PARTICLES.has(t.text) && nameLike(j + 1) && !tokens[j + 1]!.upper) j++;
      else break;
    }
    while (j > i && !tokens[j - 1]!.cap && !(tokens[j - 2]?.text === '-' && tokens[j - 1]!.glued)) j--;
    const c = classify(ctx, cues, i, j);
    if (c) out.push(c);
    i = j - 1;
  }
  return out;
}

function classify(ctx: DocContext, cues: CueTries, a0: number, b: number): Candidate | null {
  const { tokens } = ctx;
  let a = a0;
  // A capitalised common word opening the sentence is not part of the name ("Citing", "Wartime").
  while (a < b && opensSentence(tokens, a) && isCommonWord(ctx, tokens[a]!)) a++;
  if (a < b && tokens[a]!.key === 'the') a++;
  if (a >= b) return null;
  const org = organization(ctx, cues, a, b);
  if (org !== undefined) return org;
  const one = b - a === 1 ? tokens[a]! : null;
  // A transcript's speaker label: "WALLACE: If I may, sir".
  if (one?.upper && tokens[b]?.text === ':' && opensSentence(tokens, a) && one.text.length >= 3) {
    const name = one.text[0] + one.text.slice(1).toLowerCase();
    return { start: a, end: b, titleStart: a, target: { kind: 'person', media: false, name }, form: 'name', rule: 'mention/speaker-label' };
  }
  if (one?.upper && one.text.replace(/\W/g, '').length <= 6) return acronym(ctx, cues, a, b);
  return person(ctx, a, b) ?? mediaByCue(ctx, cues, a, b);
}
