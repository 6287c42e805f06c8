import type { TimexStyle } from './timexes/words.js';
import type { Doc } from '../core/article.js';
import type {
  Actor,
  Diagnostic,
  EventRecord,
  Mention,
  Position,
  Quote,
  Statement,
  StatusRecord,
  Timex,
} from '../core/records.js';
import type { Profile } from '../profile/schema.js';
import type { Lexicon } from '../nlp/lexicon.js';

/** Everything extracted from one article. Every record's span points into `doc.text`. */
export interface Extraction {
  doc: Doc;
  actors: Actor[];
  mentions: Mention[];
  quotes: Quote[];
  statements: Statement[];
  timexes: Timex[];
  events: EventRecord[];
  positions: Position[];
  statuses: StatusRecord[];
  diagnostics: Diagnostic[];
}

/** What every stage may read: the negotiation profile and the language lexicon. Never a clock or a database. */
export interface StageEnv {
  profile: Profile;
  lexicon: Lexicon;
  /** The timex annotation convention (default: the news contract). */
  timexStyle?: TimexStyle;
}

/**
 * One extraction stage: a pure function of the extraction so far, returning the records it adds.
 * Built once per pipeline by a factory (`(env) => Stage`) that compiles its word lists.
 */
export type Stage = (x: Readonly<Extraction>) => Partial<Omit<Extraction, 'doc'>>;
export type StageFactory = (env: StageEnv) => Stage;
