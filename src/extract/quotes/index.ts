import type { StageFactory } from '../extraction.js';

/** Placeholder: the quotes extractor is not built yet. */
export const quotesStage: StageFactory = () => () => ({});
