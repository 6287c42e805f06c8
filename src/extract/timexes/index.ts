import type { StageFactory } from '../extraction.js';

/** Placeholder: the timexes extractor is not built yet. */
export const timexesStage: StageFactory = () => () => ({});
