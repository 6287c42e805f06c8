import type { SentenceReading } from '../reading/read.js';
import type { DocState } from './sentence.js';
import { ownerOf, type Holder, type HolderContext } from './holder.js';
import { extend } from '../../core/extend.js';

const SKIP = /^(?:also|reportedly|would|still|now|further|explicitly|apparently|itself|already|only|merely|effectively|then|initially|originally|reportedly|,)$/;

/**
 * When the subject of a verb like "calls for" or "provided for" is a plan or draft, the plan's owner proposes
 * what follows: the owner named with it ("His plan", "the US draft"), else the last side that put one forward.
 * Returns undefined when the subject is not a document, null when its owner is unknown.
 */
export function documentSubject(
  r: SentenceReading,
  ti: number,
  documents: Set<string>,
  holders: HolderContext,
  state: DocState,
): Holder | null | undefined {
  const owner = state.plan.owner ?? state.lastDocumentOwner ?? state.lastProposer;
  const last = (): Holder | null => (owner ? { agents: [owner], basis: 'document' } : null);
  let participle = false;
  for (let k = ti - 1; k >= 0 && k >= ti - 8; k--) {
    const w = r.tokens[k]!.lower;
    if (r.clauses.asides.has(r.clauses.of[k]!) || SKIP.test(w)) continue;
    if (w === 'it' || w === 'this' || w === 'which') return last();
    // "One option outlined would require": one participle between the document and its verb.
    if (!participle && /ed$/.test(w)) {
      participle = true;
      continue;
    }
    if (!documents.has(w)) return undefined;
    const owner = ownerOf(r, k, k, holders);
    return owner && typeof owner === 'object' ? extend(owner, { basis: 'document' }) : last();
  }
  return undefined;
}
