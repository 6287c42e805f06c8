import type { CrossArticleStep } from './step.js';
import { timelineStep } from './timeline-step.js';

/**
 * The cross-article steps every ingest runs after storing documents, in this order (a later step may
 * read what an earlier one wrote). Actors, stories and outlets are updated by the document repository
 * itself; steps add the rest. Register a step by adding it here.
 */
export const CROSS_ARTICLE_STEPS: readonly CrossArticleStep[] = Object.freeze([timelineStep]);
