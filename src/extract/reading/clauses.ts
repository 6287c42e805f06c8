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

const PUNCT_BREAK = new Set([';', ':', '—', '–', '-', '(', ')', '[', ']']);

export function clauseBreaker(lex: HoldersLexicon) {
  const always = new Set(lex.clauseBreaks.map((w) => w.toLowerCase()));
  const afterComma = new Set(lex.clauseBreaksAfterComma.map((w) => w.toLowerCase()));
  const coordinators = new Set(lex.coordinators.map((w) => w.toLowerCase()));
  const relatives = new Set(lex.relatives.map((w) => w.toLowerCase()));
  const reporting = new Set(lex.reporting.map((w) => w.toLowerCase().split(' ')[0]!));

  return function clauses(tokens: readonly Token[], agents: readonly Agent[]): Clauses {
    const agentStarts = new Set(agents.map((a) => a.start));
    const agentAt = (i: number) => i < tokens.length && agentStarts.has(tokens[i]!.start);
    // A name (after an optional "the") right at token i.
    const nameAt = (i: number) => agentAt(i) || (tokens[i]?.lower === 'the' && agentAt(i + 1));
    const of: number[] = [];
    const asides = new Set<number>();
    let current = 0;
    let next = 1;
    let resume: number | null = null;
    // "Although no agreement was reached, Rubio said ...": a leading subordinate clause ends at its first comma.
    let leading = always.has(tokens[0]?.lower ?? '') || afterComma.has(tokens[0]?.lower ?? '');
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1];
      const comma = prev?.lower === ',';
      if (leading && comma) {
        leading = false;
        current = next++;
      } else if (resume !== null && t.lower === ',' ) {
        // The aside ends at its closing comma; the comma belongs to the clause around it.
        current = resume;
        resume = null;
      } else if (i > 0) {
        const breaks =
          PUNCT_BREAK.has(t.lower) ||
          (always.has(t.lower) && prev?.lower !== 'and') ||
          (comma && afterComma.has(t.lower)) ||
          (comma && coordinators.has(t.lower) && nameAt(i + 1)) ||
          // "..., Mr Zelensky said": a speaker and a reporting verb after a comma.
          (comma && nameAt(i) && reporting.has(tokens[i + (tokens[i]!.lower === 'the' ? 2 : 1)]?.lower ?? '')) ||
          (t.lower === 'according' && tokens[i + 1]?.lower === 'to');
        if (breaks) {
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

function hasLaterComma(tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length; i++) if (tokens[i]!.lower === ',') return i < tokens.length - 2;
  return false;
}
