import type { Transaction } from 'kysely';
import { isoWeek } from '../../core/dates.js';
import type { Extraction } from '../../extract/extraction.js';
import type { Database } from '../schema.js';
import { addOutletIssueDays } from './outlet-issue-days.js';

/** Rows per multi-row upsert: well under both engines' parameter limits. */
const CHUNK = 200;

/**
 * Adds a batch's positions and statuses to the per-day counts the matrix reads (`position_days`,
 * `status_days`): the matrix then costs the number of days and cells, not the number of articles.
 * A record's day is its article's publication day, as in `positions` and `statuses`. Also adds them to the
 * per-outlet days the coverage table reads (`outlet_issue_days`).
 */
export async function addDailyCounts(trx: Transaction<Database>, xs: readonly Extraction[]): Promise<void> {
  const positions = new Map<string, { side: string; issue: string; stance: string; date: string; week: string; n: number }>();
  const statuses = new Map<string, { issue: string; status: string; claimed_by: string; date: string; week: string; n: number }>();
  const weeks = new Map<string, string>();
  for (const x of xs) {
    const date = x.doc.published;
    const week = weeks.get(date) ?? weeks.set(date, isoWeek(date)).get(date)!;
    for (const p of x.positions) {
      const k = [p.side, p.issue, p.stance, date].join('\u0000');
      const row = positions.get(k) ?? positions.set(k, { side: p.side, issue: p.issue, stance: p.stance, date, week, n: 0 }).get(k)!;
      row.n++;
    }
    for (const s of x.statuses) {
      // No claimant is stored as '' so that the key has no NULL (NULLs never conflict).
      const claimed = s.claimedBy ?? '';
      const k = [s.issue, s.status, claimed, date].join('\u0000');
      const row = statuses.get(k) ?? statuses.set(k, { issue: s.issue, status: s.status, claimed_by: claimed, date, week, n: 0 }).get(k)!;
      row.n++;
    }
  }
  const p = [...positions.values()];
  for (let i = 0; i < p.length; i += CHUNK)
    await trx
      .insertInto('position_days')
      .values(p.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['side', 'issue', 'stance', 'date']).doUpdateSet((eb) => ({ n: eb('position_days.n', '+', eb.ref('excluded.n')) })))
      .execute();
  const s = [...statuses.values()];
  for (let i = 0; i < s.length; i += CHUNK)
    await trx
      .insertInto('status_days')
      .values(s.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['issue', 'status', 'claimed_by', 'date']).doUpdateSet((eb) => ({ n: eb('status_days.n', '+', eb.ref('excluded.n')) })))
      .execute();
  await addOutletIssueDays(trx, xs);
}
