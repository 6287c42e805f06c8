import type { TimeWords } from './words.js';

/** A count written in digits or words: a number, or 'X' for a vague one ("several", "a few"). */
export type Quantity = number | 'X';

/** Regex source (no groups) for a count: digits, up to three number words ("twenty-four"), or a vague word. */
export function quantitySource(w: TimeWords): string {
  const n = `(?:${w.alt.numberWord})`;
  return `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1\\/2|½)?|${n}(?:[\\s-]+${n}){0,2}|${w.alt.vague}|${w.alt.number})`;
}

/**
 * Reads a count matched by `quantitySource`: parseQuantity('twenty-four', w) === 24,
 * parseQuantity('a few', w) === 'X', parseQuantity('1,000', w) === 1000.
 */
export function parseQuantity(text: string, w: TimeWords): Quantity | null {
  const t = text.toLowerCase().trim().replace(/\s+/g, ' ');
  const half = /^([\d,.]+)(?:\s+1\/2|½)$/.exec(t);
  if (half) return Number(half[1]!.replace(/,/g, '')) + 0.5;
  if (/^[\d,.]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (w.vague.has(t)) return 'X';
  const whole = w.number.get(t);
  if (whole !== undefined) return whole;
  let total = 0;
  for (const part of t.split(/[\s-]+/)) {
    const v = w.number.get(part);
    if (v === undefined) return null;
    total = v === 100 ? (total || 1) * 100 : total + v;
  }
  return total;
}

/** The next smaller unit for writing a fraction: 2.5 years is P2Y6M, 5.5 hours PT5H30M. */
const SMALLER: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], D: ['H', 24, true], H: ['M', 60, true], M: ['S', 60, true] };

/**
 * TimeML duration value: duration(4, 'Y') === 'P4Y', duration(5, 'H', true) === 'PT5H', duration('X', 'Y') === 'PXY',
 * duration(2.5, 'Y') === 'P2Y6M'.
 */
export function duration(n: Quantity, code: string, time = false): string {
  if (n === 'X') return `P${time ? 'T' : ''}X${code}`;
  const whole = Math.floor(n);
  const rest = n - whole;
  const smaller = time || code !== 'M' ? SMALLER[code] : undefined;
  if (rest > 0 && smaller && Number.isInteger(rest * smaller[1])) {
    const [unit, factor, isTime] = smaller;
    const head = whole ? `${whole}${code}` : '';
    const tail = `${rest * factor}${unit}`;
    if (time) return `PT${head}${tail}`;
    return isTime ? `P${head}T${tail}` : `P${head}${tail}`;
  }
  return `P${time ? 'T' : ''}${Math.round(n * 1000) / 1000}${code}`;
}
