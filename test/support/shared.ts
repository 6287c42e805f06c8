import { hasShared } from '../../scripts/eval/datasets.js';

/** Tests that read ../shared skip with a reason when it is not beside the checkout. */
export const sharedSkip = hasShared() ? false : 'needs ../shared beside the checkout (the development data)';
