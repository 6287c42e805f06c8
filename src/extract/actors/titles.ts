import { isKnown, isPerson, type Candidate } from './candidate.js';
import { appositionAfter, appositionBefore } from './apposition.js';
import { inTitle, sliceText } from './role-text.js';
import { isDemonym, ownerMap, type DocContext } from './context.js';
import type { KnownActor } from './model.js';
import { extend } from '../../core/extend.js';


/**
 * Attaches the role phrases around person mentions: a title before the name ("Ukrainian President",
 * "Kremlin aide", "businessman"), an apposition after it (", a doctor,") or before it ("The head of
 * X, Rustem Umerov"). Organisation and government mentions inside a role stop counting as actor
 * mentions ("National Security and Defense Council Secretary Rustem Umerov"), unless the profile says
 * the body counts in titles (the Kremlin, the White House). Returns the candidates, updated.
 */
export function attachRoles(ctx: DocContext, input: Candidate[]): Candidate[] {
  const cands = mergeDescriptions(ctx, input);
  let owner = ownerMap(ctx.tokens.length, cands);
  cands.forEach((c, ci) => {
    if (isPerson(c) && !c.dropped) titleBefore(ctx, cands, owner, ci);
  });
  owner = ownerMap(ctx.tokens.length, cands);
  cands.forEach((c, ci) => {
    if (!isPerson(c) || c.dropped) return;
    appositionAfter(ctx, cands, owner, ci);
    appositionBefore(ctx, cands, owner, ci);
  });
  return cands;
}

/** "Ukrainian leader Volodymyr Zelensky": a description right before its actor's name becomes its title. */
function mergeDescriptions(ctx: DocContext, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.titleStart - b.titleStart);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    // A description right before a person's name is that person's title, even when the profile gives
    // it to someone else ("Kremlin spokesman Kirill Dmitriev").
    if (prev && prev.form === 'description' && prev.end === c.titleStart && isPerson(c) && c.form !== 'description' && !c.dropped) {
      out[out.length - 1] = extend(c, { titleStart: prev.titleStart, form: 'title', role: sliceText(ctx, prev.start, prev.end) });
      continue;
    }
    out.push(c);
  }
  return out;
}

function titleBefore(ctx: DocContext, cands: Candidate[], owner: Int32Array, ci: number): void {
  const { tokens, words } = ctx;
  const c = cands[ci]!;
  const sentence = tokens[c.start]!.sentence;
  const roleActors: KnownActor[] = [];
  let start = c.titleStart;
  let honorificOnly = true;
  let titleWords = 0;
  for (let k = start - 1; k >= 0 && tokens[k]!.sentence === sentence; ) {
    const t = tokens[k]!;
    const o = owner[k]!;
    if (o >= 0 && o !== ci) {
      const other = cands[o]!;
      if (isPerson(other) || (isKnown(other.target) && other.target.titleMentions)) {
        if (isKnown(other.target) && (other.end === start || tokens[other.end]?.key === "'s")) roleActors.push(other.target);
        break;
      }
      if (other.dropped && other.dropped !== 'in-title') break;
      if (isKnown(other.target)) roleActors.push(other.target);
      inTitle(other);
      start = other.titleStart;
      honorificOnly = false;
      k = start - 1;
      continue;
    }
    if (t.text === '.' && k > 0 && words.honorific.has(tokens[k - 1]!.key)) {
      k--;
      continue;
    }
    if (t.key === "'s") {
      const left = owner[k - 1] ?? -1;
      if (left >= 0 && !isPerson(cands[left]!) && !(isKnown(cands[left]!.target) && (cands[left]!.target as KnownActor).titleMentions)) {
        k--;
        continue;
      }
      if (left >= 0 && isKnown(cands[left]!.target)) roleActors.push(cands[left]!.target as KnownActor);
      break;
    }
    if (!t.word) break;
    if (words.honorific.has(t.key) || words.titleWord.has(t.key) || isDemonym(ctx, t)) {
      if (!words.honorific.has(t.key)) honorificOnly = false;
      if (words.titleWord.has(t.key)) titleWords++;
      start = k--;
      continue;
    }
    // "Ambassador to the United States Olga X", but not "adviser to US President Donald Trump".
    if ((t.key === 'to' || t.key === 'for') && titleWords) break;
    if (words.titleConnector.has(t.key) && t.key !== 'the') {
      k--;
      continue;
    }
    break;
  }
  if (start > 0 && tokens[start - 1]!.key === 'the' && tokens[start - 1]!.sentence === sentence && owner[start - 1] === -1) start--;
  if (start === c.titleStart) {
    if (roleActors.length) c.roleActors = roleActors;
    if (c.form === 'description') c.role ??= sliceText(ctx, c.start, c.end);
    return;
  }
  c.titleStart = start;
  c.form = c.form === 'description' ? 'description' : 'title';
  let r = start;
  while (r < c.start && (tokens[r]!.key === 'the' || words.honorific.has(tokens[r]!.key) || tokens[r]!.text === '.')) r++;
  // The whole title is the role ("US President"); a description is its own role ("US leader").
  const roleEnd = c.form === 'description' ? c.end : c.start;
  if (!honorificOnly && r < roleEnd) c.role = sliceText(ctx, r, roleEnd);
  if (roleActors.length) c.roleActors = roleActors;
}
