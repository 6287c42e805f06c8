import type { Stance } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Agent } from '../reading/agents.js';
import type { Hit, PhraseHits } from '../reading/phrases.js';
import type { CueKind, CueValue, StanceChannels, StanceCues } from './cues.js';
import type { Holder, HolderContext } from './holder.js';
import type { PlanContext } from './plan.js';

/** A position found in one sentence, before it becomes a record. */
export interface PositionDraft {
  holder: Agent;
  issue: string;
  stance: Stance;
  kind: CueKind | 'document';
  basis: Holder['basis'];
  cue: Span;
  /** What the cue governs: the source of the summary. */
  reach: Span;
  speaker: Agent | null;
  hedged: boolean;
  conditional: boolean;
}

/** What carries from one sentence to the next: the plan being described, who last put one forward, the issues. */
export interface DocState {
  plan: PlanContext;
  lastProposer: Agent | null;
  /** Who put forward the last plan or draft named as such ("unveiled a 20-point draft"). */
  lastDocumentOwner: Agent | null;
  lastIssues: Hit<string>[];
}

export interface SentenceContext {
  text: string;
  /** The sentence's hits of every stance phrase list. */
  hits: PhraseHits<StanceChannels>;
  cues: StanceCues;
  holders: HolderContext;
}

export type CueHit = Hit<CueValue | { stance: 'propose'; kind: 'docverb' }>;

/** A cue after reading its surroundings: its kind settled, its stance after negation, its holder. */
export interface CueReading {
  hit: CueHit;
  ti: number;
  te: number;
  clause: number;
  kind: CueKind | 'document';
  stance: Stance;
  holder: Holder | null;
}
