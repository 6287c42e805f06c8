import { memoized } from '../../core/memo.js';
import type { Span } from '../../core/span.js';
import type { Extraction } from '../extraction.js';
import type { Profile } from '../../profile/schema.js';
import type { HoldersLexicon } from './lexicon.js';
import { phraseIndex, type PhraseIndex, type Pieces } from './phrases.js';

export type AgentKind = 'person' | 'organization' | 'government' | 'group' | 'pronoun' | 'speaker';

/** A stretch of text that names someone who can hold a position: a person, a government, a side's group. */
export interface Agent extends Span {
  side: string;
  key: string | null;
  kind: AgentKind;
  /** Followed by 's: "Moscow's demand". */
  possessive: boolean;
  /** The pronoun this agent was resolved from, if any. */
  pronoun?: string;
  /** A news organisation: it reports positions, it does not hold them. */
  media?: boolean;
  /** Found in the text only (not in the profile): an analyst, a resident, an unknown official. */
  unknown?: boolean;
}

interface Named {
  side: string;
  key: string;
  kind: AgentKind;
  media?: boolean;
}

const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Compiles the profile's names into a finder: actors (name, aliases, surname, role descriptions), government
 * metonyms ("Kyiv", "Moscow"), plural demonyms ("the Russians") and side groups ("US negotiators").
 * This is the fallback when the actors stage gave no mentions; the groups are always added.
 */
interface Pronouns {
  person: Set<string>;
  organization: Set<string>;
  plural: Set<string>;
}

export function profileNames(
  profile: Profile,
  lex: HoldersLexicon,
): {
  index: PhraseIndex<{ names: Named; groups: Named }>;
  demonyms: Map<string, string>;
  pronouns: Pronouns;
  media: Set<string>;
  /** Whether an actor's name slugs to a media actor's key. */
  isMediaName: (name: string) => boolean;
} {
  const names: [string, Named][] = [];
  const media = new Set<string>();
  for (const a of profile.actors) {
    const key = a.id ?? slug(a.name);
    if (a.media) media.add(key);
    const named: Named = { side: a.side, key, kind: a.kind, ...(a.media && { media: true }) };
    const surname = a.kind === 'person' ? a.name.split(/\s+/).at(-1) : undefined;
    for (const n of [a.name, ...a.aliases, ...(surname && surname.length > 3 ? [surname] : [])]) names.push([n, named]);
    for (const r of a.roles)
      for (const d of r.descriptions) for (const v of [d, capitalise(d)]) names.push([v, { ...named, side: r.side ?? a.side }]);
  }
  for (const g of profile.governments)
    for (const m of g.metonyms) for (const v of [m, capitalise(m)]) names.push([v, { side: g.side, key: slug(g.name), kind: 'government' }]);

  // Adjectives that carry a side: "Russian", "US", "Kyiv's" (possessives are already names + 's).
  const demonyms = new Map<string, string>();
  for (const s of profile.sides) for (const d of s.demonyms) demonyms.set(d.toLowerCase(), s.id);
  for (const g of profile.governments) for (const d of g.demonyms) if (!/'s$|’s$/.test(d)) demonyms.set(d.toLowerCase(), g.side);

  const groups: [string, Named][] = [];
  // A side's own name acts for it: "Ukraine and Europe say".
  for (const s of profile.sides)
    for (const g of [s.name, ...s.groups]) for (const v of [g, capitalise(g)]) groups.push([v, { side: s.id, key: `side:${s.id}`, kind: 'group' }]);
  for (const s of profile.sides)
    for (const d of s.demonyms) {
      if (/s$/.test(d) && d !== 'US' && !/\./.test(d)) for (const v of [d, `the ${d}`, `The ${d}`]) groups.push([v, { side: s.id, key: `side:${s.id}`, kind: 'group' }]);
    }
  for (const [d, side] of demonyms)
    for (const n of lex.groupNouns) {
      const adj = /^(us|u\.s\.|uk|u\.k\.)$/.test(d) ? d.toUpperCase() : capitalise(d);
      for (const v of [`${adj} ${n}`, `the ${adj} ${n}`, `The ${adj} ${n}`]) groups.push([v, { side, key: `side:${side}`, kind: 'group' }]);
    }
  const pronouns = {
    person: new Set(lex.pronouns.person.map((w) => w.toLowerCase())),
    organization: new Set(lex.pronouns.organization.map((w) => w.toLowerCase())),
    plural: new Set(lex.pronouns.plural.map((w) => w.toLowerCase())),
  };
  return {
    index: phraseIndex<{ names: Named; groups: Named }>({ names, groups }, { caseSensitive: true }),
    demonyms,
    pronouns,
    media,
    isMediaName: memoized((name) => media.has(slug(name))),
  };
}

const POSSESSIVE = /^['’ʼ]s?(?![\p{L}\p{N}])/u;

/**
 * Every agent in the document, in text order: the actors stage's mentions when there are any (else the profile's
 * names), plus side groups, plus pronouns resolved to the last person or organisation named before them.
 */
export function findAgents(x: Readonly<Extraction>, pieces: Pieces, compiled: ReturnType<typeof profileNames>, lex: HoldersLexicon): Agent[] {
  const text = x.doc.text;
  const all: Span = { start: 0, end: text.length };
  const found: Agent[] = [];
  const possessive = (end: number) => POSSESSIVE.test(text.slice(end, end + 3));
  const hits = compiled.index(pieces, all);
  if (x.mentions.length) {
    // The actors stage's mentions, pronouns included (it resolves them); media keep their flag.
    const byKey = new Map(x.actors.map((a) => [a.key, a]));
    const isMedia = new Map(x.actors.map((a) => [a.key, compiled.media.has(a.key) || compiled.isMediaName(a.name)]));
    for (const m of x.mentions) {
      const actor = byKey.get(m.actor);
      if (!actor) continue;
      const kind: AgentKind =
        m.form === 'pronoun' ? 'pronoun' : actor.kind === 'person' ? 'person' : actor.name.startsWith('Government of ') ? 'government' : 'organization';
      const media = isMedia.get(actor.key) ?? false;
      const agent: Agent = {
        start: m.span.start,
        end: m.span.end,
        side: actor.side,
        key: actor.key,
        kind,
        possessive: possessive(m.span.end) || (kind === 'pronoun' && /^(?:his|her|its|their)$/i.test(m.text)),
      };
      if (kind === 'pronoun') agent.pronoun = m.text.toLowerCase();
      if (media) agent.media = true;
      if (!actor.known) agent.unknown = true;
      found.push(agent);
    }
  }
  // The profile's names fill what the actors stage left out (all of it when it did not run), then side groups:
  // each list sorted, a later list keeps only what overlaps nothing kept before.
  const byStart = (a: Agent, b: Agent) => a.start - b.start || b.end - a.end;
  let kept = found.sort(byStart);
  const named: Agent[] = hits.names.map((h) => {
    const { media, ...rest } = h.value;
    return { start: h.start, end: h.end, ...rest, possessive: possessive(h.end), ...(media && { media }) };
  });
  kept = mergeFree(kept, named);
  // A side group that contains a name ("Ukraine's allies" holds "Ukraine") stands for the group, not the name.
  const groups = hits.groups.map((h): Agent => ({ start: h.start, end: h.end, ...h.value, possessive: possessive(h.end) }));
  kept = mergeFree(withoutInside(kept, groups), groups);
  const agents = kept.filter((a, i) => i === 0 || a.start >= kept[i - 1]!.end);
  return resolvePronouns(pieces, agents, compiled.pronouns);
}

/** `base` (sorted) without the items that lie inside a longer item of `outer` (sorted), in one sweep. */
function withoutInside(base: Agent[], outer: Agent[]): Agent[] {
  let j = 0;
  return base.filter((a) => {
    while (j < outer.length && outer[j]!.end <= a.start) j++;
    const g = outer[j];
    return !(g && g.start <= a.start && a.end <= g.end && g.end - g.start > a.end - a.start);
  });
}

/** `base` (sorted) plus the items of `extra` (sorted) that overlap nothing in `base`, sorted. */
function mergeFree(base: Agent[], extra: Agent[]): Agent[] {
  const out: Agent[] = [];
  let i = 0;
  for (const e of extra) {
    while (i < base.length && base[i]!.start < e.start) out.push(base[i++]!);
    const prev = out.at(-1);
    const next = base[i];
    if ((prev && prev.end > e.start) || (next && next.start < e.end)) continue;
    out.push(e);
  }
  while (i < base.length) out.push(base[i++]!);
  return out;
}

/** Names joined by a comma or "and" ("Britain, France and Germany"): a list that "they" may refer to. */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * Tracks the plural antecedent "they" may take: the last side group, or the last list of names that all
 * speak for one side. A list that mixes sides ("Russia and Ukraine") leaves "they" unresolved.
 */
class PluralAntecedent {
  private list: Agent[] = [];
  current: Agent | undefined;

  constructor(private readonly text: string) {}

  see(a: Agent): void {
    if (a.kind === 'pronoun' || a.kind === 'speaker' || a.media) return;
    const prev = this.list.at(-1);
    const joined = prev && a.start - prev.end <= 8 && LIST_JOIN.test(this.text.slice(prev.end, a.start));
    this.list = joined ? [...this.list, a] : [a];
    if (a.kind === 'group') this.current = a;
    else if (this.list.length >= 2) {
      const sides = new Set(this.list.map((x) => x.side));
      const only = sides.size === 1 ? [...sides][0]! : undefined;
      this.current = only ? { start: this.list[0]!.start, end: a.end, side: only, key: `side:${only}`, kind: 'group', possessive: false } : undefined;
    }
  }
}

function resolvePronouns(p: Pieces, agents: Agent[], pronouns: Pronouns): Agent[] {
  const out: Agent[] = [];
  let i = 0;
  let lastPerson: Agent | undefined;
  let lastOrg: Agent | undefined;
  const plural = new PluralAntecedent(p.text);
  for (let k = 0; k < p.lower.length; k++) {
    const word = p.lower[k]!;
    const isPerson = pronouns.person.has(word);
    const isPlural = pronouns.plural.has(word);
    if (!isPerson && !isPlural && !pronouns.organization.has(word)) continue;
    const start = p.starts[k]!;
    // "it's", "he'd": contractions are left alone.
    if (p.cased[k + 1] === "'" && p.starts[k + 1] === p.ends[k]) continue;
    while (i < agents.length && agents[i]!.start < start) {
      const a = agents[i++]!;
      out.push(a);
      plural.see(a);
      if (a.kind === 'person') lastPerson = a;
      else if (a.kind === 'government' || a.kind === 'organization') lastOrg = a;
    }
    // Only recent antecedents: about two paragraphs back.
    const target = isPerson ? lastPerson : isPlural ? plural.current : lastOrg;
    if (!target || start - target.end > 600 || agents[i]?.start === start) continue;
    out.push({
      start,
      end: p.ends[k]!,
      side: target.side,
      key: target.key,
      kind: 'pronoun',
      possessive: word === 'his' || word === 'her' || word === 'its' || word === 'their',
      pronoun: word,
      ...(target.unknown && { unknown: true }),
    });
  }
  while (i < agents.length) out.push(agents[i++]!);
  return out;
}
