import type { MentionForm } from './model.js';
import { opensSentence, type DocContext } from './context.js';
import type { Identity } from './identity.js';
import { roleKey } from './model.js';
import type { Generic } from './known.js';

const AUXILIARIES = new Set(['has', 'had', 'also', 'then', 'later', 'again', 'further', 'previously', 'earlier']);

/** Whether a speech verb follows token `end` ("Zelensky said", "Peskov has also said"). */
function speaks(ctx: DocContext, end: number): boolean {
  for (let k = end; k < end + 3 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.word && ctx.words.speechVerb.has(t.key)) return true;
    if (!AUXILIARIES.has(t.key) && t.text !== ',') return false;
  }
  return false;
}

/** A mention tied to its identity: token range [start, end). */
export interface Resolved {
  start: number;
  end: number;
  id: Identity;
  form: MentionForm;
  rule: string;
}

/**
 * Bare first names and surnames of people already named ("Hill" after "Hugh Hill", "Steve" after
 * "Steve Witkoff"). `owned` marks tokens inside another mention.
 */
export function linkNames(ctx: DocContext, owned: Uint8Array, people: readonly Identity[]): Resolved[] {
  const { tokens, words, zones } = ctx;
  const byLast = new Map<string, Identity[]>();
  const byFirst = new Map<string, Identity[]>();
  for (const id of people) {
    if (id.kind !== 'person') continue;
    if (id.last && !id.known) byLast.set(id.last, (byLast.get(id.last) ?? []).concat(id));
    if (id.first) byFirst.set(id.first, (byFirst.get(id.first) ?? []).concat(id));
  }
  const out: Resolved[] = [];
  tokens.forEach((t, i) => {
    if (!t.word || !t.cap || owned[i] || zones.credit[i] || words.notName.has(t.text)) return;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // Only a lone capitalised word: not part of a longer name.
    if ((next?.cap && next.word && !next.glued) || (prev?.cap && prev.word && !owned[i - 1] && prev.sentence === t.sentence && !opensSentence(tokens, i - 1)))
      return;
    const last = byLast.get(t.text);
    if (last) {
      out.push({ start: i, end: i + 1, id: last[0]!, form: 'name', rule: 'mention/surname' });
      return;
    }
    const first = byFirst.get(t.text);
    if (first?.length === 1 && !(opensSentence(tokens, i) && ctx.lowercase.has(t.key)))
      out.push({ start: i, end: i + 1, id: first[0]!, form: 'name', rule: 'mention/first-name' });
  });
  return out;
}

const inOrder = (needle: string[], hay: string[]) => {
  let k = 0;
  for (const w of hay) if (w === needle[k]) k++;
  return k === needle.length;
};

/**
 * "the president" -> an actor mentioned before it whose role has those words: the nearest one that is
 * a subject speaking in the last sentences ("He also claimed ... the president told reporters"), else
 * the nearest; "the publication" -> the last news organisation.
 */
export function resolveGenerics(ctx: DocContext, generics: readonly Generic[], before: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  let p = 0;
  for (const g of [...generics].sort((a, b) => a.start - b.start)) {
    while (p < before.length && before[p]!.start < g.start) p++;
    const role = g.role?.map(roleKey);
    const holds = (m: Resolved, head: boolean) =>
      g.media ? m.id.media : !!role && m.id.kind === 'person' && m.id.roleWords.some((r) => inOrder(role, r) && (!head || headOf(r) === role[role.length - 1]));
    // A role whose head is the word ("President of Ukraine" for "the President") first; then any role holding
    // it ("Chief of the General Staff" for "the general"), never before: an envoy "of the President" is no president.
    const hit = pickGeneric(ctx, g, before, p, (m) => holds(m, true)) ?? pickGeneric(ctx, g, before, p, (m) => holds(m, false));
    if (hit) out.push({ start: g.start, end: g.end, id: hit, form: 'description', rule: g.media ? 'mention/generic-media' : 'mention/generic-role' });
  }
  return out;
}

/**
 * The actor a generic description names among the mentions before it: the nearest that fits and speaks in the
 * last sentences, else the nearest, else one named with another office ("the President of the European Council").
 */
function pickGeneric(ctx: DocContext, g: Generic, before: readonly Resolved[], p: number, fits: (m: Resolved) => boolean): Identity | undefined {
  const sentence = ctx.tokens[g.start]!.sentence;
  let nearest: Identity | undefined;
  let specific: Identity | undefined;
  for (let k = p - 1; k >= 0 && k >= p - 200; k--) {
    const m = before[k]!;
    if (!fits(m)) continue;
    if (!g.media && m.form === 'description' && ofComplement(ctx, m)) {
      specific ??= m.id;
      continue;
    }
    nearest ??= m.id;
    if (ctx.tokens[m.start]!.sentence >= sentence - 3 && speaks(ctx, m.end) && !ctx.zones.quoted[m.start]) return m.id;
    if (ctx.tokens[m.start]!.sentence < sentence - 3) break;
  }
  return nearest ?? specific;
}

/** The head noun of a role: the word before "of" ("envoy" in "special envoy of the president"), else the last. */
const headOf = (role: readonly string[]) => {
  const of = role.indexOf('of');
  return of > 0 ? role[of - 1] : role[role.length - 1];
};

/** A description with an "of" complement: "the President of the European Council". */
function ofComplement(ctx: DocContext, m: Resolved): boolean {
  for (let k = m.start; k < m.end; k++) if (ctx.tokens[k]!.key === 'of') return true;
  return false;
}

/**
 * He, she, him, his, her outside quotations -> a person of that gender (or of unknown gender). A pronoun
 * opening its sentence prefers the first person named in the sentences before (the subject); one inside
 * a sentence prefers the nearest person before it in the same sentence.
 */
export function resolvePronouns(ctx: DocContext, owned: Uint8Array, mentions: readonly Resolved[]): Resolved[] {
  const { tokens, words, zones } = ctx;
  const people = mentions.filter((m) => m.id.kind === 'person' && !zones.quoted[m.start]).sort((a, b) => a.start - b.start);
  const bySentence = new Map<number, Resolved[]>();
  for (const m of people) {
    const s = tokens[m.start]!.sentence;
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }
  const out: Resolved[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (!t.word || t.text.length > 7) return;
    const gender = words.pronoun.get(t.key);
    if (!gender || owned[i] || zones.quoted[i]) return;
    while (from < people.length && people[from]!.start < i) from++;
    const fits = (m: Resolved) => !m.id.gender || m.id.gender === gender;
    const sentence = t.sentence;
    let hit: Resolved | undefined;
    const opening = opensSentence(tokens, i) || (i > 0 && opensSentence(tokens, i - 1) && /^(but|and|then|so|yet)$/.test(tokens[i - 1]!.key));
    if (!opening) {
      for (let k = from - 1; k >= 0 && !hit && tokens[people[k]!.start]!.sentence === sentence; k--) if (fits(people[k]!)) hit = people[k];
    }
    // In the sentences before, the one who speaks ("Mr Zelensky suggested") over the first named.
    for (let s = sentence - 1; s >= sentence - 3 && s >= 0 && !hit; s--) {
      const list = bySentence.get(s)?.filter(fits);
      hit = list?.find((m) => speaks(ctx, m.end)) ?? list?.[0];
    }
    for (let k = from - 1; k >= 0 && k >= from - 40 && !hit; k--) if (fits(people[k]!)) hit = people[k];
    if (hit) out.push({ start: i, end: i + 1, id: hit.id, form: 'pronoun', rule: 'mention/pronoun' });
  });
  return out;
}
