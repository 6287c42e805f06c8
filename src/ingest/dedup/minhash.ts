/**
 * MinHash signatures over word shingles, for spotting syndicated copies and light rewrites of one story.
 * The estimate of Jaccard similarity between two texts is the share of equal signature slots.
 */

export const SIGNATURE_SIZE = 96;
/** Bands for locality-sensitive hashing: 24 bands of 4 rows find pairs above about 0.45 similarity. */
export const BANDS = 24;
const SHINGLE_WORDS = 5;
const PRIME = 4294967311; // > 2^32

/** Fixed seeds: signatures must be the same in every process and every version of the store. */
const SEEDS: Array<[number, number]> = (() => {
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [(next() % (PRIME - 1)) + 1, next() % PRIME] as [number, number]);
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

const INV_PRIME = 1 / PRIME;

/** v mod PRIME for 0 <= v < 2^52, exactly: a floating quotient can be one off, the two checks fix it. */
function modPrime(v: number): number {
  let r = v - Math.floor(v * INV_PRIME) * PRIME;
  if (r < 0) r += PRIME;
  else if (r >= PRIME) r -= PRIME;
  return r;
}

/** Seeds split for exact arithmetic in doubles: a = hi * 2^16 + lo. */
const SPLIT_SEEDS = SEEDS.map(([a, b]) => [Math.floor(a / 65536), a % 65536, b] as const);

/** FNV-1a of `words[from..to)` joined by single spaces, without building the string. */
function fnv1aWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1aWords(words, 0, words.length));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1aWords(words, i, i + SHINGLE_WORDS));
  return out;
}

/**
 * The minimum of (a * x + b) mod PRIME over the shingles x, per seed. Exact in doubles: with
 * x16 = x * 2^16 mod PRIME precomputed per shingle, a * x = hi * x16 + lo * x (mod PRIME), and every
 * term stays below 2^50. This loop is the hot path of ingest (96 seeds x ~500 shingles per article).
 */
export function signature(text: string): number[] {
  const sh = Float64Array.from(shingles(text));
  const sh16 = sh.map((x) => modPrime(x * 65536));
  return SPLIT_SEEDS.map(([hi, lo, b]) => {
    let min = PRIME;
    for (let i = 0; i < sh.length; i++) {
      const v = modPrime(hi * sh16[i]! + lo * sh[i]! + b);
      if (v < min) min = v;
    }
    return min;
  });
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}

/** Band keys of a signature: documents sharing any band key are candidate near-duplicates. */
export function bandKeys(sig: readonly number[]): string[] {
  const rows = Math.floor(sig.length / BANDS);
  return Array.from({ length: BANDS }, (_, b) => `${b}:${fnv1a(sig.slice(b * rows, (b + 1) * rows).join(','))}`);
}

/** Estimated similarity above which two documents are one story. */
export const SAME_STORY = 0.5;
