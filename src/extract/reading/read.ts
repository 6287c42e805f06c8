import type { Span } from '../../core/span.js';
import type { Extraction, StageEnv } from '../extraction.js';
import { findAgents, profileNames, type Agent } from './agents.js';
import { clauseBreaker, type Clauses } from './clauses.js';
import { issueFinder } from './issues.js';
import { holdersLexicon } from './lexicon.js';
import { phraseFinder, type Hit } from './phrases.js';
import { findSpeech, type Speech } from './speech.js';
import { tokenize, tokenAt, type Token } from './tokens.js';

/** One sentence, read for positions and statuses: tokens, clauses, names, speech and issue words. */
export interface SentenceReading {
  index: number;
  span: Span;
  tokens: Token[];
  clauses: Clauses;
  agents: Agent[];
  speech: Speech[];
  issues: Hit<string>[];
  /** Stretches that state a condition ("if Ukraine withdraws"): their issue words are terms, not subjects. */
  conditions: Span[];
  /** Stretches inside quotation marks. */
  quoted: Span[];
}

export interface DocReading {
  text: string;
  agents: Agent[];
  sentences: SentenceReading[];
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’' };

/** Builds the reader once per pipeline (word lists compiled here), then reads each extraction. */
export function createReader(env: StageEnv) {
  const lex = holdersLexicon(env.lexicon);
  const names = profileNames(env.profile, lex);
  const issues = issueFinder(env.profile);
  const clauses = clauseBreaker(lex);
  const reportingAfter = phraseFinder(lex.reporting.map((w) => [w, true as const]));
  const reportingBefore = phraseFinder(lex.reportingBefore.map((w) => [w, true as const]));
  const conditionals = phraseFinder(lex.conditionals.map((w) => [w, true as const]));

  return function read(x: Readonly<Extraction>): DocReading {
    const text = x.doc.text;
    const agents = findAgents(x, names, lex);
    let a = 0;
    const sentences = x.doc.sentences.map((s, index): SentenceReading => {
      const span = s.span;
      while (a < agents.length && agents[a]!.start < span.start) a++;
      let b = a;
      while (b < agents.length && agents[b]!.end <= span.end) b++;
      const own = agents.slice(a, b);
      const tokens = tokenize(text, span);
      const cl = clauses(tokens, own);
      const quoted = quotedSpans(text, span);
      const outside = (h: Span) => !quoted.some((q) => q.start <= h.start && h.end <= q.end);
      const speech = findSpeech(span, tokens, cl, own, {
        after: reportingAfter(text, span).filter(outside),
        before: reportingBefore(text, span).filter(outside),
      });
      const conditions = conditionals(text, span).map((h) => ({ start: h.start, end: conditionEnd(tokens, cl, tokenAt(tokens, h.start)) }));
      return { index, span, tokens, clauses: cl, agents: own, speech, issues: issues(text, span), conditions, quoted };
    });
    return { text, agents, sentences };
  };
}

/** A condition runs to the next comma or the end of its clause. */
function conditionEnd(tokens: readonly Token[], clauses: Clauses, from: number): number {
  const clause = clauses.of[from];
  let i = from;
  while (i + 1 < tokens.length && tokens[i + 1]!.lower !== ',' && clauses.of[i + 1] === clause) i++;
  return tokens[i]!.end;
}

function quotedSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let i = span.start;
  while (i < span.end) {
    const c = text[i]!;
    const close = QUOTE_PAIRS[c];
    // A straight or curly single quote inside a word is an apostrophe.
    if (close && !(c === '‘' && /\p{L}/u.test(text[i - 1] ?? ''))) {
      const j = text.indexOf(close, i + 1);
      if (j > i && j < span.end) {
        out.push({ start: i + 1, end: j });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}
