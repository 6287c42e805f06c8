import { isKnown, isPerson, type Candidate } from './candidate.js';
import { isDemonym, ownerMap, type DocContext } from './context.js';
import type { KnownActor } from './model.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);
const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'as', 'but', 'said', 'says']);
const PHRASE_END = new Set([',', ';', '.', ')', ']', '—', '–', ':', '(', '"', '“', '”']);

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
      out[out.length - 1] = { ...c, titleStart: prev.titleStart, form: 'title', role: sliceText(ctx, prev.start, prev.end) };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** The tokens [a, b) as written, single-spaced. */
function sliceText(ctx: DocContext, a: number, b: number): string {
  const t = ctx.tokens;
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && !t[k]!.glued ? ' ' : '') + t[k]!.text;
  return s;
}

function inTitle(c: Candidate, why = 'in-title') {
  if (!isPerson(c) && !(isKnown(c.target) && c.target.titleMentions)) c.dropped ??= why;
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

/** ", a doctor," / ", head of military intelligence;" / " is the chief correspondent at" after a name. */
function appositionAfter(ctx: DocContext, cands: Candidate[], owner: Int32Array, ci: number): void {
  const { tokens, words } = ctx;
  const c = cands[ci]!;
  const open = tokens[c.end];
  if (!open || open.sentence !== tokens[c.start]!.sentence) return;
  const copula = open.key === 'is' || open.key === 'was';
  if (open.text !== ',' && !copula) return;
  let k = c.end + 1;
  const first = k;
  const inside: number[] = [];
  let role = false;
  let byline = false;
  let seen = 0;
  for (; k < tokens.length && k - first < 16; k++) {
    const t = tokens[k]!;
    if (t.sentence !== open.sentence || PHRASE_END.has(t.text)) break;
    const o = owner[k]!;
    if (o >= 0 && o !== ci) {
      if (isPerson(cands[o]!)) break;
      if (!inside.includes(o)) inside.push(o);
      continue;
    }
    if (!t.word) continue;
    if (CLAUSE_WORDS.has(t.key) || (words.speechVerb.has(t.key) && !words.roleNoun.has(t.key))) return;
    if (!DETERMINERS.has(t.key)) seen++;
    if (words.roleNoun.has(t.key) && seen <= 5) role = true;
    if (!role && seen >= 5) return;
    if (words.bylineRole.has(t.key)) byline = true;
  }
  if (!role || k === first) return;
  // "X is the chief political correspondent at Y": a byline; ", a writer for The Atlantic," cites a source.
  if (copula && !byline) return;
  if (!copula) byline = false;
  for (const o of inside) inTitle(cands[o]!);
  const phrase = sliceText(ctx, first, k);
  c.role = c.role ? `${c.role}; ${phrase}` : phrase;
  if (byline) c.dropped ??= 'byline';
}

/** "The head of Ukraine's National Defense and Security Council, Rustem Umerov": a role before a comma. */
function appositionBefore(ctx: DocContext, cands: Candidate[], owner: Int32Array, ci: number): void {
  const { tokens, words } = ctx;
  const c = cands[ci]!;
  const comma = c.titleStart - 1;
  if (comma < 1 || tokens[comma]!.text !== ',' || tokens[comma - 1]!.sentence !== tokens[c.start]!.sentence) return;
  const inside: number[] = [];
  let start = comma;
  let role = false;
  for (let k = comma - 1; k >= 0 && comma - k < 16 && tokens[k]!.sentence === tokens[comma]!.sentence; k--) {
    const t = tokens[k]!;
    const o = owner[k]!;
    if (o >= 0) {
      if (isPerson(cands[o]!)) return;
      if (!inside.includes(o)) inside.push(o);
      start = k;
      continue;
    }
    if (t.key === "'s") continue;
    if (!t.word) break;
    if (DETERMINERS.has(t.key)) {
      start = k;
      break;
    }
    if (words.roleNoun.has(t.key)) role = true;
    if (t.cap || words.titleWord.has(t.key) || words.titleConnector.has(t.key) || isDemonym(ctx, t)) {
      start = k;
      continue;
    }
    break;
  }
  const head = tokens[start]!;
  if (!role || (!DETERMINERS.has(head.key) && !words.roleNoun.has(head.key) && !words.titleWord.has(head.key))) return;
  // After a comma it is the apposition of the name before, in a list ("A, secretary of X, B, head of Y").
  const before = tokens[start - 1];
  if (before && before.sentence === head.sentence && (before.text === ',' || before.text === ';')) return;
  for (const o of inside) inTitle(cands[o]!);
  const phrase = sliceText(ctx, start, comma);
  c.role = c.role ? `${phrase}; ${c.role}` : phrase;
}
