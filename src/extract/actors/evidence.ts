import type { Candidate, TextActor } from './candidate.js';
import type { DocContext } from './context.js';
import type { Token } from './tokens.js';

// Small tests on the tokens around a capitalised run, shared by the unknown-name finders.

/** A name as written: tokens joined with their original spacing collapsed to single spaces. */
export function nameText(tokens: readonly Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && !tokens[k]!.glued ? ' ' : '') + tokens[k]!.text;
  return s;
}

/** A candidate for the run [start, end), its title starting at `titleStart` and giving its role. */
export function make(ctx: DocContext, start: number, end: number, actor: Omit<TextActor, 'name'>, rule: string, titleStart = start): Candidate {
  const { tokens, words } = ctx;
  const name = nameText(tokens, start, end);
  const form = actor.kind === 'organization' && end - start === 1 && tokens[start]!.upper ? 'acronym' : titleStart < start ? 'title' : 'name';
  // The title inside the run is the person's role ("Ukrainian MP", "Lieutenant General"), honorifics aside.
  let r = titleStart;
  while (r < start && (words.honorific.has(tokens[r]!.key) || !tokens[r]!.word || tokens[r]!.key === 'the')) r++;
  const role = r < start ? nameText(tokens, r, start).replace(/\s*\.$/, '') : undefined;
  return { start, end, titleStart, target: { ...actor, name }, form, rule, ...(role && { role }) };
}

/** A capitalised word that opens a sentence only because it is first ("Citing", "Wartime"). */
export function isCommonWord(ctx: DocContext, t: Token): boolean {
  if (ctx.words.firstName.has(t.text) || ctx.words.honorific.has(t.key)) return false;
  return ctx.lowercase.has(t.key) || /(?:ing|ly|ed)$/.test(t.key);
}

/** A role noun right before the run ("leader Nicolas Maduro", "businessman Jared Kushner", "host, Abby Martin,"). */
export function roleNounBefore(ctx: DocContext, a: number, b: number): boolean {
  const { tokens, words } = ctx;
  const p = tokens[a - 1]?.text === ',' && tokens[b]?.text === ',' ? tokens[a - 2] : tokens[a - 1];
  return !!p && p.word && p.sentence === tokens[a]!.sentence && (words.roleNoun.has(p.key) || words.honorific.has(p.key));
}

/** ", a doctor," after the run. */
export function roleAfter(ctx: DocContext, b: number): boolean {
  const { tokens, words } = ctx;
  if (tokens[b]?.text !== ',') return false;
  for (let k = b + 1, seen = 0; k < tokens.length && seen < 5; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (words.roleNoun.has(t.key)) return true;
    if (t.key !== 'a' && t.key !== 'an' && t.key !== 'the') seen++;
  }
  return false;
}

/** "Quina Jones, 25,": an age in apposition. */
export function ageAfter(ctx: DocContext, b: number): boolean {
  const { tokens } = ctx;
  return tokens[b]?.text === ',' && /^\d{1,3}$/.test(tokens[b + 1]?.text ?? '') && /^[,)]$/.test(tokens[b + 2]?.text ?? '');
}

/** "…,” ― Sonya Herridge": a name after a dash that follows a quotation. */
export function attributionDash(ctx: DocContext, a: number): boolean {
  const { tokens } = ctx;
  const dash = tokens[a - 1];
  const before = tokens[a - 2];
  return !!dash && /^[―—–-]$/.test(dash.text) && !!before && /^[”"’.!?]$/.test(before.text);
}

const closesQuote = (t: Token | undefined) => !!t && /^[”"’]$/.test(t.text);

/** "…,” DuVernay said" / "…,” said DuVernay": a name attributing the quotation just closed. */
export function quoteAttribution(ctx: DocContext, a: number, b: number): boolean {
  const { tokens, words } = ctx;
  const next = tokens[b];
  if (closesQuote(tokens[a - 1]) && next?.word && !next.cap && words.speechVerb.has(next.key)) return true;
  const prev = tokens[a - 1];
  return !!prev && /^(said|says)$/.test(prev.key) && (closesQuote(tokens[a - 2]) || (tokens[a - 2]?.text === ',' && closesQuote(tokens[a - 3])));
}

/** "Hugh Hill said", "Hill, 52, told", "said Hugh Hill". */
export function speechNear(ctx: DocContext, a: number, b: number): boolean {
  const { tokens, words } = ctx;
  let k = b;
  if (tokens[k]?.text === ',') k++;
  const next = tokens[k];
  if (next && next.word && !next.cap && words.speechVerb.has(next.key) && next.sentence === tokens[a]!.sentence) return true;
  const prev = tokens[a - 1];
  return !!prev && prev.word && /^(said|says|told|added|wrote|asked)$/.test(prev.key) && prev.sentence === tokens[a]!.sentence;
}
