import type { TimeWords } from './words.js';

/** A count written in digits or words: a number, or 'X' for a vague one ("several", "a few"). */
export type Quantity = number | 'X';

/** Regex source (no groups) for a count: digits, up to three number words ("twenty-four"), or a vague word. */
export function quantitySource(w: TimeWords): string {
  const n = `(?:${w.alt.number})`;
  return `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${n}(?:[\\s-]+${n}){0,2}|${w.alt.vague})`;
}

/**
 * Reads a count matched by `quantitySource`: parseQuantity('twenty-four', w) === 24,
 * parseQuantity('a few', w) === 'X', parseQuantity('1,000', w) === 1000.
 */
export function parseQuantity(text: string, w: TimeWords): Quantity | null {
  const t = text.toLowerCase().trim().replace(/\s+/g, ' ');
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

/** TimeML duration value: duration(4, 'Y') === 'P4Y', duration(5, 'H', true) === 'PT5H', duration('X', 'Y') === 'PXY'. */
export function duration(n: Quantity, code: string, time = false): string {
  const amount = n === 'X' ? 'X' : String(Math.round(n * 1000) / 1000);
  return `P${time ? 'T' : ''}${amount}${code}`;
}
