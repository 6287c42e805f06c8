import type { EventRow, PositionRow, Reported, StatusRow } from '../../src/store/queries/positions.js';

/** Rows as the store queries return them, for tests of what is built across articles. */
let n = 0;
const reported = (doc: string, date: string, extra: Partial<Reported> = {}): Reported => ({
  id: `${doc}#x${n++}`,
  documentId: doc,
  date,
  evidence: `Sentence of ${doc}.`,
  spanStart: 0,
  spanEnd: 10,
  rule: 'test',
  outlet: null,
  storyId: doc,
  title: null,
  url: null,
  ...extra,
});

export const position = (doc: string, date: string, side: string, issue: string, stance: string, extra: Partial<PositionRow> = {}): PositionRow => ({
  ...reported(doc, date, extra),
  side,
  issue,
  stance,
  summary: `${side} ${stance} ${issue}`,
  claimedBy: null,
  sourceKey: null,
  hedged: false,
  conditional: false,
  ...extra,
});

export const status = (doc: string, date: string, issue: string, value: string, extra: Partial<StatusRow> = {}): StatusRow => ({
  ...reported(doc, date, extra),
  issue,
  status: value,
  claimedBy: null,
  ...extra,
});

export const event = (doc: string, date: string, type: string, eventDate: string | null, extra: Partial<EventRow> = {}): EventRow => ({
  ...reported(doc, date, extra),
  type,
  eventDate,
  place: null,
  status: 'held',
  participants: [],
  timelineId: null,
  ...extra,
});
