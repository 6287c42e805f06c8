import type { Basis, Mention } from '../../core/records.js';
import { overlaps, type Span } from '../../core/span.js';
import type { Extraction } from '../extraction.js';
import type { NameEntry } from './names.js';
import { nameText } from './names.js';
import type { SpeakerPhrase } from './phrase.js';
import { lookupDescription, lookupName, slug, type ProfileIndex } from './profile-index.js';
import { extend } from '../../core/extend.js';

/** A speaker mention resolved to a canonical actor (or to nobody: an unnamed source). */
export interface Speaker {
  name: string | null;
  key: string | null;
  /** The mention in the text: a name, a description or a pronoun. */
  span: Span;
  text: string;
  basis: Basis;
  gender: NameEntry['gender'];
  person: boolean;
  /** The speaker was found through coreference (a pronoun, "the report"), not named at the cue. */
  coref: boolean;
}

interface Remembered {
  at: number;
  sentence: number;
  speaker: Speaker;
}

export interface DocResolverOptions {
  profile: ProfileIndex;
  /** Heads of descriptions that stand for a news organisation ("the report"). */
  mediaAnaphors: ReadonlySet<string>;
  /** Heads that name no one ("official", "source"): "the U.S. official" is not the United States. */
  unnamedHeads: ReadonlySet<string>;
  /** Heads of descriptions that stand for a person by role ("the president", "the head of the delegation"). */
  roleNouns: ReadonlySet<string>;
  /** The gender a full name's first name tells, or "any". */
  genderOf(name: string): NameEntry['gender'];
  names: NameEntry[];
  sentenceOf: (offset: number) => number;
}

/** How far back (in sentences) a pronoun looks for its antecedent. */
const PRONOUN_REACH = 4;
/** How many speakers back a pronoun or a role looks, however long the sentences. */
const MEMORY_REACH = 30;
/** How many names back "the report" or a pronoun looks, however long the sentences. */
const MEDIA_REACH = 50;
/** How far before a phrase (in characters) the mention that overlaps it may start. */
const MENTION_REACH = 200;
/** How far back a role description ("the president") looks for the speaker it names. */
const DESCRIPTION_REACH = 2;

/**
 * Resolves speaker phrases of one article to actors: first through the actors stage's mentions, then the
 * profile, then the names written in the article (a surname finds the full name written earlier).
 */
export class DocResolver {
  private readonly memory: Remembered[] = [];
  private readonly text: string;
  /** The actors stage's mentions by start offset, and the article's names by start and by last word. */
  private readonly mentions: Mention[];
  private readonly nameAt = new Map<number, NameEntry>();
  private readonly byLast = new Map<string, NameEntry[]>();

  constructor(
    private readonly x: Readonly<Extraction>,
    private readonly o: DocResolverOptions,
  ) {
    this.text = x.doc.text;
    this.mentions = [...x.mentions].sort((a, b) => a.span.start - b.span.start);
    for (const n of o.names) {
      this.nameAt.set(n.span.start, n);
      if (n.words >= 2) this.byLast.set(n.last, [...(this.byLast.get(n.last) ?? []), n]);
    }
  }

  /** Index of the last name that starts before `at` (-1 when none): names are in text order. */
  private lastNameBefore(at: number): number {
    let lo = 0;
    let hi = this.o.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.o.names[mid]!.span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Remembered speakers before `at` within `reach` sentences, latest first. */
  private *recent(at: number, reach: number): Generator<Remembered> {
    const here = this.o.sentenceOf(at);
    for (let i = this.memory.length - 1, seen = 0; i >= 0 && seen < MEMORY_REACH; i--, seen++) {
      const r = this.memory[i]!;
      if (here - r.sentence > reach) return;
      if (r.at < at) yield r;
    }
  }

  /** Remembers who spoke at `at`, for pronouns later on. */
  remember(speaker: Speaker, at: number): void {
    if (speaker.name) this.memory.push({ at, sentence: this.o.sentenceOf(at), speaker });
  }

  /** The actors stage's mention inside a span, preferring the one that ends last (the head of the phrase). */
  private mentionIn(span: Span): Mention | undefined {
    // Mentions are short: any that overlaps the span starts at most a few dozen characters before it.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.span.start < span.start - MENTION_REACH) lo = mid + 1;
      else hi = mid;
    }
    let best: Mention | undefined;
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.span.start < span.end; i++) {
      const m = this.mentions[i]!;
      if (overlaps(m.span, span) && (!best || m.span.end > best.span.end)) best = m;
    }
    return best;
  }

  private fromMention(m: Mention, basis: Basis): Speaker | null {
    const a = this.x.actors.find((actor) => actor.key === m.actor);
    if (!a) return null;
    const gender = this.nameAt.get(m.span.start)?.gender ?? this.o.genderOf(a.name);
    return { name: a.name, key: a.key, span: m.span, text: m.text, basis: m.form === 'pronoun' ? 'inferred' : basis,
      gender, person: a.kind === 'person', coref: m.form === 'pronoun' };
  }

  /** A name as written: the profile actor, or the fullest form of it in the article ("Matthews" -> "Chris Matthews"). */
  private named(span: Span, mentionSpan: Span): Speaker {
    const m = this.mentionIn(span);
    if (m && m.form !== 'pronoun' && m.form !== 'description') {
      const s = this.fromMention(m, 'stated');
      if (s) return extend(s, { span: mentionSpan, text: this.text.slice(mentionSpan.start, mentionSpan.end), coref: false });
    }
    const written = nameText(this.text, span);
    const known = lookupName(this.o.profile, written);
    const entry = this.nameAt.get(span.start);
    let name = written;
    let gender = entry?.gender ?? 'any';
    if (!known && !written.includes(' ')) {
      const last = written.toLowerCase();
      const full = this.fuller(last, span.start);
      if (full) {
        name = full.text;
        if (gender === 'any') gender = full.gender;
      }
    }
    const actor = known ?? lookupName(this.o.profile, name);
    const person = actor ? actor.person : !this.o.profile.places.has(name.toLowerCase());
    return {
      name: actor?.name ?? name,
      key: actor?.key ?? slug(name),
      span: mentionSpan,
      text: this.text.slice(mentionSpan.start, mentionSpan.end),
      basis: 'stated',
      gender,
      person,
      coref: false,
    };
  }

  /** The fuller written name ending in `last`: the latest before `at`, else the first after it. */
  private fuller(last: string, at: number): NameEntry | undefined {
    let before: NameEntry | undefined;
    let after: NameEntry | undefined;
    for (const n of this.byLast.get(last) ?? []) {
      if (n.span.start < at) before = n;
      else if (!after) after = n;
    }
    return before ?? after;
  }

  /** The news organisation of the profile named last before `at`. */
  private latestMedia(at: number): Speaker | null {
    for (let i = this.lastNameBefore(at), seen = 0; i >= 0 && seen < MEDIA_REACH; i--, seen++) {
      const n = this.o.names[i]!;
      if (n.span.end > at) continue;
      const known = lookupName(this.o.profile, n.text);
      if (known?.media) return this.named(n.span, n.span);
    }
    return null;
  }

  /**
   * Resolves a speaker phrase found at a cue. An unnamed source ("a senior official") or a phrase that cannot
   * be resolved keeps its mention with a null name: the text names no one, and we do not guess.
   */
  resolve(phrase: SpeakerPhrase): Speaker {
    return (
      this.resolveName(phrase) ?? {
        name: null,
        key: null,
        span: phrase.span,
        text: this.text.slice(phrase.span.start, phrase.span.end),
        basis: 'stated',
        gender: phrase.gender ?? 'any',
        person: phrase.kind !== 'unnamed',
        coref: false,
      }
    );
  }

  /**
   * Names go to the actors stage's mention first (its canonical actor). Pronouns and descriptions go to the
   * speaker chain first ("“...,” the president told reporters" names who spoke last), then to its mention.
   */
  private resolveName(phrase: SpeakerPhrase): Speaker | null {
    const m = this.mentionIn(phrase.name ?? phrase.span);
    const mentioned = () => {
      const s = m && this.fromMention(m, 'stated');
      return s ? extend(s, { span: phrase.span, text: this.text.slice(phrase.span.start, phrase.span.end) }) : null;
    };
    switch (phrase.kind) {
      case 'name':
        return this.named(phrase.name!, phrase.span);
      case 'pronoun':
        return this.pronoun(phrase) ?? mentioned();
      case 'description':
        return this.description(phrase) ?? (phrase.head && this.o.unnamedHeads.has(phrase.head) ? null : mentioned());
      default:
        return null;
    }
  }

  private description(phrase: SpeakerPhrase): Speaker | null {
    const written = this.text.slice(phrase.span.start, phrase.span.end);
    const role = lookupDescription(this.o.profile, written, this.x.doc.published);
    const base = { span: phrase.span, text: written, gender: 'any' as const };
    if (role) return extend(base, { name: role.name, key: role.key, basis: 'inferred', person: true, coref: false });
    const known = lookupName(this.o.profile, written);
    if (known) return extend(base, { name: known.name, key: known.key, basis: 'stated', person: known.person, coref: false });
    if (phrase.document && phrase.name) return extend(this.named(phrase.name, phrase.span), { person: false });
    if (phrase.head && this.o.mediaAnaphors.has(phrase.head)) {
      // "according to the report": the news organisation named last.
      const media = this.latestMedia(phrase.span.start);
      if (media) return extend(media, { span: phrase.span, text: written, basis: 'inferred', coref: true });
    }
    if (phrase.head && this.o.roleNouns.has(phrase.head)) {
      // "“...,” the president told reporters": a role that names the person who spoke just before.
      for (const r of this.recent(phrase.span.start, DESCRIPTION_REACH)) {
        if (r.speaker.person) return extend(r.speaker, { span: phrase.span, text: written, basis: 'inferred', coref: true });
      }
    }
    return null;
  }

  /** The latest person who opens a sentence after `since` and before `at`, within a pronoun's reach. */
  private topicSince(since: number, at: number, fits: (g: NameEntry['gender']) => boolean): Speaker | null {
    const here = this.o.sentenceOf(at);
    for (let i = this.lastNameBefore(at), seen = 0; i >= 0 && seen < MEDIA_REACH; i--, seen++) {
      const n = this.o.names[i]!;
      if (n.span.start <= since || here - this.o.sentenceOf(n.span.start) > PRONOUN_REACH) break;
      if (n.span.end > at || !n.initial || (n.words < 2 && !n.titled) || !fits(n.gender)) continue;
      const s = this.named(n.span, n.span);
      if (s.person && !lookupName(this.o.profile, s.name ?? '')?.media) return s;
    }
    return null;
  }

  private pronoun(phrase: SpeakerPhrase): Speaker | null {
    const at = phrase.span.start;
    const here = this.o.sentenceOf(at);
    const word = this.text.slice(phrase.span.start, phrase.span.end).toLowerCase();
    const wrap = (s: Speaker): Speaker =>
      extend(s, {
        span: phrase.span,
        text: this.text.slice(phrase.span.start, phrase.span.end),
        basis: 'inferred',
        coref: true,
        gender: s.gender === 'any' && phrase.gender !== 'any' ? phrase.gender! : s.gender,
      });
    const recent = [...this.recent(at, PRONOUN_REACH)];
    if (phrase.gender === 'any') {
      // "they" may stand for an organisation that spoke just before; "I" and "we" are the writer or a group.
      const org = word === 'they' ? recent.find((r) => !r.speaker.person) : undefined;
      return org ? wrap(org.speaker) : null;
    }
    const fits = (g: NameEntry['gender']) => g === 'any' || g === phrase.gender;
    // The latest speaker within reach: "“...,” Ms Leavitt said. ... She said that ...", unless a person opened
    // a sentence since, who is the new topic: "Mr Zelensky went further. [...], he told reporters".
    const spoke = recent.find((r) => r.speaker.person && fits(r.speaker.gender));
    const topic = this.topicSince(spoke?.at ?? -1, at, fits);
    if (topic) return wrap(topic);
    if (spoke) return wrap(spoke.speaker);
    // Otherwise the latest person named before it.
    for (let i = this.lastNameBefore(at), seen = 0; i >= 0 && seen < MEDIA_REACH; i--, seen++) {
      const n = this.o.names[i]!;
      if (n.span.end > at) continue;
      if (here - this.o.sentenceOf(n.span.start) > PRONOUN_REACH) break;
      if ((n.words < 2 && !n.titled) || !fits(n.gender)) continue;
      const s = this.named(n.span, n.span);
      if (s.person && !lookupName(this.o.profile, s.name ?? '')?.media) return wrap(s);
    }
    return null;
  }
}
