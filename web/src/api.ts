/** Typed calls to the Parley API. Every failure becomes an `ApiFailure` with the server's message. */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | undefined | null>;

export async function api<T>(path: string, query: Query = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const q = qs.toString();
  const url = `/api/${path}${q ? `?${q}` : ''}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiFailure(0, 'network', `Cannot reach the server (${(e as Error).message})`);
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.code ?? 'error', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export interface Span {
  start: number;
  end: number;
}

export interface List<T> {
  items: T[];
  total: number;
  /** More than `total` match: the server stops counting at a cap. */
  totalCapped?: boolean;
  limit: number;
  offset: number;
}

export interface Meta {
  profile: { id: string; name: string; description: string | null };
  sides: Array<{ id: string; name: string }>;
  issues: Array<{ id: string; name: string }>;
  stances: string[];
  statuses: string[];
  eventTypes: string[];
  engine: string;
  writes: boolean;
}

export interface Overview {
  counts: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
  latestDocuments: Array<{ id: string; published: string; outlet: string | null; title: string | null }>;
  latestStatuses: Array<{ id: string; documentId: string; date: string; issue: string; status: string; claimedBy: string | null; outlet: string | null }>;
  latestPositions: Array<{ id: string; documentId: string; date: string; side: string; issue: string; stance: string; summary: string; outlet: string | null }>;
}

export interface DocumentItem {
  id: string;
  published: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  storyId: string;
}

export interface Rec {
  id: string;
  span: Span;
  text: string;
  rule: string;
  [field: string]: unknown;
}

export interface DocumentDetail {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string;
  source: string;
  format: string;
  storyId: string;
  text: string;
  removed: Array<{ span: Span; text: string; rule: string; at: number }>;
  records: Record<string, Rec[]>;
  related: Array<{ id: string; outlet: string | null; published: string; title: string | null }>;
}

export interface TimelineSource {
  eventId: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  published: string;
  date: string | null;
  text: string;
  rule: string;
}

export interface TimelineEvent {
  id: string;
  type: string;
  date: string | null;
  precision: string | null;
  place: string | null;
  status: string;
  participants: string[];
  firstReported: string;
  sourceCount: number;
  dateConflict: boolean;
  dates: string[];
  sources: TimelineSource[];
}

export interface Counts {
  [value: string]: number;
}

export interface Matrix {
  bucket: string;
  buckets: string[];
  cells: Array<{ side: string; issue: string; count: number; latest: { date: string; counts: Counts }; series: Array<{ bucket: string; counts: Counts; change: boolean }> }>;
  statuses: Array<{
    issue: string;
    count: number;
    conflict: boolean;
    latest: { date: string; counts: Counts; claims: Array<{ claimedBy: string | null; status: string }> };
    series: Array<{ bucket: string; counts: Counts; change: boolean }>;
  }>;
}

export interface Position {
  id: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  date: string;
  side: string;
  issue: string;
  stance: string;
  summary: string;
  text: string;
  rule: string;
}

export interface Status {
  id: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  date: string;
  issue: string;
  status: string;
  claimedBy: string | null;
  text: string;
  rule: string;
}

export interface Evidence {
  positions: Position[];
  statuses: Status[];
  quotes: Array<{ id: string; documentId: string; text: string; speaker: string | null; rule: string }>;
  documents: Array<{ id: string; title: string | null; outlet: string | null; published: string; storyId: string }>;
  corroboration: number;
}

export interface Quote {
  id: string;
  documentId: string;
  published: string;
  outlet: string | null;
  title: string | null;
  text: string;
  rule: string;
  speaker: string | null;
  speakerKey: string | null;
  speakerSide: string | null;
}

export interface Actor {
  key: string;
  name: string;
  kind: string;
  side: string;
  role: string | null;
  mentionCount: number;
  documentCount: number;
  aliases: string[];
}

export interface ActorDetail extends Omit<Actor, 'aliases'> {
  aliases: Array<{ alias: string; count: number }>;
  activity: Array<{ date: string; quotes: number; statements: number }>;
  eventCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  quotes: List<Quote>;
}

export interface Highlighted {
  text: string;
  highlights: Span[];
}

export interface SearchResult {
  kind: 'documents' | 'quotes';
  items: Array<
    | { id: string; title: string | null; outlet: string | null; published: string; snippet: Highlighted }
    | { id: string; documentId: string; outlet: string | null; published: string; speaker: string | null; speakerKey: string | null; quote: Highlighted }
  >;
  total: number;
  limit: number;
  offset: number;
}

export interface Outlet {
  name: string;
  firstPublished: string;
  documentCount: number;
  quoteCount: number;
  eventCount: number;
  positionCount: number;
  statusCount: number;
  framing: Record<string, number>;
}

export interface Coverage {
  cells: Array<{ outlet: string; issue: string; positions: number; statuses: number; documents: number }>;
}
