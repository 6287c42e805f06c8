import type { Span } from '../../core/span.js';

/** Row-to-API helpers: spans as objects, 0/1 as booleans, JSON columns parsed. */
export const spanOf = (start: number, end: number): Span => ({ start, end });

export const optionalSpan = (start: number | null, end: number | null): Span | null =>
  start === null || end === null ? null : { start, end };

/** Parses a JSON column written by the repositories; a damaged value reads as the fallback. */
export function parseJson<T>(value: string | null | undefined, fallback: T): T {
  if (!value) return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** Turns the count a driver returns (number, bigint or string) into a number. */
export const num = (v: unknown): number => Number(v ?? 0);
