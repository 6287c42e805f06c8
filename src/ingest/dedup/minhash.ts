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

/** (a * x + b) mod p without losing precision past 2^53. */
function universal(a: number, b: number, x: number): number {
  const hi = Math.floor(a / 65536);
  const lo = a % 65536;
  return (((((hi * x) % PRIME) * 65536) % PRIME) + ((lo * x) % PRIME) + b) % PRIME;
}

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function signature(text: string): number[] {
  const sh = [...shingles(text)];
  return SEEDS.map(([a, b]) => {
    let min = PRIME;
    for (const x of sh) {
      const v = universal(a, b, x);
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
