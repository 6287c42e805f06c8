/** A bad input: reported on one line naming the file (and line), skipped, never fatal to the batch. */
export interface InputProblem {
  kind: 'problem';
  source: string;
  line?: number;
  reason: string;
}

export const problem = (source: string, reason: string, line?: number): InputProblem =>
  line === undefined ? { kind: 'problem', source, reason } : { kind: 'problem', source, line, reason };

export const formatProblem = (p: InputProblem): string =>
  `${p.source}${p.line !== undefined ? `:${p.line}` : ''}: ${p.reason}`;
