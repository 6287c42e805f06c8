import type { Transaction } from 'kysely';
import { createHash } from 'node:crypto';
import type { Extraction } from '../../extract/extraction.js';
import { insertRows } from '../bulk-insert.js';
import { extend } from '../../core/extend.js';
import { issueTags } from '../issue-tags.js';
import type { Database } from '../schema.js';

type Trx = Transaction<Database>;

/** Groups identical quotes across outlets: lower-cased words only. */
export const quoteGroupKey = (text: string): string =>
  createHash('sha1')
    .update(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .digest('hex')
    .slice(0, 16);

const bool = (b: boolean) => (b ? 1 : 0);

/** Record tables in insertion order (events before the participants that reference them). */
const RECORD_TABLES = [
  'mentions',
  'quotes',
  'statements',
  'quote_issues',
  'statement_issues',
  'timexes',
  'events',
  'event_participants',
  'positions',
  'statuses',
  'diagnostics',
] as const;

type RecordTable = (typeof RECORD_TABLES)[number];
type RecordRows = { [T in RecordTable]: object[] };

/**
 * The issue tags of a span: the issues of the extraction's positions and statuses that overlap it. The quote
 * and statement filters by issue read them.
 */
export const issuesAt = (x: Extraction, span: { start: number; end: number }): string =>
  issueTags([...x.positions, ...x.statuses].filter((r) => r.span.start < span.end && r.span.end > span.start).map((r) => r.issue));

type SpeechRow = { id: string; published: string; outlet: string | null; speaker_key: string | null; issues: string };

/** The rows of quotes or statements in their issue table (migration 019): one per tag of `issues`. */
const issueRows = (records: readonly SpeechRow[]) =>
  records.flatMap((r) =>
    r.issues.split(',').filter(Boolean).map((issue) => ({ issue, published: r.published, record_id: r.id, outlet: r.outlet, speaker_key: r.speaker_key })),
  );

/** The rows of every record of one extraction, keyed by table; `storyId` is the article's story. */
export function recordRows(x: Extraction, storyId: string): RecordRows {
  const id = x.doc.id;
  const published = x.doc.published;
  const outlet = x.doc.outlet ?? null;
  const base = (kind: string, i: number, r: { span: { start: number; end: number }; text: string; rule: string }) => ({
    id: `${id}#${kind}${i}`,
    document_id: id,
    span_start: r.span.start,
    span_end: r.span.end,
    text: r.text,
    rule: r.rule,
  });
  // What quotes and statements share: who speaks, the cue, and the columns the list filters test.
  const spoken = (r: (typeof x.statements)[number]) => ({
    speaker_key: r.speakerKey,
    speaker_name: r.speaker,
    speaker_text: r.speakerText ?? null,
    speaker_start: r.speakerSpan?.start ?? null,
    speaker_end: r.speakerSpan?.end ?? null,
    cue: r.cue ?? null,
    cue_start: r.cueSpan?.start ?? null,
    cue_end: r.cueSpan?.end ?? null,
    published,
    outlet,
    issues: issuesAt(x, r.span),
  });
  // Rows are built with extend(), not spreads: Node 20 adds keys to a spread copy slowly (~100 rows an article).
  const quotes = x.quotes.map((q, i) =>
    extend(extend(base('q', i, q), spoken(q)), { speaker_basis: q.speakerBasis ?? null, partial: bool(q.partial), group_key: quoteGroupKey(q.text) }),
  );
  const statements = x.statements.map((s, i) => extend(base('s', i, s), spoken(s)));
  return {
    mentions: x.mentions.map((m, i) => extend(base('m', i, m), { actor_key: m.actor, form: m.form })),
    quotes,
    statements,
    quote_issues: issueRows(quotes),
    statement_issues: issueRows(statements),
    timexes: x.timexes.map((t, i) => extend(base('t', i, t), { type: t.type, value: t.value, mod: t.mod ?? null, basis: t.basis })),
    events: x.events.map((e, i) =>
      extend(base('e', i, e), {
        type: e.type,
        date: e.date,
        precision: e.precision,
        date_basis: e.dateBasis,
        place: e.place,
        status: e.status,
        trigger: e.trigger,
        trigger_start: e.triggerSpan.start,
        trigger_end: e.triggerSpan.end,
        participants: JSON.stringify(e.participants),
        timeline_id: null,
        published,
        period: e.period ?? null,
        agent_key: e.agentKey ?? null,
        evidence: JSON.stringify(e.evidence ?? [e.span]),
        participant_keys: JSON.stringify(e.participantKeys),
        outlet,
      }),
    ),
    event_participants: x.events.flatMap((e, i) =>
      [...new Set(e.participantKeys)].map((k) => ({ event_id: `${id}#e${i}`, actor_key: k })),
    ),
    positions: x.positions.map((p, i) =>
      extend(base('p', i, p), {
        side: p.side,
        issue: p.issue,
        stance: p.stance,
        summary: p.summary,
        date: published,
        story_id: storyId,
        source_key: p.sourceKey,
        claimed_by: p.claimedBy,
        hedged: bool(p.hedged),
        conditional: bool(p.conditional),
        also: p.also?.length ? JSON.stringify(p.also) : null,
        outlet,
      }),
    ),
    statuses: x.statuses.map((s, i) => extend(base('st', i, s), { issue: s.issue, status: s.status, claimed_by: s.claimedBy, date: published, story_id: storyId, outlet })),
    diagnostics: x.diagnostics.map((d, i) => ({
      id: `${id}#d${i}`,
      document_id: id,
      span_start: d.span?.start ?? null,
      span_end: d.span?.end ?? null,
      rule: d.rule,
      message: d.message,
    })),
  };
}

/**
 * Writes every record of the given extractions (with their articles' stories), table by table in multi-row statements.
 * Their document rows must exist already.
 */
export async function insertRecords(trx: Trx, xs: ReadonlyArray<{ extraction: Extraction; storyId: string }>): Promise<void> {
  const all = xs.map((x) => recordRows(x.extraction, x.storyId));
  for (const table of RECORD_TABLES) {
    await insertRows(trx, table, all.flatMap((rows) => rows[table]));
  }
}
