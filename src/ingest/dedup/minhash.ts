/**
 * MinHash sketches over word shingles, for spotting syndicated copies and light rewrites of one story
 * (a wire story retitled, trimmed, with another byline). Two estimates come out of a pair of sketches:
 * Jaccard resemblance (the share of equal slots) and containment of the shorter text in the longer one
 * (derived from resemblance and the shingle counts), so a trimmed copy still joins its full original.
 */

export const SIGNATURE_SIZE = 96;
/**
 * Bands for locality-sensitive hashing: 48 bands of 2 rows make a pair with resemblance 0.3 (a copy
 * trimmed to a third) a candidate 99% of the time, 0.2 86%, and unrelated articles (about 0.03) rarely.
 */
export const BANDS = 48;
/**
 * Words per shingle. Four keeps two different articles quoting the same statement apart (containment
 * under 0.2 on the development corpus) while a light rewrite, which breaks every shingle touching a
 * changed word, keeps well over half of its shingles.
 */
export const SHINGLE_WORDS = 4;

/** Resemblance at or above which two texts are one story. */
export const SAME_STORY = 0.5;
/**
 * Containment (of the shorter text in the longer) at or above which two texts are one story. Light
 * rewrites of real articles measure 0.64-0.80, different articles on the same talks at most 0.2.
 */
export const SAME_STORY_CONTAINMENT = 0.5;
/** Containment is only trusted when the shorter text has this many shingles (a headline is not a copy). */
export const MIN_CONTAINMENT_SHINGLES = 30;

/** A text's sketch: its MinHash signature and how many distinct shingles it had. */
export interface Sketch {
  n: number;
  sig: number[];
}

/** Fixed seeds: sketches must be the same in every process and every version of the store. */
const SEEDS: Uint32Array = (() => {
  let s = 0x9e3779b9;
  const out = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s >>> 0;
  }
  return out;
})();

/** FNV-1a 32-bit hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a fast bijective mix of 32 bits, one per seed as a hash permutation. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * FNV-1a hashes of the text's lower-case words without accents, so spelling variants of typography do not
 * matter. Chunk by chunk between ASCII whitespace, which no lower-casing, decomposition or mark removal
 * crosses: an all-ASCII chunk (most of an English article) is hashed as it is read, lower-casing each letter,
 * without making a string per word; the others take the full treatment.
 */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
    let end = i;
    let ascii = true;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (isAsciiSpace(c)) break;
      if (c >= 128) ascii = false;
    }
    if (ascii) asciiWordHashes(text, i, end, out);
    else for (const w of text.slice(i, end).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []) out.push(fnv1a(w));
    i = end;
  }
  return out;
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `fnv1a` of each run of ASCII letters and digits in text[from, to), lower-cased as it is read. */
function asciiWordHashes(text: string, from: number, to: number, out: number[]): void {
  for (let i = from; i < to; ) {
    while (i < to && !isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let h = 0x811c9dc5;
    for (let c = text.charCodeAt(i); i < to && isAsciiAlnum(c); c = text.charCodeAt(++i)) {
      h ^= c <= 90 && c >= 65 ? c + 32 : c;
      h = Math.imul(h, 0x01000193);
    }
    out.push(h >>> 0);
  }
}

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** Hashes of every run of SHINGLE_WORDS words (word hashes combined by position, no strings built). */
export function shingles(text: string): Set<number> {
  const hashes = wordHashes(text);
  const out = new Set<number>();
  const n = Math.min(SHINGLE_WORDS, hashes.length);
  for (let i = 0; i + n <= hashes.length; i++) {
    let h = 0;
    for (let k = 0; k < n; k++) h ^= rotl(hashes[i + k]!, 7 * k + 1);
    out.add(mix(h));
    if (n < SHINGLE_WORDS) break;
  }
  return out;
}

export function sketch(text: string): Sketch {
  const sh = Uint32Array.from(shingles(text));
  const sig = new Array<number>(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < sh.length; j++) {
      // mix(sh[j] ^ seed), inlined: this loop is most of the cost of a sketch.
      let x = sh[j]! ^ seed;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x = (x ^ (x >>> 16)) >>> 0;
      if (x < min) min = x;
    }
    sig[i] = min;
  }
  return { n: sh.length, sig };
}

/** @deprecated the signature alone; use `sketch`, which also keeps the shingle count. */
export const signature = (text: string): number[] => sketch(text).sig;

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}

/** Estimated resemblance and containment (of the shorter text in the longer) of two sketches. */
export function resemblance(a: Sketch, b: Sketch): { jaccard: number; containment: number } {
  const jaccard = similarity(a.sig, b.sig);
  const small = Math.min(a.n, b.n);
  if (!small) return { jaccard, containment: 0 };
  const shared = (jaccard * (a.n + b.n)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / small) };
}

/** One story: close resemblance, or a long enough shorter text mostly contained in the longer one. */
export function sameStory(a: Sketch, b: Sketch): { same: boolean; score: number } {
  const { jaccard, containment } = resemblance(a, b);
  const contained = Math.min(a.n, b.n) >= MIN_CONTAINMENT_SHINGLES && containment >= SAME_STORY_CONTAINMENT;
  return { same: jaccard >= SAME_STORY || contained, score: Math.max(jaccard, contained ? containment : 0) };
}

/** Band keys of a signature: documents sharing any band key are candidate near-duplicates. */
export function bandKeys(sig: readonly number[]): string[] {
  const rows = Math.floor(sig.length / BANDS);
  return Array.from({ length: BANDS }, (_, b) => `${b}:${fnv1a(sig.slice(b * rows, (b + 1) * rows).join(','))}`);
}

/**
 * The sketch as stored: the shingle count, a colon, and the signature as base64 of little-endian 32-bit words
 * (515 characters, where JSON takes 700-950; decoding is a copy, not a parse of 96 numbers).
 */
export function encodeSketch(s: Sketch): string {
  const words = new Uint32Array(s.sig);
  return `${s.n}:${Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('base64')}`;
}

/** Reads `encodeSketch`'s form, and the JSON of stores written before it (`{n, sig}` or the bare signature). */
export function decodeSketch(stored: string): Sketch {
  const c = stored.charCodeAt(0);
  if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
    const v = JSON.parse(stored) as Sketch | number[];
    return Array.isArray(v) ? { n: 0, sig: v } : v;
  }
  const colon = stored.indexOf(':');
  const bytes = Buffer.from(stored.slice(colon + 1), 'base64');
  const sig = new Array<number>(bytes.length >>> 2);
  for (let i = 0; i < sig.length; i++) sig[i] = bytes.readUInt32LE(i * 4);
  return { n: Number(stored.slice(0, colon)), sig };
}
