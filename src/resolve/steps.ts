import type { CrossArticleStep } from './step.js';
import { createTimelineStep } from './timeline-step.js';

/**
 * The cross-article steps an ingest runs after storing documents, in this order (a later step may read
 * what an earlier one wrote), made fresh for each ingest: a step may remember what it read between that
 * ingest's transactions. Actors, stories and outlets are updated by the document repository itself;
 * steps add the rest. Register a step by adding it here.
 */
export const crossArticleSteps = (): CrossArticleStep[] => [createTimelineStep()];
