import type { StageFactory } from '../extraction.js';

/** Placeholder: the positions extractor is not built yet. */
export const positionsStage: StageFactory = () => () => ({});
