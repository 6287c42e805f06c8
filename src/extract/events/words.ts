import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';
import { alternation, phraseRegex } from '../../nlp/patterns.js';
import { startFiltered, type StartFiltered } from '../../nlp/phrase-starts.js';

const list = z.array(z.string().min(1)).default([]);

const EventsSchema = z.object({
  triggers: z.record(z.string(), list),
  needs_actor_after: list,
  weak_triggers: list,
  call_nouns: list,
  determiners: list,
  proposal_verbs: list,
  verb_objects: z.array(z.object({ type: z.string(), verbs: list, objects: list })).default([]),
  call_cues: list,
  visit_destinations: list,
  unreal: list,
  unreal_after: list,
  reported_future: list.default([]),
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
  /** One regex over every trigger phrase, longest first, and the type of each (lower-case) phrase. */
  triggers: StartFiltered;
  typeOf: Map<string, EventType>;
  /** Verbs whose object, a few words on, makes them triggers: "launched more than 46,000 drones". */
  verbObjects: Array<[EventType, StartFiltered]>;
  needsActorAfter: Set<string>;
  weakTriggers: Set<string>;
  callNouns: Set<string>;
  determiners: Set<string>;
  proposalVerbs: RegExp;
  proposalVerbsGlobal: RegExp;
  callCues: RegExp;
  visitDestinations: Set<string>;
  unreal: RegExp;
  unrealAfter: RegExp;
  /** Future in reported speech ("said talks would be held"): planned, not hypothetical. */
  reportedFuture: ReadonlySet<string>;
  planned: RegExp;
  cancelled: RegExp;
  ongoing: RegExp;
  reportingVerbs: Set<string>;
  /** Matches text that ends with a source cue ("... according to "). */
  sourceBefore: RegExp;
}

/** A phrase as the trigger map keys it: lower case, single spaces, straight apostrophes. */
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** Compiles lexicons/<lang>/events.yaml. Unknown event types in the file are an error. */
export function eventWords(lexicon: Lexicon): EventWords {
  const raw = lexicon.section('events', EventsSchema);
  const unknown = Object.keys(raw.triggers).filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length) throw new Error(`Unknown event types in lexicon "events": ${unknown.map((t) => `"${t}"`).join(', ')}`);
  const triggers = EVENT_TYPES.flatMap((t) => raw.triggers[t] ?? []);
  return {
    triggers: startFiltered(phraseRegex(triggers), triggers),
    typeOf: new Map(EVENT_TYPES.flatMap((t) => (raw.triggers[t] ?? []).map((p) => [norm(p), t] as const)).reverse()),
    verbObjects: raw.verb_objects.map((v) => {
      if (!(EVENT_TYPES as readonly string[]).includes(v.type)) throw new Error(`Unknown event type "${v.type}" in lexicon "events" verb_objects`);
      // The verb is the trigger; the object must follow within five words.
      const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(v.verbs)})(?=(?:\\s+[\\p{L}\\d,.-]+){0,5}?\\s+(?:${alternation(v.objects)})(?![\\p{L}]))`, 'giu');
      return [v.type as EventType, startFiltered(regex, v.verbs)];
    }),
    needsActorAfter: lower(raw.needs_actor_after),
    weakTriggers: lower(raw.weak_triggers),
    callNouns: lower(raw.call_nouns),
    determiners: lower(raw.determiners),
    proposalVerbs: phraseRegex(raw.proposal_verbs, 'iu'),
    proposalVerbsGlobal: phraseRegex(raw.proposal_verbs, 'giu'),
    callCues: phraseRegex(raw.call_cues, 'iu'),
    visitDestinations: lower(raw.visit_destinations),
    unreal: phraseRegex(raw.unreal, 'iu'),
    unrealAfter: phraseRegex(raw.unreal_after, 'iu'),
    reportedFuture: lower(raw.reported_future),
    planned: phraseRegex(raw.planned, 'iu'),
    cancelled: phraseRegex(raw.cancelled, 'iu'),
    ongoing: phraseRegex(raw.ongoing, 'iu'),
    reportingVerbs: lower(raw.reporting_verbs),
    sourceBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(raw.source_cues)})\\s+(?:the\\s+)?$`, 'iu'),
  };
}
