import type { Doc } from '../../src/core/article.js';
import type { Actor, EventRecord, Mention, Position, Quote, StatusRecord, Timex } from '../../src/core/records.js';
import type { Extraction, StageFactory } from '../../src/extract/extraction.js';

/**
 * A stand-in extraction stage for UI and API tests: it turns gold annotations (SCHEMA.md shape) into
 * records with real spans in the cleaned text, for the record kinds whose extractors are not built
 * yet. Evidence that cannot be found in the text is skipped, never invented.
 */

export interface GoldDoc {
  id: string;
  actors?: Array<{ name: string; kind: 'person' | 'organization'; side: string; aliases?: string[] }>;
  quotes?: Array<{ text: string; speaker: string | null }>;
  timexes?: Array<{ text: string; type: Timex['type']; value: string }>;
  events?: Array<{ type: string; date: string | null; place: string | null; participants: string[] }>;
  positions?: Array<{ side: string; issue: string; stance: Position['stance']; evidence: string }>;
  statuses?: Array<{ issue: string; status: StatusRecord['status']; claimed_by: string | null; evidence: string }>;
}

export type GoldKind = 'actors' | 'quotes' | 'timexes' | 'events' | 'positions' | 'statuses';

const RULE = 'fixture/gold';

export const actorKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'actor';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  if (!needle.trim()) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

/** Finds a gold evidence string in the cleaned text, tolerating different white space. */
function find(text: string, needle: string, from = 0): { start: number; end: number } | null {
  const at = text.indexOf(needle, from);
  if (at >= 0) return { start: at, end: at + needle.length };
  const words = needle.trim().split(/\s+/).map(escape);
  if (!words.length || words.length > 200) return null;
  const m = new RegExp(words.join('\\s+'), 'u').exec(text.slice(from));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

const at = (doc: Doc, start: number, end: number) => ({ span: { start, end }, text: doc.text.slice(start, end) });


const TRIGGERS: Record<string, RegExp> = {
  meeting: /\b(?:met|meet|meeting|meetings|talks|summit|negotiations)\b/i,
  call: /\b(?:call|called|phone|spoke|video)\b/i,
  visit: /\b(?:visit|visited|travel(?:led|ed)?|trip|arrived)\b/i,
  proposal: /\b(?:plan|proposal|draft|framework|points?)\b/i,
  attack: /\b(?:attack|attacks|strike|strikes|struck|offensive|drones?|missiles?)\b/i,
  agreement: /\b(?:agreed|agreement|deal|signed)\b/i,
  exchange: /\b(?:exchange|swap|released|prisoners)\b/i,
};

function actorsOf(doc: Doc, gold: GoldDoc): { actors: Actor[]; mentions: Mention[] } {
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const taken: Array<[number, number]> = [];
  for (const a of gold.actors ?? []) {
    const key = actorKey(a.name);
    const forms = [...new Set([a.name, ...(a.aliases ?? [])])].sort((x, y) => y.length - x.length);
    const found: Mention[] = [];
    for (const form of forms) {
      for (const start of occurrences(doc.text, form)) {
        const end = start + form.length;
        if (taken.some(([s, e]) => s < end && start < e)) continue;
        taken.push([start, end]);
        found.push({ ...at(doc, start, end), rule: RULE, actor: key, form: form === a.name ? 'name' : /^(he|she|they|him|her)$/i.test(form) ? 'pronoun' : 'title' });
      }
    }
    found.sort((x, y) => x.span.start - y.span.start);
    const first = found[0];
    if (!first) continue;
    mentions.push(...found);
    actors.push({
      key,
      name: a.name,
      kind: a.kind,
      side: a.side,
      aliases: [...new Set(found.map((m) => m.text))],
      known: false,
      sideBasis: 'stated',
      rule: RULE,
      span: first.span,
      text: first.text,
    });
  }
  mentions.sort((x, y) => x.span.start - y.span.start);
  return { actors, mentions };
}

/** The stage: fills the listed kinds from `gold` (by document id) when the extraction so far has none of them. */
export function goldStage(gold: Map<string, GoldDoc>, kinds: ReadonlySet<GoldKind>): StageFactory {
  return () => (x: Readonly<Extraction>) => {
    const g = gold.get(x.doc.id);
    if (!g) return {};
    const doc = x.doc;
    const out: Partial<Extraction> = {};
    const fill = (k: GoldKind) => kinds.has(k) && (x[k] as unknown[]).length === 0;
    let actors = x.actors;
    if (fill('actors')) {
      const found = actorsOf(doc, g);
      out.actors = actors = found.actors;
      out.mentions = found.mentions;
    }
    const keyOf = (name: string | null) => (name === null ? null : (actors.find((a) => a.name === name)?.key ?? actorKey(name)));
    if (fill('quotes')) {
      let from = 0;
      const quotes: Quote[] = [];
      for (const q of g.quotes ?? []) {
        const s = find(doc.text, q.text, from) ?? find(doc.text, q.text);
        if (!s) continue;
        from = s.end;
        const speakerMention = q.speaker ? (out.mentions ?? x.mentions).find((m) => m.actor === keyOf(q.speaker)) : undefined;
        quotes.push({
          ...at(doc, s.start, s.end),
          rule: RULE,
          speaker: q.speaker,
          speakerKey: keyOf(q.speaker),
          ...(speakerMention && { speakerSpan: speakerMention.span, speakerText: speakerMention.text, speakerBasis: 'stated' as const }),
          partial: false,
        });
      }
      out.quotes = quotes.sort((a, b) => a.span.start - b.span.start);
    }
    if (fill('timexes')) {
      const timexes: Timex[] = [];
      for (const t of g.timexes ?? []) {
        const s = find(doc.text, t.text);
        if (s) timexes.push({ ...at(doc, s.start, s.end), rule: RULE, type: t.type, value: t.value, basis: 'inferred' });
      }
      out.timexes = timexes.sort((a, b) => a.span.start - b.span.start);
    }
    if (fill('events')) {
      const events: EventRecord[] = [];
      for (const e of g.events ?? []) {
        const aliases = e.participants.flatMap((p) => {
          const a = actors.find((x) => x.name === p);
          return a ? a.aliases : [p];
        });
        const trigger = TRIGGERS[e.type] ?? /\b\w+\b/;
        const sentences = doc.sentences.map((s) => s.span);
        const withTrigger = sentences.filter((s) => trigger.test(doc.text.slice(s.start, s.end)));
        const sentence =
          withTrigger.find((s) => aliases.some((a) => doc.text.slice(s.start, s.end).includes(a))) ?? withTrigger[0] ?? sentences[0];
        if (!sentence) continue;
        const m = trigger.exec(doc.text.slice(sentence.start, sentence.end));
        const tStart = sentence.start + (m?.index ?? 0);
        const tEnd = tStart + (m?.[0].length ?? 0);
        events.push({
          ...at(doc, sentence.start, sentence.end),
          rule: RULE,
          type: e.type,
          date: e.date,
          precision: e.date ? 'day' : null,
          dateBasis: e.date ? 'stated' : null,
          place: e.place,
          participants: e.participants,
          participantKeys: e.participants.map((p) => keyOf(p)!),
          status: e.date && e.date > doc.published ? 'planned' : 'held',
          triggerSpan: { start: tStart, end: tEnd },
          trigger: doc.text.slice(tStart, tEnd),
        });
      }
      out.events = events;
    }
    if (fill('positions')) {
      const positions: Position[] = [];
      for (const p of g.positions ?? []) {
        const s = find(doc.text, p.evidence);
        if (!s) continue;
        const text = doc.text.slice(s.start, s.end);
        positions.push({
          ...at(doc, s.start, s.end),
          rule: RULE,
          side: p.side,
          issue: p.issue,
          stance: p.stance,
          summary: text.length > 140 ? `${text.slice(0, 139)}…` : text,
          sourceKey: null,
          claimedBy: null,
          hedged: false,
          conditional: false,
        });
      }
      out.positions = positions.sort((a, b) => a.span.start - b.span.start);
    }
    if (fill('statuses')) {
      const statuses: StatusRecord[] = [];
      for (const st of g.statuses ?? []) {
        const s = find(doc.text, st.evidence);
        if (s) statuses.push({ ...at(doc, s.start, s.end), rule: RULE, issue: st.issue, status: st.status, claimedBy: st.claimed_by });
      }
      out.statuses = statuses.sort((a, b) => a.span.start - b.span.start);
    }
    return out;
  };
}
