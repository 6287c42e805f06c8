import type { Profile } from '../../profile/schema.js';
import { phraseFinder, type PhraseFinder } from './phrases.js';

/** Finds the profile's issue cue words ("Donbas", "security guarantees") in a stretch of text. */
export const issueFinder = (profile: Profile): PhraseFinder<string> =>
  phraseFinder(profile.issues.flatMap((issue) => issue.cues.map((cue) => [cue, issue.id] as const)));
