import type { StageFactory } from '../extraction.js';

/** Placeholder: the statuses extractor is not built yet. */
export const statusesStage: StageFactory = () => () => ({});
