import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RawArticle } from '../src/core/article.js';
import { loadProfile } from '../src/profile/load.js';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../src/profile/schema.js';

/**
 * A synthetic news corpus about the negotiation, generated at run time (never committed). Sentences
 * come from two sources: the sentences of the example corpus and the development articles (when they
 * are there), with their names, dates and numbers replaced by others, and written templates in the
 * same shapes (reported speech, quotes before and after the speaker, meetings on relative and absolute
 * dates, positions on issues, status claims) with names, roles, places and issue words from the
 * profile. Articles mix them with the scraping noise cleaning must remove (share rows, bylines,
 * captions with agency credits, promos, update footers). Some articles are syndicated rewrites of
 * earlier ones and a few are exact copies, as in real feeds. Unrelated articles overlap about as little
 * as real ones do (a few shared word 4-grams), so near-duplicate detection sees realistic candidates.
 * The same seed and the same source files always give the same corpus.
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
  /** Profile people's names and single-word aliases, for swapping names in borrowed sentences. */
  names: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folders whose articles lend their sentences: the example corpus and the development articles. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SENTENCE_SOURCES = [
  path.join(ROOT, 'examples', 'articles'),
  path.join(ROOT, '..', 'shared', 'corpus', 'seeds'),
  path.join(ROOT, '..', 'shared', 'corpus', 'dev'),
];

/** Distinct sentences (8-70 words) of the articles in `dirs` that exist; empty when none does. */
export function sentencePool(dirs: readonly string[] = SENTENCE_SOURCES): string[] {
  const out = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF?\s?date \S+ ?/, '');
      for (const para of text.split(/\n\s*\n/)) {
        for (const sentence of para.replace(/\s+/g, ' ').trim().split(/(?<=[.!?][”"’]?) (?=[“"A-Z])/)) {
          const words = sentence.split(' ').length;
          if (words >= 8 && words <= 70 && /[.!?][”"’]?$/.test(sentence)) out.add(sentence);
        }
      }
    }
  }
  return [...out];
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
    names: new RegExp(
      `(?<!\\p{L})(?:${[...new Set(profile.actors.filter((a) => a.kind === 'person').flatMap((a) => [a.name, ...a.aliases]))]
        .filter((n) => n.length >= 4)
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')})(?!\\p{L})`,
      'gu',
    ),
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Speech and attribution words kept as they are, so quotes keep their shape. */
const KEEP = new Set(['said', 'says', 'told', 'tells', 'added', 'noted', 'according', 'stressed', 'warned', 'insisted', 'announced', 'wrote', 'asked', 'that', 'with', 'from', 'this', 'would', 'will', 'have', 'been', 'were', 'their', 'they']);

/** Rough word classes by ending, so a swapped word keeps its grammatical role most of the time. */
const wordClass = (w: string) => (/ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /ly$/.test(w) ? 'ly' : /[st]ion$/.test(w) ? 'ion' : /s$/.test(w) ? 's' : 'other');

/** Lower-case words (4+ letters) of the given texts by class: what swapped words are drawn from. */
function wordBank(texts: readonly string[]): Map<string, string[]> {
  const bank = new Map<string, Set<string>>();
  for (const t of texts) {
    for (const w of t.match(/\b[a-z]{4,}\b/g) ?? []) {
      if (KEEP.has(w)) continue;
      const c = wordClass(w);
      if (!bank.has(c)) bank.set(c, new Set());
      bank.get(c)!.add(w);
    }
  }
  return new Map([...bank].map(([c, ws]) => [c, [...ws].sort()]));
}

/**
 * Share of lower-case words swapped for others of their class. Unrelated articles then share few word
 * 4-grams (as different real articles do), although they draw on one pool of sentences and templates.
 */
const SWAP = 0.25;

class ArticleWriter {
  private readonly r: () => number;
  private readonly bank: Map<string, string[]>;
  constructor(
    private readonly v: Vocabulary,
    private readonly pool: readonly string[],
    seed: number,
  ) {
    this.r = rng(seed);
    this.bank = wordBank([...pool, ...QUOTE_BITS.open, ...QUOTE_BITS.tail, ...BYSTANDER_ROLES, ...STATUS, ...STANCE, ...EVENTS]);
  }

  /** Swaps some lower-case words for others of the same class. */
  private vary(text: string): string {
    return text.replace(/\b[a-z]{4,}\b/g, (w) => {
      if (KEEP.has(w) || !this.chance(SWAP)) return w;
      const words = this.bank.get(wordClass(w));
      return words?.length ? this.pick(words) : w;
    });
  }

  /** A borrowed sentence with other names, numbers, months and weekdays. */
  borrowed(): string {
    return this.pick(this.pool)
      .replace(this.v.names, (m) => {
        const p = this.pick(this.v.people);
        return m.includes(' ') ? p.name : p.short;
      })
      .replace(/\b(?:19|20)\d\d\b|\d+/g, (d) => (d.length === 4 && /^(19|20)/.test(d) ? this.pick(['2025', '2026']) : String(this.int(d.length > 1 ? 10 ** (d.length - 1) : 0, 10 ** d.length - 1))))
      .replace(new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g'), () => this.pick(MONTHS))
      .replace(new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'g'), () => this.pick(WEEKDAYS));
  }

  /** One sentence: borrowed (varied) when there are sentences to borrow, else written from a template. */
  sentence(published: Date, cast: Person[]): string {
    return this.vary(this.pool.length && this.chance(0.7) ? this.borrowed() : this.paragraph(published, cast));
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
    const n = this.int(10, 24);
    for (let i = 0; i < n; i++) {
      paras.push(Array.from({ length: this.int(1, 2) }, () => this.sentence(published, cast)).join(' '));
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
    paras[this.int(1, paras.length - 1)] = this.sentence(published, cast);
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
  /** Sentences to vary and mix in; default: those of SENTENCE_SOURCES. */
  sentences?: readonly string[];
}

/** Generates the corpus one article at a time (constant memory whatever the size). */
export function* syntheticArticles(options: CorpusOptions): Generator<RawArticle> {
  const v = vocabulary(options.profile ?? loadProfile());
  const w = new ArticleWriter(v, options.sentences ?? sentencePool(), options.seed ?? 1);
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
 * Invented outlets for the synthetic corpus, most prolific first: the seed format carries no outlet, so
 * `writeCorpus` assigns them through a metadata sidecar (`manifest.json`, read with `--metadata`).
 */
export const SYNTHETIC_OUTLETS = [
  'Northline Wire', 'Harbour Daily', 'Eastgate Post', 'Capital Ledger', 'Riverside Times',
  'Summit Herald', 'Baltic Courier', 'Prairie Gazette', 'Lowland Review', 'Coastal Observer',
] as const;

/** An article's outlet, from its number only (so the bodies stay those of the seed): a few outlets write most. */
export function outletOf(index: number): string {
  const roll = (Math.imul(index + 1, 2654435761) >>> 0) % 100;
  // Shares 30, 20, 12, 10, 8, 6, 5, 4, 3, 2 per cent.
  const bounds = [30, 50, 62, 72, 80, 86, 91, 95, 98, 100];
  return SYNTHETIC_OUTLETS[bounds.findIndex((b) => roll < b)]!;
}

/**
 * Writes the corpus as seed-format files, 1,000 per folder, and returns the folder. Files are named by
 * article id so folders sort in generation order. With `manifest`, also writes there the sidecar that
 * gives each article its outlet (keep it out of `dir` when `dir` is ingested whole).
 */
export function writeCorpus(dir: string, options: CorpusOptions, manifest?: string): { dir: string; bytes: number; count: number } {
  let bytes = 0;
  let count = 0;
  const articles: Array<{ id: string; outlet: string }> = [];
  for (const a of syntheticArticles(options)) {
    const shard = path.join(dir, String(Math.floor(count / 1000)).padStart(4, '0'));
    if (count % 1000 === 0) mkdirSync(shard, { recursive: true });
    const text = toSeedFile(a);
    writeFileSync(path.join(shard, `${a.id}.txt`), text);
    articles.push({ id: a.id, outlet: outletOf(count) });
    bytes += Buffer.byteLength(text);
    count++;
  }
  if (manifest) writeFileSync(manifest, JSON.stringify({ articles }));
  return { dir, bytes, count };
}
