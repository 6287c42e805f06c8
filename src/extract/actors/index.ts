import type { StageFactory } from '../extraction.js';

/** Placeholder: the actors extractor is not built yet. */
export const actorsStage: StageFactory = () => () => ({});
