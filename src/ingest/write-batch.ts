import type { RawArticle } from '../core/article.js';
import type { Profile } from '../profile/schema.js';
import type { CrossArticleStep } from '../resolve/step.js';
import type { Store } from '../store/connect.js';
import { saveDocuments, type SaveInput, type SaveResult } from '../store/repositories/documents.js';
import { isDataError } from '../store/retry.js';
import { problem, type InputProblem } from './problem.js';

export interface BatchItem {
  article: RawArticle;
  input: SaveInput;
}

/** Stores documents and runs the cross-article steps on the ones added, all in one write transaction. */
const saveAll = (store: Store, items: readonly BatchItem[], context: BatchContext): Promise<SaveResult[]> =>
  store.write(async (trx) => {
    const saved = await saveDocuments(trx, items.map((i) => i.input));
    const documentIds = saved.flatMap((r) => (r.status === 'added' ? [r.id] : []));
    if (documentIds.length)
      for (const step of context.steps) {
        try {
          await step.afterStore({ trx, documentIds, profile: context.profile });
        } catch (e) {
          if (isDataError(e)) throw e;
          throw new StepError(step.name, e as Error);
        }
      }
    return saved;
  });

/** A cross-article step failed on what a batch holds: like a data error, it is narrowed down to one document. */
class StepError extends Error {
  constructor(step: string, cause: Error) {
    super(`${step}: ${cause.message}`, { cause });
  }
}

const isolatable = (e: unknown) => isDataError(e) || e instanceof StepError;

export interface BatchContext {
  steps: readonly CrossArticleStep[];
  profile: Profile;
}

/**
 * Writes one batch, all or nothing; one result per item, in order. When the database refuses the batch
 * for one document's data (a value or constraint error) or a cross-article step fails on it, the documents
 * are stored one by one so only that one is reported (as a problem) and the rest are kept. Other errors
 * (connection, disk) are thrown.
 */
export async function writeBatch(store: Store, items: readonly BatchItem[], context: BatchContext): Promise<Array<SaveResult | InputProblem>> {
  try {
    return await saveAll(store, items, context);
  } catch (e) {
    if (!isolatable(e) || items.length === 1) {
      if (isolatable(e)) return [problem(items[0]!.article.source, `cannot store: ${(e as Error).message}`)];
      throw e;
    }
  }
  const results: Array<SaveResult | InputProblem> = [];
  for (const item of items) results.push(...(await writeBatch(store, [item], context)));
  return results;
}
