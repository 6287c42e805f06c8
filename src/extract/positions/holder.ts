import type { Agent } from '../reading/agents.js';
import type { SentenceReading } from '../reading/read.js';
import type { Speech } from '../reading/speech.js';
import { tokenAt } from '../reading/tokens.js';
import { AUX } from './words.js';

/** How the holder of a position was found: the rule name's suffix. */
export type HolderBasis = 'subject' | 'sentence-subject' | 'owner' | 'by' | 'speaker' | 'document';

export interface Holder {
  agents: Agent[];
  basis: HolderBasis;
}

export interface HolderContext {
  objectPrepositions: Set<string>;
  agentPrepositions: Set<string>;
  /** Adjectives that carry a side ("Russian", "US"). */
  demonyms: Map<string, string>;
  groupNouns: Set<string>;
}

/** Words that may sit between an owner and its noun: "Moscow's central demand", "a new US proposal". */
const MODIFIER = /^(?:the|a|an|new|latest|central|main|key|own|initial|original|revised|updated|earlier|previous|first|final|formal|written|joint|further|additional|fresh|draft|peace|\d[\d-]*-point|\d+|point|counter|alternative|repeated|long-standing|longstanding|core|basic|key|maximalist|firm|public|official|reported|so-called)$/;

const isObject = (r: SentenceReading, a: Agent, ctx: HolderContext) => {
  const i = tokenAt(r.tokens, a.start);
  const prev = r.tokens[i - 1]?.lower;
  const prev2 = r.tokens[i - 2]?.lower;
  return (!!prev && ctx.objectPrepositions.has(prev)) || (prev === 'the' && !!prev2 && ctx.objectPrepositions.has(prev2));
};

/** "Ukraine and Europe say": the agents coordinated with `a` just before it. */
export function withCoordinated(r: SentenceReading, a: Agent): Agent[] {
  const out = [a];
  let cur = a;
  // "Ukraine, Britain and France say": the last name joins with "and", the ones before it with commas.
  for (let n = 0; ; n++) {
    const i = tokenAt(r.tokens, cur.start);
    const joiner = r.tokens[i - 1]?.lower;
    if (joiner !== 'and' && (joiner !== ',' || n === 0)) break;
    const before = r.agents.find((b) => b.end === r.tokens[i - 2]?.end);
    if (!before || before.possessive) break;
    out.unshift(before);
    cur = before;
  }
  return out;
}

/** "by Kyiv and the Europeans": the agents listed after `a`. */
export function withCoordinatedAfter(r: SentenceReading, a: Agent): Agent[] {
  const out = [a];
  let cur = a;
  for (;;) {
    const i = tokenAt(r.tokens, cur.end);
    if (r.tokens[i]?.lower !== 'and' && r.tokens[i]?.lower !== ',') break;
    const next = r.agents.find((g) => g.start === r.tokens[i + 1]?.start || (r.tokens[i + 1]?.lower === 'the' && g.start === r.tokens[i + 2]?.start));
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** The subject of a verb at token `ti`: the nearest name before it in its clause that is not an object. */
export function subjectOf(r: SentenceReading, ti: number, ctx: HolderContext): Holder | null {
  const clause = r.clauses.of[ti];
  const start = r.tokens[ti]!.start;
  const inClause = r.agents.filter((a) => a.end <= start && r.clauses.of[tokenAt(r.tokens, a.start)] === clause);
  for (let k = inClause.length - 1; k >= 0; k--) {
    const a = inClause[k]!;
    if (isObject(r, a, ctx) || a.media) continue;
    // "Ukraine's constitution prohibits ...": a possessor whose noun is the subject right before the verb.
    if (a.possessive && !ownsGroup(r, a, ctx) && !ownsSubject(r, a, ti)) continue;
    return { agents: withCoordinated(r, a), basis: 'subject' };
  }
  // No subject in the clause: the clause continues the sentence's subject ("Kyiv wants X but is pushing back"),
  // unless it has a subject of its own that names no side ("while the American draft offered ...").
  if (ownSubjectWords(r, ti, clause!)) return null;
  const first = r.agents.find((a) => a.end <= start && !isObject(r, a, ctx) && !a.possessive && !a.media);
  return first ? { agents: withCoordinated(r, first), basis: 'sentence-subject' } : null;
}

/** Words other than auxiliaries between the verb and the joining word before it ("while the draft offered"). */
function ownSubjectWords(r: SentenceReading, ti: number, clause: number): boolean {
  for (let k = ti - 1; k >= 0 && r.clauses.of[k] === clause; k--) {
    const t = r.tokens[k]!;
    if (JOINING.test(t.lower) || t.lower === ',') return false;
    if (t.word && !AUX.test(t.lower) && !/ly$/.test(t.lower)) return true;
  }
  return false;
}

const JOINING = /^(?:and|or|but|while|whereas|though|although|yet|so|then|also|instead|as|because|since|after|before|when|which|who|that|to|not|never)$/;

const ownsSubject = (r: SentenceReading, a: Agent, ti: number) => {
  // The token holding the possessive ("Ukraine's"), or a separate apostrophe after "Ukrainians".
  const j = r.tokens[tokenAt(r.tokens, a.end)]?.start === a.end ? tokenAt(r.tokens, a.end) : tokenAt(r.tokens, a.end);
  return j + 2 === ti || (j + 3 === ti && /^(?:has|have|had|is|was|also|now|still)$/.test(r.tokens[j + 2]!.lower));
};

const ownsGroup = (r: SentenceReading, a: Agent, ctx: HolderContext) => {
  const next = r.tokens[tokenAt(r.tokens, a.end)];
  return !!next && ctx.groupNouns.has(next.lower);
};

/**
 * The owner of a noun cue at tokens [ti, te]: a possessive or side adjective before it ("Moscow's central demand",
 * "Russian demands"), or "by"/"from" a name after it ("a proposal by Washington").
 */
export function ownerOf(r: SentenceReading, ti: number, te: number, ctx: HolderContext): Holder | null | 'bare' | 'in-phrase' {
  let k = ti - 1;
  while (k >= 0) {
    const t = r.tokens[k]!;
    const a = r.agents.find((g) => g.end === t.end || (g.end < t.end && g.start >= t.start));
    if (a && (a.possessive || a.kind === 'group' || a.kind === 'government' || a.kind === 'pronoun')) {
      // "US negotiators' proposal", "Kyiv's proposal", "his plan", "US pressure", "Kyiv-backed proposals".
      const compound = a.end < t.end && r.tokens[k]!.lower.includes('-');
      if (a.possessive || compound || r.tokens[tokenAt(r.tokens, a.end)] === r.tokens[k + 1])
        return { agents: [a.kind === 'pronoun' && a.possessive ? boundPossessive(r, a, ctx) : a], basis: 'owner' };
    }
    const side = ctx.demonyms.get(t.lower);
    if (side && t.word) return { agents: [{ start: t.start, end: t.end, side, key: `side:${side}`, kind: 'group', possessive: false }], basis: 'owner' };
    if (!t.word || !MODIFIER.test(t.lower)) break;
    k--;
  }
  const after = r.tokens[te + 1]?.lower;
  if (after && (ctx.agentPrepositions.has(after) || after === 'from')) {
    const a = r.agents.find((g) => g.start === r.tokens[te + 2]?.start || (r.tokens[te + 2]?.lower === 'the' && g.start === r.tokens[te + 3]?.start));
    if (a) return { agents: withCoordinated(r, a), basis: 'by' };
  }
  const before = r.tokens[k];
  return before && ctx.objectPrepositions.has(before.lower) ? 'in-phrase' : 'bare';
}

/**
 * A possessive pronoun refers to the subject of its clause when there is one ("Ukraine handed Washington its
 * revised framework": Ukraine's), else keeps the antecedent it was resolved to.
 */
function boundPossessive(r: SentenceReading, p: Agent, ctx: HolderContext): Agent {
  const person = p.pronoun === 'his' || p.pronoun === 'her';
  const clause = r.clauses.of[tokenAt(r.tokens, p.start)];
  const subject = r.agents.find(
    (a) =>
      a.end <= p.start &&
      a.kind !== 'pronoun' &&
      !a.possessive &&
      !isObject(r, a, ctx) &&
      r.clauses.of[tokenAt(r.tokens, a.start)] === clause &&
      (a.kind === 'person') === person,
  );
  return subject ?? p;
}

/** The speech whose content holds the offset, nearest cue first. */
export function speechCovering(r: SentenceReading, offset: number): Speech | undefined {
  // The innermost report: "Lavrov said that ... Ukraine and Europe say are needed" is Ukraine's and Europe's.
  return r.speech.filter((s) => s.speaker && s.content.start <= offset && offset < s.content.end).sort((a, b) => b.content.start - a.content.start)[0];
}
