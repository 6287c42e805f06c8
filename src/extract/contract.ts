import type { Extraction } from './extraction.js';

/**
 * The JSON of ../shared/eval/SCHEMA.md for one article, with evidence (spans, rules) as extra fields
 * that the scorer ignores. `statements` (indirect speech) is also an extra list.
 */
export function toContractDoc(x: Extraction) {
  const { doc } = x;
  return {
    id: doc.id,
    published: doc.published,
    ...(doc.title !== undefined && { title: doc.title }),
    ...(doc.outlet !== undefined && { outlet: doc.outlet }),
    actors: x.actors.map((a) => ({
      name: a.name,
      kind: a.kind,
      side: a.side,
      aliases: a.aliases,
      known: a.known,
      span: a.span,
      rule: a.rule,
    })),
    quotes: x.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      span: q.span,
      speaker_span: q.speakerSpan ?? null,
      speaker_text: q.speakerText ?? null,
      cue: q.cue ?? null,
      rule: q.rule,
      partial: q.partial,
    })),
    statements: x.statements.map((s) => ({
      text: s.text,
      speaker: s.speaker,
      span: s.span,
      speaker_span: s.speakerSpan ?? null,
      speaker_text: s.speakerText ?? null,
      cue: s.cue ?? null,
      rule: s.rule,
    })),
    timexes: x.timexes.map((t) => ({
      text: t.text,
      type: t.type,
      value: t.value,
      ...(t.mod !== undefined && { mod: t.mod }),
      span: t.span,
      rule: t.rule,
    })),
    events: x.events.map((e) => ({
      type: e.type,
      date: e.date,
      place: e.place,
      participants: e.participants,
      status: e.status,
      precision: e.precision,
      ...(e.period !== undefined && { period: e.period }),
      date_basis: e.dateBasis,
      span: e.span,
      trigger: e.trigger,
      rule: e.rule,
    })),
    positions: x.positions.map((p) => ({
      side: p.side,
      issue: p.issue,
      stance: p.stance,
      evidence: p.text,
      summary: p.summary,
      claimed_by: p.claimedBy,
      hedged: p.hedged,
      conditional: p.conditional,
      span: p.span,
      rule: p.rule,
    })),
    statuses: x.statuses.map((s) => ({
      issue: s.issue,
      status: s.status,
      claimed_by: s.claimedBy,
      evidence: s.text,
      span: s.span,
      rule: s.rule,
    })),
  };
}

export type ContractDoc = ReturnType<typeof toContractDoc>;
