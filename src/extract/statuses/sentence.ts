import type { IssueStatus } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Agent } from '../reading/agents.js';
import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import { tokenAt } from '../reading/tokens.js';
import { speechCovering } from '../positions/holder.js';
import { clauseBefore, clauseRange, issuesBefore, issuesIn } from '../positions/scope.js';
import type { StatusCues } from './cues.js';

export interface StatusDraft {
  issue: string;
  status: IssueStatus;
  cue: Span;
  issueSpan: Span;
  speaker: Agent | null;
  basis: 'clause' | 'anaphor';
}

const AUXILIARY = /^(?:most|more|less|least|very|so|too|is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|also|not|now|still|already|finally|fully|largely|broadly|been|and|or|but|that|which|who|it|they|he|she|we|i)$/;

/** "the formula agreed in Anchorage": a participle right after a plain lower-case noun modifies it. */
function plainNounBefore(toks: SentenceReading['tokens'], ti: number): boolean {
  const prev = toks[ti - 1];
  return !!prev && prev.word && !prev.cap && !AUXILIARY.test(prev.lower) && !/ly$/.test(prev.lower);
}

/** The last issue words seen, for "they were only 95% ready" in the next sentence. */
export interface StatusState {
  lastIssues: Hit<string>[];
}

const ANAPHOR_START = /^(?:which|they|it|this|these|those|both)$/;

/**
 * Statuses of one sentence. Each issue word of a clause goes to the nearest status cue of that clause, so
 * "Despite the territorial impasse, both sides neared agreement on security guarantees" gives two statuses.
 */
export function statusesInSentence(r: SentenceReading, hits: { cues: Hit<IssueStatus>[]; negators: Hit<true>[] }, cues: StatusCues, state: StatusState): StatusDraft[] {
  const toks = r.tokens;
  const negs = hits.negators;
  const inCondition = (s: Span) => r.conditions.some((c) => c.start <= s.start && s.end <= c.end);
  const found: { hit: Hit<IssueStatus>; status: IssueStatus; ti: number; te: number; clause: number }[] = [];
  for (const hit of hits.cues) {
    if (inCondition(hit)) continue;
    const ti = tokenAt(toks, hit.start);
    const te = Math.max(ti, tokenAt(toks, hit.end) - 1);
    const clause = r.clauses.of[ti]!;
    // "once the remaining issues have been settled", "if no deal is reached": a status still to come.
    if (r.conditions.some((c) => c.start < hit.start && r.clauses.of[tokenAt(toks, c.start)] === clause)) continue;
    // "the United States agreed to lead a mission": a commitment. "the formula agreed in Anchorage": a participle.
    if (cues.commitments.has(hit.text.toLowerCase().replace(/\s+/g, ' ')) && toks[te + 1]?.lower === 'to') continue;
    if (ti === te && /ed$/.test(toks[ti]!.lower) && plainNounBefore(toks, ti)) continue;
    const negated = negs.some(
      (n) => n.end <= hit.start && ti - tokenAt(toks, n.end) <= 3 && r.clauses.of[tokenAt(toks, n.start)] === clause,
    );
    const status = negated ? cues.negated(hit.value) : hit.value;
    if (status && !found.some((f) => f.ti <= ti && ti <= f.te)) found.push({ hit, status, ti, te, clause });
  }
  const out: StatusDraft[] = [];
  const assigned = new Map<number, Hit<string>[]>();
  for (const [ci, f] of found.entries()) {
    // The issues of an aside count: "the most sensitive issues — territory and NATO — have been left for ...".
    let tokens = [...clauseBefore(r, f.ti, f.clause, { asides: true }), ...clauseRange(r, f.ti, toks.length - 1, f.clause, { asides: true })];
    // "Two issues remain to be resolved: the plant and the territory."
    const after = tokens.at(-1)! + 1;
    if (toks[after]?.lower === ':') tokens = [...tokens, ...clauseRange(r, after + 1, toks.length - 1, r.clauses.of[after + 1] ?? -1)];
    const inScope = new Set(tokens);
    const rivals = found.filter((g, gi) => gi !== ci && inScope.has(g.ti));
    for (const issue of issuesIn(r, tokens)) {
      const ii = tokenAt(toks, issue.start);
      // Nearest cue of the clause wins the issue word.
      const dist = (g: (typeof found)[number]) => (ii < g.ti ? g.ti - ii : ii > g.te ? ii - g.te : 0);
      const mine = dist(f);
      if (rivals.some((g) => dist(g) < mine || (dist(g) === mine && found.indexOf(g) < ci))) continue;
      assigned.set(ci, [...(assigned.get(ci) ?? []), issue]);
    }
  }
  for (const [ci, f] of found.entries()) {
    let issues = assigned.get(ci) ?? [];
    let basis: StatusDraft['basis'] = 'clause';
    if (!issues.length) {
      // Only a clause with no issue word of its own that starts by pointing back: "which he described as ...".
      const clauseTokens = [...clauseBefore(r, f.ti, f.clause), ...clauseRange(r, f.ti, toks.length - 1, f.clause)];
      if (issuesIn(r, clauseTokens, { keepConditions: true }).length) continue;
      // The clause's subject, or the subject of what it reports: "though Trump said they were only 90% ready".
      const skip = /^(?:but|and|though|although|while|as|that|,)$/;
      const inClause = new Set(clauseTokens);
      const starts = [clauseTokens, ...r.speech.filter((s) => inClause.has(tokenAt(toks, s.cue.start))).map((s) => {
        const from = tokenAt(toks, s.content.start);
        return clauseTokens.filter((i) => i >= from);
      })];
      // ... and the status is said of it directly: "they were only 95% ready", not "they agreed on a framework".
      const points = starts.some((ts) => {
        const k = ts.find((i) => !skip.test(toks[i]!.lower));
        return k !== undefined && ANAPHOR_START.test(toks[k]!.lower) && f.ti - k <= 6;
      });
      if (!points) continue;
      issues = issuesBefore(r, f.ti);
      if (!issues.length) issues = state.lastIssues;
      basis = 'anaphor';
    }
    const speech = speechCovering(r, f.hit.start);
    for (const issue of issues)
      out.push({ issue: issue.value, status: f.status, cue: { start: f.hit.start, end: f.hit.end }, issueSpan: issue, speaker: speech?.speaker ?? null, basis });
  }
  const own = r.issues.filter((i) => !inCondition(i));
  if (own.length) state.lastIssues = own;
  return out;
}
