import type { Span } from '../../core/span.js';
import type { Extraction } from '../extraction.js';
import { sentenceAt } from '../../nlp/sentence-at.js';
import { asciiWords, matchPhrases } from '../../nlp/phrase-starts.js';
import { mentionAt } from '../actors/index.js';
import { norm, type EventType, type EventWords } from './words.js';
import { matchesOf } from '../../nlp/matches.js';

export interface Trigger extends Span {
  type: EventType;
  cue: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const MAX_PER_SENTENCE = 12;
const MAX_PER_DOCUMENT = 400;

/** The lower-case words before `at` inside `from..at`, nearest last. */
function wordsBefore(text: string, from: number, at: number, n: number): string[] {
  const words = text.slice(Math.max(from, at - 60), at).match(WORD) ?? [];
  return words.slice(-n).map((w) => w.toLowerCase());
}

/**
 * Event triggers of a document, grouped by sentence: the longest cue wins where cues of several types overlap
 * ("struck a deal" is an agreement, not a strike). Cues that need more than their words are checked here:
 * "received" needs an actor after it, "call" must be a noun, a proposal noun needs a presenting verb or a
 * proposer, and a meeting held by phone or video is a call. Each regex runs once over the whole text, tried only
 * where one of its phrases could start.
 */
export function findTriggers(x: Pick<Extraction, 'doc' | 'actors' | 'mentions'>, w: EventWords): Trigger[][] {
  const { text, sentences } = x.doc;
  const sentenceOf = sentenceAt(sentences);
  const found: Array<Trigger & { sentence: number }> = [];
  const add = (type: EventType | undefined, m: RegExpMatchArray) => {
    const sentence = sentenceOf(m.index!);
    if (type && sentence >= 0) found.push({ type, start: m.index!, end: m.index! + m[0].length, cue: m[0], sentence });
  };
  const words = asciiWords(text);
  for (const m of matchPhrases(text, words, w.triggers)) add(w.typeOf.get(norm(m[0])), m);
  for (const [type, verbs] of w.verbObjects) for (const m of matchPhrases(text, words, verbs)) add(type, m);
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[][] = sentences.map(() => []);
  let total = 0;
  for (const { sentence, ...t } of found) {
    const here = kept[sentence]!;
    // A sentence tells a handful of events; text with hundreds of cues is not prose, and the caps keep
    // the work linear on it.
    if (here.length >= MAX_PER_SENTENCE || total >= MAX_PER_DOCUMENT) continue;
    if (here.some((k) => k.start < t.end && t.start < k.end)) continue;
    const checked = check(x, sentences[sentence]!.span, t, w);
    if (checked) {
      here.push(checked);
      total++;
    }
  }
  for (const here of kept) here.sort((a, b) => a.start - b.start);
  return kept;
}

/** Words between a presenting verb and its proposal noun: articles, numbers, adjectives ("a 20-point"). */
const OBJECT_GAP = /^(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:\s+[“"'‘]?(?!(?:in|on|at|of|for|with|by|from|about|under|over|into|that|which)\b)[\p{L}\d-]+[…,]?){0,5}\s+[“"'‘]?$/iu;
/** Adjectives between a proposer and its proposal ("new US proposals", "Zelensky's 20-point peace plan"). */
const PROPOSER_GAP = /^(?:['’]s)?(?:-(?:led|backed|brokered|drafted|proposed|authored)\b)?(?:\s+(?:new|latest|revised|updated|initial|original|first|second|draft|own|peace|[\d-]+-point))*\s+$/iu;

/**
 * A proposal noun is an event when something presents it: a presenting verb before it as its object
 * ("submitted a 20-point plan", "relayed to Washington additional proposals"), a passive after it ("the
 * plan proposed by the United States"), or a proposer right before it ("new US proposals").
 */
function presented(x: Pick<Extraction, 'doc' | 'actors' | 'mentions'>, sentence: Span, t: Trigger, w: EventWords): boolean {
  const text = x.doc.text;
  const before = text.slice(Math.max(sentence.start, t.start - 70), t.start);
  for (const m of matchesOf(w.proposalVerbsGlobal, before)) {
    if (OBJECT_GAP.test(before.slice(m.index + m[0].length))) return true;
  }
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 40));
  const passive = /^\s+(?:(?:was|were|is|are|has been|had been|have been|being)\s+)?(\p{L}+(?:\s+forward)?)\s+(?:by|to)\b/iu.exec(after);
  if (passive && w.proposalVerbs.test(passive[1]!)) return true;
  return x.mentions.some((m) => m.span.end <= t.start && m.span.start >= sentence.start && PROPOSER_GAP.test(text.slice(m.span.end, t.start)));
}

function check(x: Pick<Extraction, 'doc' | 'actors' | 'mentions'>, sentence: Span, t: Trigger, w: EventWords): Trigger | null {
  const text = x.doc.text;
  const cue = t.cue.toLowerCase();
  if (w.needsActorAfter.has(cue)) {
    const next = /^\s+/.exec(text.slice(t.end, t.end + 3));
    if (!next || !mentionAt(x, t.end + next[0].length)) return null;
  }
  if (w.callNouns.has(cue)) {
    const before = wordsBefore(text, sentence.start, t.start, 3);
    const after = /^\s+(\p{L}+)/u.exec(text.slice(t.end, t.end + 12))?.[1]?.toLowerCase();
    const noun = before.some((b) => w.determiners.has(b) || /['’]s$/.test(b)) || after === 'with' || after === 'between';
    if (!noun || after === 'for' || after === 'on') return null;
  }
  if (t.type === 'proposal' && !presented(x, sentence, t, w)) return null;
  if (t.type === 'attack' && /^\s+by\b/i.test(text.slice(t.end, t.end + 4))) {
    // "the territories seized by Russia" describes land, not an attack; "Kyiv was struck by drones" is one,
    // "officials were struck by the tone" is not: a passive needs an attacker or a weapon after "by".
    if (!/\b(?:was|were|been|being|is|are)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return null;
    const by = /^\s+by\s+(?:(?:the|a|an|russian|ukrainian|\d+|several|dozens of|hundreds of)\s+)*/i.exec(text.slice(t.end, t.end + 40))!;
    const next = t.end + by[0].length;
    if (!mentionAt(x, next) && !/^(?:drones?|missiles?|rockets?|shells?|strikes?|artillery|bombs?|forces|troops)\b/i.test(text.slice(next, next + 12))) return null;
  }
  if (t.type === 'meeting' && w.callCues.test(text.slice(Math.max(sentence.start, t.start - 120), Math.min(sentence.end, t.end + 120)))) return { ...t, type: 'call' };
  return t;
}
