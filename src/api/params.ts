import { z } from 'zod';
import { isIsoDay } from '../core/dates.js';

/**
 * Building blocks for validating query strings at the edge. Every value arrives as a string; numbers
 * are accepted only when written as plain digits (so "1e3", "0x10" and "" are rejected, not coerced).
 */

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
/** Deep offsets are capped: past this, narrow the filters instead. */
export const MAX_OFFSET = 100_000;

export const int = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d{1,12}$/.test(v) ? Number(v) : v),
    z.number({ error: 'expected a whole number' }).int().min(min).max(max),
  );

export const day = z
  .string()
  .refine(isIsoDay, { error: 'expected a real day as YYYY-MM-DD' })
  .meta({ format: 'date', example: '2025-12-01' });

/** Ids of sides, issues, stances and statuses: lower-case slugs. */
export const slug = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected a lower-case id such as "security-guarantees"');

/** Free text with a length cap (outlet names, actor keys, record ids). */
export const text = (max = 200) => z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const page = {
  limit: int(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`page size, at most ${MAX_PAGE_SIZE}`),
  offset: int(0, MAX_OFFSET).default(0).describe(`rows to skip, at most ${MAX_OFFSET}`),
};

export const dateRange = {
  since: day.optional().describe('on or after this day'),
  until: day.optional().describe('on or before this day'),
};

export const filters = {
  ...dateRange,
  side: slug.optional().describe('a side id from the profile'),
  issue: slug.optional().describe('an issue id from the profile'),
  actor: text().optional().describe('an actor key'),
  outlet: text().optional().describe('an outlet name'),
};

export const stance = z.enum(['demand', 'propose', 'accept', 'reject']);
export const issueStatus = z.enum(['agreed', 'close', 'disputed', 'deferred']);
export const eventStatus = z.enum(['planned', 'held', 'cancelled']);
export const eventType = slug;
