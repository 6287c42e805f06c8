import type { StageFactory } from '../extraction.js';

/** Placeholder: the events extractor is not built yet. */
export const eventsStage: StageFactory = () => () => ({});
