import type { ActorKind, Basis } from '../../core/records.js';
import { isKnown, type Candidate, type TextActor } from './candidate.js';
import type { DocContext } from './context.js';
import type { Gender } from './lexicon.js';
import { roleWordsOf, slugify, type KnownActor } from './model.js';
import { tokenize } from './tokens.js';

/** One actor of the document: a profile actor, or people and organisations found in the text merged by name. */
export interface Identity {
  key: string;
  name: string;
  kind: ActorKind;
  side: string;
  sideBasis: Basis;
  known: boolean;
  media: boolean;
  gender?: Gender;
  /** The first role phrase the text gives it. */
  role?: string;
  /** Lower-case role words it can be referred to by ("the president"): profile roles valid that day and text roles. */
  roleWords: string[][];
  /** First and last words of its name, for "Hill" after "Hugh Hill" and "Steve" after "Steve Witkoff". */
  first?: string;
  last?: string;
  rule: string;
}


const within = (day: string, from?: string, until?: string) => (!from || day >= from) && (!until || day <= until);

/**
 * Gives every candidate an identity: profile actors by key; text people merged when one name ends like
 * another ("Hill" and "Mr Hill" into "Hugh Hill"), text organisations by name. Returns the identity of
 * each candidate (same order) and the identities by key.
 */
export function identify(ctx: DocContext, cands: readonly Candidate[], published: string): { of: Identity[]; byKey: Map<string, Identity> } {
  const byKey = new Map<string, Identity>();
  const knownIdentity = (a: KnownActor): Identity => {
    let id = byKey.get(a.key);
    if (!id) {
      const parts = a.kind === 'person' ? a.name.split(/\s+/) : [];
      id = {
        key: a.key,
        name: a.name,
        kind: a.kind,
        side: a.side,
        sideBasis: 'stated',
        known: true,
        media: a.media,
        ...(a.gender && { gender: a.gender }),
        roleWords: a.roles.filter((r) => within(published, r.from, r.until)).map((r) => r.words),
        ...(parts.length > 1 && { first: parts[0]!, last: parts[parts.length - 1]! }),
        rule: a.government ? 'actor/government' : 'actor/profile',
      };
      byKey.set(a.key, id);
    }
    return id;
  };

  // Text people: longest names first, so shorter forms join the fullest one ("Hill" -> "Hugh Hill").
  type Cluster = { words: string[]; id: Identity };
  const peopleByLast = new Map<string, Cluster[]>();
  const orgsByName = new Map<string, Cluster>();
  const textIdentity = (t: TextActor): Identity => {
    const words = t.name.split(' ');
    if (t.kind === 'person') {
      const same = peopleByLast.get(words[words.length - 1]!) ?? [];
      const match = same.find((k) => words.length === 1 || k.words[0] === words[0]);
      if (match) return match.id;
    } else {
      const match = orgsByName.get(orgKey(t.name));
      if (match) {
        if (t.media) match.id.media = true;
        return match.id;
      }
    }
    let key = slugify(t.name);
    while (byKey.has(key)) key += '-x';
    const id: Identity = {
      key,
      name: t.name,
      kind: t.kind,
      side: 'other',
      sideBasis: 'stated',
      known: false,
      media: t.media,
      ...(t.gender && { gender: t.gender }),
      roleWords: [],
      ...(t.kind === 'person' && words.length > 1 && { first: words[0]!, last: words[words.length - 1]! }),
      ...(t.kind === 'person' && words.length === 1 && { last: words[0]! }),
      rule: t.kind === 'person' ? 'actor/text-person' : t.media ? 'actor/text-media' : 'actor/text-organization',
    };
    const cluster = { words, id };
    if (t.kind === 'person') peopleByLast.set(words[words.length - 1]!, [...(peopleByLast.get(words[words.length - 1]!) ?? []), cluster]);
    else {
      orgsByName.set(orgKey(t.name), cluster);
      // "Environmental Protection Agency" also answers to "EPA".
      if (words.length > 1) orgsByName.set(orgKey(initials(words)), cluster);
    }
    byKey.set(key, id);
    return id;
  };

  const length = cands.map((c) => (isKnown(c.target) ? 0 : c.target.name.split(' ').length));
  const order = cands.map((_, i) => i).sort((a, b) => length[b]! - length[a]! || a - b);
  const of: Identity[] = new Array(cands.length);
  for (const i of order) {
    const c = cands[i]!;
    of[i] = isKnown(c.target) ? knownIdentity(c.target) : textIdentity(c.target);
  }

  // Roles from the text, and the side a text person's role implies ("Kremlin aide", "Ukrainian MP").
  cands.forEach((c, i) => {
    const id = of[i]!;
    if (!c.role || c.dropped) return;
    id.role ??= c.role;
    id.roleWords.push(roleWordsOf(c.role));
    if (!id.known && id.kind === 'person' && id.sideBasis === 'stated') {
      const side = sideOfRole(ctx, c);
      if (side) {
        id.side = side;
        id.sideBasis = 'inferred';
      }
    }
  });
  return { of, byKey };
}

const orgKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
const initials = (words: string[]) =>
  words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** The side a role phrase names: a country adjective ("Ukrainian MP") or a known body or person ("Kremlin aide", "Putin's aide"). */
function sideOfRole(ctx: DocContext, c: Candidate): string | null {
  for (const a of c.roleActors ?? []) if (a.side !== 'other') return a.side;
  for (const t of tokenize(c.role ?? '')) {
    const side = ctx.model.demonymSide.get(t.key);
    if (side && side !== 'other') return side;
  }
  return null;
}
