import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';
import { alternation, phraseRegex } from '../../nlp/patterns.js';

const list = z.array(z.string().min(1)).default([]);

const EventsSchema = z.object({
  triggers: z.record(z.string(), list),
  needs_actor_after: list,
  weak_triggers: list,
  call_nouns: list,
  determiners: list,
  proposal_verbs: list,
  call_cues: list,
  visit_destinations: list,
  unreal: list,
  planned: list,
  cancelled: list,
  ongoing: list,
  reporting_verbs: list,
  source_cues: list,
});

export const EVENT_TYPES = ['meeting', 'call', 'visit', 'proposal', 'attack', 'agreement', 'exchange'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The `events` lexicon compiled once per pipeline. */
export interface EventWords {
  /** One global regex per event type over its trigger phrases. */
  triggers: Array<[EventType, RegExp]>;
  needsActorAfter: Set<string>;
  weakTriggers: Set<string>;
  callNouns: Set<string>;
  determiners: Set<string>;
  proposalVerbs: RegExp;
  proposalVerbsGlobal: RegExp;
  callCues: RegExp;
  visitDestinations: Set<string>;
  unreal: RegExp;
  planned: RegExp;
  cancelled: RegExp;
  ongoing: RegExp;
  reportingVerbs: Set<string>;
  /** Matches text that ends with a source cue ("... according to "). */
  sourceBefore: RegExp;
}

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** Compiles lexicons/<lang>/events.yaml. Unknown event types in the file are an error. */
export function eventWords(lexicon: Lexicon): EventWords {
  const raw = lexicon.section('events', EventsSchema);
  const unknown = Object.keys(raw.triggers).filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw new Error(`Unknown event types in lexicon "events": ${unknown.map((t) => `"${t}"`).join(', ')}`);
  return {
    triggers: EVENT_TYPES.map((t) => [t, phraseRegex(raw.triggers[t] ?? [])]),
    needsActorAfter: lower(raw.needs_actor_after),
    weakTriggers: lower(raw.weak_triggers),
    callNouns: lower(raw.call_nouns),
    determiners: lower(raw.determiners),
    proposalVerbs: phraseRegex(raw.proposal_verbs, 'iu'),
    proposalVerbsGlobal: phraseRegex(raw.proposal_verbs, 'giu'),
    callCues: phraseRegex(raw.call_cues, 'iu'),
    visitDestinations: lower(raw.visit_destinations),
    unreal: phraseRegex(raw.unreal, 'iu'),
    planned: phraseRegex(raw.planned, 'iu'),
    cancelled: phraseRegex(raw.cancelled, 'iu'),
    ongoing: phraseRegex(raw.ongoing, 'iu'),
    reportingVerbs: lower(raw.reporting_verbs),
    sourceBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(raw.source_cues)})\\s+(?:the\\s+)?$`, 'iu'),
  };
}
