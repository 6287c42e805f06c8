import { isPerson, type Candidate } from './candidate.js';
import { isDemonym, type DocContext } from './context.js';
import { DETERMINERS, inTitle, sliceText } from './role-text.js';

const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'as', 'but', 'said', 'says']);
const PHRASE_END = new Set([',', ';', '.', ')', ']', '—', '–', ':', '(', '"', '“', '”']);

/** ", a doctor," / ", head of military intelligence;" / " is the chief correspondent at" after a name. */
export function appositionAfter(ctx: DocContext, cands: Candidate[], owner: Int32Array, ci: number): void {
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
export function appositionBefore(ctx: DocContext, cands: Candidate[], owner: Int32Array, ci: number): void {
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
