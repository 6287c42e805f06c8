import type { ActorKind } from '../../core/records.js';
import type { Gender } from './lexicon.js';
import type { Entry, KnownActor, MentionForm } from './model.js';

/** A person or organisation the profile does not know, as first found in the text. */
export interface TextActor {
  kind: ActorKind;
  /** The name as written, without title ("Hugh Hill", "Interfax-Ukraine"). */
  name: string;
  gender?: Gender;
  media: boolean;
}

/** A mention before assembly: token offsets, what it refers to, and why it may not count. */
export interface Candidate {
  /** Token range [start, end) of the name or description itself. */
  start: number;
  end: number;
  /** Where a title before it starts ("Ukrainian President" in "Ukrainian President Volodymyr Zelensky"). */
  titleStart: number;
  target: KnownActor | TextActor;
  form: MentionForm;
  rule: string;
  entry?: Entry['type'];
  /** A role phrase from the text: the title before the name or an apposition after it. */
  role?: string;
  /** Actors named inside the role ("Kremlin" in "Kremlin aide X"), for the side of an unknown person. */
  roleActors?: KnownActor[];
  /** Refers back only: dropped unless its actor is named by a stronger mention. */
  anaphoric?: boolean;
  /** Why this is not an actor mention after all (a place, part of a title, a credit). */
  dropped?: string;
}

export const isKnown = (t: KnownActor | TextActor): t is KnownActor => 'key' in t;

export const isPerson = (c: Candidate): boolean => c.target.kind === 'person';
