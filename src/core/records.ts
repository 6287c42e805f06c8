import type { Span } from './span.js';

/** How a value was obtained: written in the text, or inferred (coreference, tense, the publication date, a role). */
export type Basis = 'stated' | 'inferred';

interface Evidence {
  span: Span;
  text: string;
  /** The rule that made the record, e.g. `quote/said-after`, `speaker/coref`. */
  rule: string;
}

export type ActorKind = 'person' | 'organization';

/** A surface form in the text that refers to an actor. */
export interface Mention extends Evidence {
  actor: string; // actor key
  /** name, title (Mr Zelensky), description (the Ukrainian leader), metonym (Kyiv), pronoun. */
  form: 'name' | 'title' | 'description' | 'metonym' | 'pronoun' | 'acronym';
}

/** A person or organisation the article mentions, resolved to a canonical actor. */
export interface Actor {
  /** Stable key across articles: the profile actor id, or a slug of the canonical name. */
  key: string;
  name: string;
  kind: ActorKind;
  side: string;
  /** Every distinct surface form that referred to it in this article. */
  aliases: string[];
  /** True when the profile knows the actor; false when found in the text only. */
  known: boolean;
  /** How the side was decided. */
  sideBasis: Basis;
  /** A role phrase from the text ("a doctor", "Kremlin spokesperson"), when there was one. */
  role?: string;
  rule: string;
  /** First mention. */
  span: Span;
  text: string;
}

/** Direct speech: the words inside quotation marks. */
export interface Quote extends Evidence {
  /** Canonical speaker name, or null when the text names none. */
  speaker: string | null;
  speakerKey: string | null;
  /** The mention that names the speaker (may be a pronoun or description resolved by coreference). */
  speakerSpan?: Span;
  speakerText?: string;
  speakerBasis?: Basis;
  cueSpan?: Span;
  cue?: string;
  /** True for a fragment quoted inside a sentence of reported speech ("said the talks were “long”"). */
  partial: boolean;
}

/** Indirect speech: "Zelensky said Ukraine would not withdraw". The span is the content clause. */
export interface Statement extends Evidence {
  speaker: string | null;
  speakerKey: string | null;
  speakerSpan?: Span;
  speakerText?: string;
  speakerBasis?: Basis;
  cueSpan?: Span;
  cue?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression normalised TimeML-style against the publication date. */
export interface Timex extends Evidence {
  type: TimexType;
  value: string;
  /** Modifier such as START, END, MID, EARLY, LATE (does not change the value). */
  mod?: string;
  /** stated: fully written (2 December 2025); inferred: anchored on the publication date. */
  basis: Basis;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type EventStatus = 'planned' | 'held' | 'cancelled';

export interface EventRecord extends Evidence {
  type: string;
  date: string | null;
  precision: DatePrecision | null;
  dateBasis: Basis | null;
  place: string | null;
  participants: string[]; // canonical names
  participantKeys: string[];
  status: EventStatus;
  /** The word or phrase that signals the event (met, call, visited, launched). */
  triggerSpan: Span;
  trigger: string;
  /** The TimeML value when the date is coarser than a day ("2025-W51", "2026-01"); `date` is then null. */
  period?: string;
  /** Every sentence of the article that reports this event, in text order (`span` is one of them). */
  evidence?: Span[];
  /** The participant who acts (proposes, attacks, travels), when the text names it before the trigger. */
  agentKey?: string | null;
}

export type Stance = 'demand' | 'propose' | 'accept' | 'reject';

export interface Position extends Evidence {
  side: string;
  issue: string;
  stance: Stance;
  /** Short summary of what is demanded or proposed, from the sentence. */
  summary: string;
  /** Who says so: the speaker's actor key, when the position is reported by someone. */
  sourceKey: string | null;
  /** The side that claims this position is held (for "according to Zelensky, the US suggested"). */
  claimedBy: string | null;
  hedged: boolean;
  conditional: boolean;
  /** Other sentences of the same document that state the same position. */
  also?: Span[];
}

export type IssueStatus = 'agreed' | 'close' | 'disputed' | 'deferred';

export interface StatusRecord extends Evidence {
  issue: string;
  status: IssueStatus;
  claimedBy: string | null;
}

/** A content problem found while reading or extracting: reported, never thrown. */
export interface Diagnostic {
  span?: Span;
  rule: string;
  message: string;
}
