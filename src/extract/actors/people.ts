import type { Candidate } from './candidate.js';
import { isDemonym, type DocContext } from './context.js';
import { ageAfter, attributionDash, make, quoteAttribution, roleAfter, roleNounBefore, speechNear } from './evidence.js';
import type { Token } from './tokens.js';

const NAME_CUTS = new Set(['of', 'for', 'the']);

/**
 * A person in the capitalised run [a, b): the run ends in a name ("Aaron Sharockman"), maybe after a
 * title ("PolitiFact Executive Director", "Gov.", "Mr"). Needs evidence: a title or role noun before it,
 * a first name, an apposition (", a doctor,", ", 25,"), a speech verb next to it, or a quotation it closes.
 */
export function person(ctx: DocContext, a: number, b: number): Candidate | null {
  const whole = personIn(ctx, a, b);
  if (whole) return whole;
  // "Gov. Earl Ray Tomblin of West Virginia": the name may end before "of".
  for (let k = a + 1; k < b; k++) if (NAME_CUTS.has(ctx.tokens[k]!.text)) return personIn(ctx, a, k);
  return null;
}

function personIn(ctx: DocContext, a: number, b: number): Candidate | null {
  const { tokens, words } = ctx;
  // The name starts after the last honorific ("Mr. King"), else it is the longest run of name-like words at the end.
  let n = b;
  for (let k = b - 1; k >= a; k--)
    if (words.honorific.has(tokens[k]!.key)) {
      n = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
      break;
    }
  const honorific = n < b;
  if (!honorific) {
    while (n > a && personal(ctx, tokens[n - 1]!)) n--;
    // "Charlie King": a title word as surname after a first name.
    if (n === b && b - a >= 2 && words.firstName.has(tokens[b - 2]!.text)) n = b - 2;
    // Hyphens and initials' dots glue to the word before.
    while (n < b && !tokens[n]!.word) n++;
  }
  if (n >= b) return null;
  const name: number[] = [];
  for (let k = n; k < b; k++) if (tokens[k]!.word) name.push(k);
  const initial = (k: number) => tokens[k]!.text.length === 1 && tokens[k + 1]?.text === '.';
  if (!name.length || name.length > 4 || name.some((k) => words.notName.has(tokens[k]!.text) && !initial(k))) return null;
  const head = tokens[name[0]!]!;
  // "Universe Alicia Machado", "Democrat Hillary Clinton": a longer run starts at its first name.
  if (!honorific && name.length >= 3 && !words.firstName.has(head.text)) {
    const k = name.findIndex((i) => words.firstName.has(tokens[i]!.text));
    if (k > 0 && k < name.length - 1) return personIn(ctx, name[k]!, b);
  }
  if (!honorific && (words.placeName.has(head.text) || ctx.model.places.has(head.text) || isDemonym(ctx, head)) && !words.firstName.has(head.text)) return null;
  if (name.some((k) => words.nameExtender.has(tokens[k]!.text) || words.orgHead.has(tokens[k]!.text) || (honorific && words.roleNoun.has(tokens[k]!.key))))
    return null;
  const prefix = tokens.slice(a, n).filter((t) => t.word);
  // A title has a role noun with only title words after it ("Executive Director", "Secretary of State"),
  // or ends in an abbreviation ("Gov."); modifiers alone are no title ("North American Free Trade").
  const role = prefix.findLastIndex((t) => words.roleNoun.has(t.key));
  const titled =
    honorific ||
    (n > a && tokens[n - 1]!.text === '.') ||
    (role >= 0 && prefix.slice(role + 1).every((t) => words.titleWord.has(t.key) || words.titleConnector.has(t.key) || isDemonym(ctx, t)));
  if (prefix.length && !titled && !prefix.every((t) => isDemonym(ctx, t))) return null;
  const roleBefore = titled || roleNounBefore(ctx, a, b);
  const surname = tokens[name[name.length - 1]!]!.text;
  // A first name from the lexicon, or a surname that speaks elsewhere in the article ("Ava DuVernay").
  const firstName = name.length >= 2 && (words.firstName.has(head.text) || (ctx.speakers.get(surname) ?? 0) >= 1);
  const speaks = name.length >= 2 && name.length <= 3 && (speechNear(ctx, a, b) || attributionDash(ctx, a));
  const apposition = name.length >= 2 && (roleAfter(ctx, b) || ageAfter(ctx, b));
  // A lone name speaking right after a quotation ("…,” DuVernay said), or speaking more than once.
  const lone = name.length === 1 && !roleBefore && (quoteAttribution(ctx, a, b) || (ctx.speakers.get(head.text) ?? 0) >= 2);
  if (name.length === 1 && !roleBefore && !lone) return null;
  if (!roleBefore && !firstName && !speaks && !apposition && !lone) return null;
  const honor = prefix.map((t) => words.honorific.get(t.key)).find((g) => g);
  const gender = honor ?? words.firstName.get(head.text) ?? undefined;
  const rule = firstName || speaks || apposition ? 'mention/person-name' : 'mention/titled-name';
  return make(ctx, n, b, { kind: 'person', media: false, ...(gender && { gender }) }, rule, a);
}

/** A word that can be part of a person's name (a place name too: "Chuck Jordan"; the first word is checked apart). */
function personal(ctx: DocContext, t: Token): boolean {
  const { words } = ctx;
  if (!t.word) return t.text === '-' || t.text === '.';
  if (words.nameSuffix.has(t.text) || (t.text.length === 1 && t.cap)) return true;
  if (words.honorific.has(t.key)) return false;
  if (NAME_CUTS.has(t.text) || ctx.model.demonymSide.has(t.key) || words.groupAdjective.has(t.text)) return false;
  if (words.firstName.has(t.text)) return true;
  if (words.notName.has(t.text) || words.orgHead.has(t.text) || words.titleWord.has(t.key) || words.roleNoun.has(t.key)) return false;
  if (t.upper && t.text.replace(/\./g, '').length > 1) return false;
  return !words.placeWord.has(t.text);
}
