import type { StatusRecord } from '../../core/records.js';
import type { StageFactory } from '../extraction.js';
import { readerFor } from '../reading/read.js';
import { compileStatusCues } from './cues.js';
import { bySpan } from '../reading/phrases.js';
import { mergeStatuses } from './merge.js';
import { opposedIssues } from './opposed.js';
import { statusesInSentence, type StatusState } from './sentence.js';

/**
 * Issue statuses: how far each issue is from agreement (agreed, close, disputed, deferred), and who says so.
 * Cue words: lexicons/<lang>/status.yaml; issues: the profile. Different claims are kept side by side.
 */
export const statusesStage: StageFactory = (env) => {
  const read = readerFor(env);
  const cues = compileStatusCues(env.lexicon);
  return (x) => {
    const reading = read(x);
    const text = reading.text;
    const state: StatusState = { lastIssues: [] };
    const statuses: StatusRecord[] = [];
    const spans = reading.sentences.map((s) => s.span);
    const all = cues.index(reading.pieces, { start: 0, end: text.length });
    const found = bySpan(all.cues, spans);
    const negators = bySpan(all.negators, spans);
    for (const r of reading.sentences) {
      const drafts = statusesInSentence(r, { cues: found[r.index]!, negators: negators[r.index]! }, cues, state);
      for (const issue of opposedIssues(x.positions, r.span))
        if (!drafts.some((d) => d.issue === issue && d.status === 'disputed'))
          statuses.push({ issue, status: 'disputed', claimedBy: null, span: { ...r.span }, text: text.slice(r.span.start, r.span.end), rule: 'status/disputed-positions' });
      for (const d of drafts)
        statuses.push({
          issue: d.issue,
          status: d.status,
          claimedBy: d.speaker?.side ?? null,
          span: { ...r.span },
          text: text.slice(r.span.start, r.span.end),
          rule: `status/${d.status}-${d.basis}`,
        });
    }
    return { statuses: mergeStatuses(statuses) };
  };
};
