import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RawArticle } from '../src/core/article.js';
import { loadProfile } from '../src/profile/load.js';
import type { Profile } from '../src/profile/schema.js';

/**
 * A synthetic news corpus about the negotiation, generated at run time (never committed): articles
 * built from the sentence shapes of the seed articles (reported speech, quotes before and after the
 * speaker, meetings on relative and absolute dates, positions on issues, status claims), with names,
 * roles, places and issue words drawn from the profile, invented bystanders, and the scraping noise
 * cleaning must remove (share rows, bylines, captions with agency credits, promos, update footers).
 * Some articles are syndicated rewrites of earlier ones and a few are exact copies, as in real feeds.
 * The same seed always gives the same corpus.
 */

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST = ['Olena', 'Taras', 'Marta', 'Ivan', 'Sofia', 'Pavlo', 'Anna', 'Mark', 'Claire', 'Tomasz', 'Ingrid', 'Luca', 'Nadia', 'Oleh', 'Irina', 'James', 'Helen', 'Viktor', 'Leila', 'Peter', 'Katya', 'Samuel', 'Agnes', 'Bohdan'];
const LAST = ['Kovalenko', 'Hrytsenko', 'Melnyk', 'Sorokin', 'Baker', 'Lindqvist', 'Moretti', 'Nowak', 'Petrenko', 'Fischer', 'Dubois', 'Harper', 'Volkov', 'Tkachenko', 'Serra', 'Novak', 'Ellison', 'Marchenko', 'Rossi', 'Ivanova', 'Schmidt', 'Collins', 'Bondar', 'Laurent'];
const BYSTANDER_ROLES = ['a political analyst at a Kyiv think tank', 'a former diplomat', 'a senior fellow at a European policy institute', 'a resident of the frontline town', 'an energy expert', 'a military analyst', 'a lawmaker', 'a historian of the region', 'a volunteer who runs a shelter', 'a professor of international law'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'Bloomberg', 'Kyiv Independent', 'BBC', 'Guardian', 'Politico', 'Ukrainska Pravda', 'Meduza', 'Straits Times', 'Deutsche Welle'];
const AGENCIES = ['AP', 'AFP', 'Reuters', 'Getty Images', 'EPA', 'Pool', 'Bloomberg', 'Anadolu'];
const PROMOS = ['Sign up now: Get our morning briefing delivered to your inbox', 'Subscribe to our newsletter for daily updates on the war', 'Read more: What the latest peace plan says, point by point', 'Advertisement', 'Most read'];
const QUOTE_BITS = {
  open: ['We are ready to', 'Nobody will', 'We will not', 'It is too early to', 'Our position is clear: we', 'There is a real chance to', 'The other side must', 'We cannot', 'Everyone wants to', 'It would be a mistake to'],
  verb: ['discuss', 'accept', 'give up', 'sign', 'guarantee', 'negotiate', 'freeze', 'recognise', 'withdraw from', 'talk about'],
  tail: ['on these terms', 'without real guarantees', 'as long as the shelling continues', 'before the end of the year', 'in the coming days', 'at any price', 'while our people are under fire', 'if the partners stand with us', 'without a ceasefire first', 'in a single meeting'],
};
const SPEECH = ['said', 'told reporters', 'said in a statement', 'told a news conference', 'wrote on Telegram', 'said in his nightly address', 'told journalists', 'added', 'noted', 'stressed'];
const STATUS = ['no agreement has been reached on', 'the sides remain far apart on', 'negotiators made progress on', 'a deal is close on', 'talks have stalled over', 'a compromise is still possible on'];
const STANCE = ['rejected any deal involving', 'insisted on', 'refused to discuss', 'signalled flexibility on', 'demanded concessions on', 'offered to compromise on', 'ruled out'];
const EVENTS = ['held talks with', 'met', 'spoke by phone with', 'will meet', 'is expected to meet', 'hosted'];

interface Person {
  name: string;
  short: string;
  role: string | null;
  side: string;
}

interface Vocabulary {
  people: Person[];
  govs: string[];
  issues: string[][];
  places: string[];
}

function vocabulary(profile: Profile): Vocabulary {
  const people = profile.actors
    .filter((a) => a.kind === 'person')
    .map((a) => ({
      name: a.name,
      short: a.name.split(' ').slice(-1)[0]!,
      role: a.roles.flatMap((r) => r.descriptions)[0] ?? null,
      side: a.side,
    }));
  return {
    people,
    govs: profile.governments.flatMap((g) => g.metonyms.filter((m) => /^[A-Z]/.test(m) && !/\s/.test(m))),
    issues: profile.issues.map((i) => [i.name.toLowerCase(), ...i.cues.filter((c) => c.length > 4 && !/\d/.test(c) && / /.test(c))]),
    places: profile.places.filter((p) => !p.within).map((p) => p.name),
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

class ArticleWriter {
  private readonly r: () => number;
  constructor(
    private readonly v: Vocabulary,
    seed: number,
  ) {
    this.r = rng(seed);
  }

  random(): number {
    return this.r();
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }

  chance(p: number): boolean {
    return this.r() < p;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }

  bystander(): Person {
    return { name: `${this.pick(FIRST)} ${this.pick(LAST)}`, short: this.pick(LAST), role: this.pick(BYSTANDER_ROLES), side: 'other' };
  }

  quote(): string {
    const issue = this.pick(this.pick(this.v.issues));
    return `${this.pick(QUOTE_BITS.open)} ${this.pick(QUOTE_BITS.verb)} ${issue} ${this.pick(QUOTE_BITS.tail)}`;
  }

  /** A date phrase relative to the publication day: weekdays, "next week", absolute days in either order. */
  when(published: Date): string {
    const offset = this.int(-10, 14);
    const d = new Date(published.getTime() + offset * 86400000);
    switch (this.int(0, 5)) {
      case 0:
        return `on ${WEEKDAYS[d.getUTCDay()]}`;
      case 1:
        return offset >= 0 ? 'next week' : 'last week';
      case 2:
        return `on ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
      case 3:
        return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
      case 4:
        return offset >= 0 ? 'later this month' : 'earlier this month';
      default:
        return `in early ${MONTHS[d.getUTCMonth()]}`;
    }
  }

  paragraph(published: Date, cast: Person[]): string {
    const p = this.pick(cast);
    const others = cast.filter((c) => c !== p);
    const q = others.length ? this.pick(others) : this.bystander();
    const full = p.role && this.chance(0.5) ? `${p.role.replace(/^the /, 'The ')}, ${p.name},` : p.name;
    const issue = () => this.pick(this.pick(this.v.issues));
    switch (this.int(0, 9)) {
      case 0:
        return `“${this.quote()},” ${p.short} ${this.pick(SPEECH)}.`;
      case 1:
        return `${full} ${this.pick(SPEECH)} ${this.when(published)} that ${this.pick(STATUS)} ${issue()}.`;
      case 2:
        return `${p.name} ${this.pick(EVENTS)} ${q.name} in ${this.pick(this.v.places)} ${this.when(published)}, according to ${this.pick(this.v.govs)} officials.`;
      case 3:
        return `${this.pick(this.v.govs)} has ${this.pick(STANCE)} ${issue()}, ${p.short} ${this.pick(SPEECH)}, adding: “${this.quote()}.”`;
      case 4:
        return `According to ${p.name}, ${this.pick(STATUS)} ${issue()}, while ${issue()} will be discussed ${this.when(published)}.`;
      case 5: {
        const b = this.bystander();
        return `“${this.quote()},” said ${b.name}, ${b.role}. “${this.quote()}.”`;
      }
      case 6:
        return `The talks in ${this.pick(this.v.places)} ${this.when(published)} lasted ${this.int(2, 9)} hours, and a ${this.int(12, 28)}-point draft is now on the table, ${this.pick(OUTLETS)} reported.`;
      case 7:
        return `${p.short} ${this.pick(STANCE)} ${issue()}, and warned that ${this.pick(this.v.govs)} would ${this.pick(QUOTE_BITS.verb)} ${issue()} only ${this.pick(QUOTE_BITS.tail)}.`;
      case 8:
        return `${this.pick(this.v.places)} came under attack overnight, with ${this.int(2, 40)} drones and ${this.int(1, 12)} missiles launched, local authorities said ${this.when(published)}.`;
      default:
        return `Asked whether ${this.pick(this.v.govs)} would accept the plan, ${full} ${this.pick(SPEECH)}: “${this.quote()}.”`;
    }
  }

  noiseHead(): string[] {
    const out: string[] = [];
    if (this.chance(0.3)) out.push('Share current article via Email Share current article via Facebook Share current article via X');
    if (this.chance(0.2)) out.push(this.pick(PROMOS));
    if (this.chance(0.03)) out.push('403 Forbidden');
    if (this.chance(0.4)) out.push(`By ${this.pick(FIRST)} ${this.pick(LAST)}${this.chance(0.4) ? ` and ${this.pick(FIRST)} ${this.pick(LAST)}` : ''}`);
    return out;
  }

  caption(cast: Person[]): string {
    return `${this.pick(cast).name} at a briefing (${this.pick(FIRST)} ${this.pick(LAST)}/${this.pick(AGENCIES)})`;
  }

  body(published: Date): string {
    const v = this.v;
    const cast = Array.from({ length: this.int(2, 5) }, () => (this.chance(0.85) ? this.pick(v.people) : this.bystander()));
    const paras = [...this.noiseHead()];
    const lead = cast[0]!;
    paras.push(
      `${this.pick(v.places).toUpperCase()} — ${lead.name} ${this.pick(SPEECH)} ${this.when(published)} that ${this.pick(STATUS)} ${this.pick(this.pick(v.issues))}, as negotiators prepared for another round of talks.`,
    );
    const n = this.int(12, 34);
    for (let i = 0; i < n; i++) {
      paras.push(this.paragraph(published, cast));
      if (this.chance(0.06)) paras.push(this.caption(cast));
      if (this.chance(0.03)) paras.push(this.pick(PROMOS));
    }
    if (this.chance(0.15)) paras.push(`Update: This story has been updated with comments from ${this.pick(cast).name}.`);
    return paras.join('\n\n');
  }

  /** A syndicated rewrite: new noise, one paragraph dropped, another reworded. */
  rewrite(body: string, published: Date, cast: Person[]): string {
    const paras = body.split('\n\n');
    if (paras.length > 4) paras.splice(this.int(2, paras.length - 1), 1);
    paras[this.int(1, paras.length - 1)] = this.paragraph(published, cast);
    return [...this.noiseHead(), ...paras].join('\n\n');
  }
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Share of articles that rewrite a recent one (near-duplicates), and that copy one exactly. */
  rewriteShare?: number;
  copyShare?: number;
  profile?: Profile;
}

/** Generates the corpus one article at a time (constant memory whatever the size). */
export function* syntheticArticles(options: CorpusOptions): Generator<RawArticle> {
  const v = vocabulary(options.profile ?? loadProfile());
  const w = new ArticleWriter(v, options.seed ?? 1);
  const start = Date.UTC(2025, 10, 1);
  const recent: Array<{ body: string; published: string }> = [];
  for (let i = 0; i < options.count; i++) {
    const id = `syn-${String(i).padStart(6, '0')}`;
    const day = new Date(start + w.int(0, 150) * 86400000);
    let body: string;
    let published = isoDay(day);
    const roll = w.random();
    if (recent.length && roll < (options.copyShare ?? 0.01)) {
      const src = w.pick(recent);
      body = src.body;
      published = src.published;
    } else if (recent.length && roll < (options.copyShare ?? 0.01) + (options.rewriteShare ?? 0.05)) {
      const src = w.pick(recent);
      body = w.rewrite(src.body, new Date(`${src.published}T00:00:00Z`), [w.pick(v.people), w.pick(v.people)]);
      published = src.published;
    } else {
      body = w.body(day);
    }
    recent.push({ body, published });
    if (recent.length > 50) recent.shift();
    yield { id, source: `${id}.txt`, format: 'seed', published, body };
  }
}

/** The seed file format: ` date YYYY-MM-DD ` then the body. */
export const toSeedFile = (a: RawArticle): string => ` date ${a.published} ${a.body}\n`;

/**
 * Writes the corpus as seed-format files, 1,000 per folder, and returns the folder. Files are named by
 * article id so folders sort in generation order.
 */
export function writeCorpus(dir: string, options: CorpusOptions): { dir: string; bytes: number; count: number } {
  let bytes = 0;
  let count = 0;
  for (const a of syntheticArticles(options)) {
    const shard = path.join(dir, String(Math.floor(count / 1000)).padStart(4, '0'));
    if (count % 1000 === 0) mkdirSync(shard, { recursive: true });
    const text = toSeedFile(a);
    writeFileSync(path.join(shard, `${a.id}.txt`), text);
    bytes += Buffer.byteLength(text);
    count++;
  }
  return { dir, bytes, count };
}
