import type { ColumnType, Generated } from 'kysely';

/**
 * The one database schema, shared by SQLite and PostgreSQL. Offsets (`span_start`, `span_end`) are
 * half-open UTF-16 offsets into `documents.text`. Record ids are `<doc id>#<kind><n>`, so re-extracting
 * a document rewrites the same rows. JSON columns hold text (JSON.stringify) on both engines.
 */
export interface DocumentsTable {
  id: string;
  content_hash: string;
  source: string;
  format: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string;
  raw_text: string;
  text: string;
  /** JSON: OffsetSegments, cleaned -> raw offsets. */
  segments: string;
  /** JSON: RemovedSpan[] (what cleaning removed). */
  removed: string;
  /** JSON: Sentence[]. */
  sentences: string;
  /** The MinHash sketch of documents stored before migration 026 (JSON `{n, sig}`); empty since: see `document_sketches`. */
  minhash: string;
  story_id: string;
  /** Resemblance or containment (whichever joined it) to the most similar document of its story (1 for the first). */
  story_similarity: number;
  extractor_version: number;
  ingested_at: string;
  /** JSON: Record<marker, count> of this document's framing markers (migration 006). */
  framing?: string | null;
}

export interface StoriesTable {
  id: string;
  first_published: string;
  document_count: number;
  outlet_count: number;
}

/** Each document's story and MinHash sketch, narrow so near-duplicate and timeline lookups skip the article text (migration 026). */
export interface DocumentSketchesTable {
  document_id: string;
  story_id: string;
  /** `encodeSketch`'s packed form, or JSON for documents stored before migration 026. */
  sketch: string;
}

export interface LshBandsTable {
  band: string;
  document_id: string;
}

export interface OutletsTable {
  name: string;
  first_published: string;
  document_count: number;
  /** Records reported by the outlet's articles, kept by the write batch. */
  quote_count: number;
  event_count: number;
  position_count: number;
  status_count: number;
  /** JSON: Record<marker, count>, framing markers such as "Kiev" vs "Kyiv". */
  framing: string;
}

export interface ActorsTable {
  key: string;
  name: string;
  kind: string;
  side: string;
  known: number;
  role: string | null;
  mention_count: number;
  document_count: number;
  /** First and last publication day of the articles that name the actor. */
  first_seen: string | null;
  last_seen: string | null;
}

export interface ActorAliasesTable {
  actor_key: string;
  alias: string;
  count: number;
}

interface RecordColumns {
  id: string;
  document_id: string;
  span_start: number;
  span_end: number;
  text: string;
  rule: string;
}

export interface MentionsTable extends RecordColumns {
  actor_key: string;
  form: string;
}

export interface QuotesTable extends RecordColumns {
  speaker_key: string | null;
  speaker_name: string | null;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_basis: string | null;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  partial: number;
  /** Normalised quote text hash: identical quotes across outlets share it. */
  group_key: string;
  published: string;
  /** The article's outlet (migration 014): the outlet filter reads it here. */
  outlet?: string | null;
  /** `,issue,issue,`: issues of the article's positions and statuses overlapping this span (migration 014); '' for none. */
  issues?: string;
}

export interface StatementsTable extends RecordColumns {
  speaker_key: string | null;
  speaker_name: string | null;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  published: string;
  /** The article's outlet (migration 014): the outlet filter reads it here. */
  outlet?: string | null;
  /** `,issue,issue,`: issues of the article's positions and statuses overlapping this span (migration 014); '' for none. */
  issues?: string;
}

/**
 * One row per quote (`quote_issues`) or statement (`statement_issues`) and issue it speaks to, with the record's
 * date, outlet and speaker: the filtered lists read an issue's records from here (migration 019).
 */
export interface SpeechIssuesTable {
  issue: string;
  published: string;
  record_id: string;
  outlet: string | null;
  speaker_key: string | null;
}

export interface TimexesTable extends RecordColumns {
  type: string;
  value: string;
  mod: string | null;
  basis: string;
}

export interface EventsTable extends RecordColumns {
  type: string;
  date: string | null;
  precision: string | null;
  date_basis: string | null;
  place: string | null;
  status: string;
  trigger: string;
  trigger_start: number;
  trigger_end: number;
  /** JSON: canonical participant names. */
  participants: string;
  timeline_id: string | null;
  published: string;
  /** TimeML value when the date is coarser than a day ("2025-W51"). */
  period?: string | null;
  /** The participant who acts (proposes, attacks, travels). */
  agent_key?: string | null;
  /** JSON: Span[], every sentence of the document that tells this event. */
  evidence?: string | null;
  /** JSON: participants' actor keys, in the order of `participants`. */
  participant_keys?: string | null;
  /** The article's outlet (migration 014): the outlet filter reads it here. */
  outlet?: string | null;
}

export interface EventParticipantsTable {
  event_id: string;
  actor_key: string;
}

export interface TimelineEventsTable {
  id: string;
  type: string;
  date: string | null;
  date_end: string | null;
  precision: string | null;
  place: string | null;
  status: string;
  /** JSON: canonical participant names. */
  participants: string;
  first_reported: string;
  source_count: number;
  /** 1 when sources give different dates for the event. */
  date_conflict: number;
  /** JSON: the distinct dates sources gave. */
  dates: string;
  period?: string | null;
  agent_key?: string | null;
  /** JSON: participants' actor keys, in the order of `participants`. */
  participant_keys?: string;
  last_reported?: string | null;
}

export interface PositionsTable extends RecordColumns {
  side: string;
  issue: string;
  stance: string;
  summary: string;
  date: string;
  /** The article's story (copied from documents, fixed at write time). */
  story_id: string | null;
  source_key: string | null;
  claimed_by: string | null;
  hedged: number;
  conditional: number;
  /** JSON: Span[], the other sentences of the document stating the same position (migration 006). */
  also?: string | null;
  /** The article's outlet (migration 014): the outlet filter reads it here. */
  outlet?: string | null;
}

export interface StatusesTable extends RecordColumns {
  issue: string;
  status: string;
  claimed_by: string | null;
  date: string;
  story_id: string | null;
  /** The article's outlet (migration 014): the outlet filter reads it here. */
  outlet?: string | null;
}

export interface DiagnosticsTable {
  id: string;
  document_id: string;
  span_start: number | null;
  span_end: number | null;
  rule: string;
  message: string;
}

export interface MetaTable {
  key: string;
  value: string;
  updated_at: ColumnType<string, string, string>;
}

/** Positions per side, issue, stance and day (the matrix reads these, not every position). */
export interface PositionDaysTable {
  side: string;
  issue: string;
  stance: string;
  date: string;
  /** ISO week of `date` (2025-W50), for week sums. */
  week: string;
  n: number;
}

/** Statuses per issue, status, claimant ('' for none) and day. */
export interface StatusDaysTable {
  issue: string;
  status: string;
  claimed_by: string;
  date: string;
  /** ISO week of `date`. */
  week: string;
  n: number;
}

/** Per outlet, issue and day: positions, statuses, and the articles with either (outlet coverage reads these). */
export interface OutletIssueDaysTable {
  outlet: string;
  issue: string;
  date: string;
  positions: number;
  statuses: number;
  documents: number;
}

/** The actors of a timeline event: the union of its reports' participants. */
export interface TimelineParticipantsTable {
  timeline_id: string;
  actor_key: string;
}

/** The stories a timeline event counts: overall (`date` '') and per day they gave. */
export interface TimelineStoriesTable {
  timeline_id: string;
  story_id: string;
  date: string;
}

/** A timeline event's running sums (`EventTally`), JSON. */
export interface TimelineSumsTable {
  timeline_id: string;
  sums: string;
}

/** Rows per table for the overview, kept by triggers (migration 029). */
export interface RowCountsTable {
  name: string;
  n: number;
}

export interface Database {
  documents: DocumentsTable;
  stories: StoriesTable;
  lsh_bands: LshBandsTable;
  document_sketches: DocumentSketchesTable;
  outlets: OutletsTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  statements: StatementsTable;
  quote_issues: SpeechIssuesTable;
  statement_issues: SpeechIssuesTable;
  timexes: TimexesTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  timeline_events: TimelineEventsTable;
  timeline_participants: TimelineParticipantsTable;
  timeline_stories: TimelineStoriesTable;
  timeline_sums: TimelineSumsTable;
  positions: PositionsTable;
  statuses: StatusesTable;
  position_days: PositionDaysTable;
  status_days: StatusDaysTable;
  outlet_issue_days: OutletIssueDaysTable;
  diagnostics: DiagnosticsTable;
  row_counts: RowCountsTable;
  meta: MetaTable;
}

export type { Generated };
