import type { Transaction } from 'kysely';
import type { Extraction } from '../../extract/extraction.js';
import type { Database } from '../schema.js';

/** Rows per multi-row upsert: well under both engines' parameter limits. */
const CHUNK = 200;

type Row = Database['outlet_issue_days'];

/**
 * Adds a batch's new articles to `outlet_issue_days` (migration 018): per outlet, issue and publication
 * day, their positions, their statuses, and how many of them reported either. The write batch stores
 * each article once, so adding per-batch article counts keeps them exact. Articles without an outlet
 * are left out, as the coverage table leaves out their records.
 */
export async function addOutletIssueDays(trx: Transaction<Database>, xs: readonly Extraction[]): Promise<void> {
  const cells = new Map<string, Row>();
  for (const x of xs) {
    const outlet = x.doc.outlet;
    if (outlet == null) continue;
    const date = x.doc.published;
    const cell = (issue: string) => {
      const k = [outlet, issue, date].join('\u0000');
      return cells.get(k) ?? cells.set(k, { outlet, issue, date, positions: 0, statuses: 0, documents: 0 }).get(k)!;
    };
    for (const p of x.positions) cell(p.issue).positions++;
    for (const s of x.statuses) cell(s.issue).statuses++;
    for (const issue of new Set([...x.positions, ...x.statuses].map((r) => r.issue))) cell(issue).documents++;
  }
  const rows = [...cells.values()];
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('outlet_issue_days')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['outlet', 'issue', 'date']).doUpdateSet((eb) => ({
          positions: eb('outlet_issue_days.positions', '+', eb.ref('excluded.positions')),
          statuses: eb('outlet_issue_days.statuses', '+', eb.ref('excluded.statuses')),
          documents: eb('outlet_issue_days.documents', '+', eb.ref('excluded.documents')),
        })),
      )
      .execute();
}
