import type { Agent } from './agents.js';
import type { HoldersLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/**
 * Clause of every token of a sentence. Clauses are numbered in order; an aside opened by ", which" or ", who"
 * and closed by a comma gets its own number and the clause around it resumes after it.
 */
export interface Clauses {
  of: number[];
  /** Clause numbers that are asides. */
  asides: Set<number>;
}

/** Words that open a clause ending at its first comma (not "but", which joins two main clauses). */
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'if']);

/** A comma inside a list of names: "Donetsk, Luhansk and Kherson". */
const listComma = (tokens: readonly Token[], i: number) => {
  const before = tokens[i - 2];
  const after = tokens[i];
  return !!before?.cap && !!after?.cap || after?.lower === 'and' || after?.lower === 'or';
};

const DASHES = new Set(['—', '–', '-']);

/** Another dash closes the aside a few words later, before the sentence ends. */
function closingDash(tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length - 2 && i <= from + 15; i++) if (DASHES.has(tokens[i]!.lower)) return true;
  return false;
}

const PUNCT_BREAK = new Set([';', ':', '—', '–', '-', '(', ')', '[', ']']);

export function clauseBreaker(lex: HoldersLexicon) {
  const always = new Set(lex.clauseBreaks.map((w) => w.toLowerCase()));
  const afterComma = new Set(lex.clauseBreaksAfterComma.map((w) => w.toLowerCase()));
  const coordinators = new Set(lex.coordinators.map((w) => w.toLowerCase()));
  const relatives = new Set(lex.relatives.map((w) => w.toLowerCase()));
  const phrases = new Set(lex.reporting.map((w) => w.toLowerCase().replace(/\s+/g, ' ')));
  const longest = Math.max(1, ...[...phrases].map((p) => p.split(' ').length));
  /** A reporting phrase ("said", "has previously said") starting at token k. */
  const reportingAt = (tokens: readonly Token[], k: number) => {
    let words = '';
    for (let n = 0; n < longest && k + n < tokens.length; n++) {
      words = n ? `${words} ${tokens[k + n]!.lower}` : tokens[k]!.lower;
      if (phrases.has(words)) return true;
    }
    return false;
  };
  // "According to Mr Zelensky, ...": a sentence that opens by naming its source.
  const introducers = new Set(lex.reportingBefore.map((w) => w.toLowerCase().split(' ')[0]!));

  return function clauses(tokens: readonly Token[], agents: readonly Agent[]): Clauses {
    const agentStarts = new Set(agents.map((a) => a.start));
    const agentAt = (i: number) => i < tokens.length && agentStarts.has(tokens[i]!.start);
    // A name (after an optional "the") right at token i.
    const nameAt = (i: number) => agentAt(i) || (tokens[i]?.lower === 'the' && agentAt(i + 1));
    const ends = new Map(agents.map((a) => [a.start, a.end]));
    /** Tokens after the first one that a name at token i (after an optional "the") covers: "Mr Zelensky" is 1. */
    const nameLength = (i: number) => {
      const k = tokens[i]?.lower === 'the' ? i + 1 : i;
      const end = ends.get(tokens[k]?.start ?? -1);
      let n = 0;
      while (end !== undefined && tokens[k + n + 1] && tokens[k + n + 1]!.end <= end) n++;
      return n;
    };
    const of: number[] = [];
    const asides = new Set<number>();
    let current = 0;
    let next = 1;
    let resume: number | null = null;
    // "Although no agreement was reached, Rubio said ...": a leading subordinate clause ends at its first comma.
    const first = tokens[0]?.lower ?? '';
    let leading = always.has(first) || afterComma.has(first) || introducers.has(first);
    // "..., while the US is not ready for X, negotiations are underway": such a clause ends at its comma too.
    let subordinate = false;
    // A pair of dashes around a few words is an aside: "the most sensitive issues — territory and NATO — have been".
    let dashAside: number | null = null;
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1];
      const comma = prev?.lower === ',';
      const dash = DASHES.has(t.lower);
      if (dash && dashAside !== null) {
        // The closing dash ends the aside; the clause around it goes on after it.
        current = dashAside;
        dashAside = null;
        resume = null;
      } else if (dash && resume === null && i > 0 && closingDash(tokens, i)) {
        dashAside = current;
        asides.add(next);
        current = next++;
      } else if ((leading || subordinate) && comma && !listComma(tokens, i)) {
        leading = subordinate = false;
        current = next++;
      } else if (resume !== null && t.lower === ',' ) {
        // The aside ends at its closing comma; the comma belongs to the clause around it.
        current = resume;
        resume = null;
      } else if (i > 0) {
        const breaks =
          PUNCT_BREAK.has(t.lower) ||
          // "..., while freezing the conflict": a participle goes on with the same subject and verb.
          (always.has(t.lower) && prev?.lower !== 'and' && !/ing$/.test(tokens[i + 1]?.lower ?? '')) ||
          (comma && afterComma.has(t.lower) && !(t.lower === 'as' && tokens[i + 1]?.lower === 'well')) ||
          (comma && coordinators.has(t.lower) && (nameAt(i + 1) || newSubject(tokens, i + 1) || reportingAt(tokens, i + 1))) ||
          // "... had not been agreed and that Ukraine's position remained ...": a second reported clause.
          (t.lower === 'that' && (prev?.lower === 'and' || prev?.lower === 'but')) ||
          // "..., Mr Zelensky said": a speaker and a reporting verb after a comma.
          (comma && nameAt(i) && reportingAt(tokens, i + (tokens[i]!.lower === 'the' ? 2 : 1) + nameLength(i))) ||
          (t.lower === 'according' && tokens[i + 1]?.lower === 'to');
        if (breaks) {
          subordinate = SUBORDINATORS.has(t.lower);
          if (resume !== null) asides.add(next); // a break inside an aside stays inside it
          else if (comma && relatives.has(t.lower) && hasLaterComma(tokens, i)) {
            resume = current;
            asides.add(next);
          }
          current = next++;
        }
      }
      of.push(current);
    });
    return { of, asides };
  };
}

/** "..., and the issue of territories was put on hold": a determiner, a few words, then a finite verb. */
function newSubject(tokens: readonly Token[], from: number): boolean {
  if (!/^(?:the|a|an|this|that|these|those|its|their|his|her)$/.test(tokens[from]?.lower ?? '')) return false;
  for (let i = from + 1; i < tokens.length && i <= from + 5; i++) {
    const w = tokens[i]!.lower;
    if (!tokens[i]!.word || w === 'that' || w === 'which' || w === 'who') return false;
    if (/^(?:is|are|was|were|has|have|had|will|would|could|can|should|must|remains|remain|remained)$/.test(w)) return true;
  }
  return false;
}

/** An aside closes within a few dozen words or not at all. */
function hasLaterComma(tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length && i <= from + 40; i++) if (tokens[i]!.lower === ',') return i < tokens.length - 2;
  return false;
}
