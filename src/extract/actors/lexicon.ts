import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';

const words = z.array(z.string().min(1)).default([]);

/** Schema of `lexicons/<lang>/actors.yaml`. */
export const ActorsLexiconSchema = z.object({
  honorifics: z.object({ male: words, female: words, neutral: words }).default({ male: [], female: [], neutral: [] }),
  titleWords: words,
  titleConnectors: words,
  roleNouns: words,
  bylineRoles: words,
  groupNouns: words,
  descriptiveHeads: words,
  platforms: words,
  pronouns: z.object({ male: words, female: words }).default({ male: [], female: [] }),
  genericDescriptions: z
    .array(z.object({ phrase: z.string().min(1), role: z.string().optional(), media: z.boolean().optional() }))
    .default([]),
  orgHeads: words,
  mediaHeads: words,
  mediaNouns: words,
  mediaCues: z.object({ before: words, after: words }).default({ before: [], after: [] }),
  speechVerbs: words,
  placePrepositions: words,
  motionWords: words,
  placeFollowers: words,
  placeVerbs: words,
  notNames: words,
  nameTails: words.default([]),
  creditMarkers: words,
  nameExtenders: words,
  placeWords: words,
  places: words,
  groupAdjectives: words,
  nameSuffixes: words,
  firstNames: z.object({ male: words, female: words }).default({ male: [], female: [] }),
});
export type ActorsLexiconData = z.infer<typeof ActorsLexiconSchema>;

export type Gender = 'male' | 'female';

/** The actors word lists as lookup sets, built once per pipeline. Keys are lower-case unless noted. */
export interface ActorWords {
  data: ActorsLexiconData;
  honorific: Map<string, Gender | null>;
  titleWord: Set<string>;
  titleConnector: Set<string>;
  roleNoun: Set<string>;
  bylineRole: Set<string>;
  /** Case-sensitive: "Post" is a head, "post" is not. */
  orgHead: Set<string>;
  mediaHead: Set<string>;
  speechVerb: Set<string>;
  placePreposition: Set<string>;
  motionWord: Set<string>;
  placeFollower: Set<string>;
  placeVerb: Set<string>;
  /** Case-sensitive. */
  notName: Set<string>;
  /** Case-sensitive: not-names that may end a name after another capitalised word ("USA Today"). */
  nameTail: Set<string>;
  /** Case-sensitive. */
  placeName: Set<string>;
  /** Case-sensitive. */
  groupAdjective: Set<string>;
  /** Case-sensitive. */
  nameSuffix: Set<string>;
  placeWord: Set<string>;
  /** Case-sensitive. */
  nameExtender: Set<string>;
  pronoun: Map<string, Gender>;
  /** Case-sensitive first names; null when used for both genders. */
  firstName: Map<string, Gender | null>;
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export function actorWords(lexicon: Lexicon): ActorWords {
  const data = lexicon.section('actors', ActorsLexiconSchema);
  const honorific = new Map<string, Gender | null>();
  for (const h of data.honorifics.male) honorific.set(h.toLowerCase(), 'male');
  for (const h of data.honorifics.female) honorific.set(h.toLowerCase(), 'female');
  for (const h of data.honorifics.neutral) honorific.set(h.toLowerCase(), null);
  const pronoun = new Map<string, Gender>();
  for (const p of data.pronouns.male) pronoun.set(p.toLowerCase(), 'male');
  for (const p of data.pronouns.female) pronoun.set(p.toLowerCase(), 'female');
  const firstName = new Map<string, Gender | null>();
  for (const n of data.firstNames.male) firstName.set(n, 'male');
  for (const n of data.firstNames.female) firstName.set(n, firstName.has(n) ? null : 'female');
  return {
    data,
    honorific,
    titleWord: lower(data.titleWords),
    titleConnector: lower(data.titleConnectors),
    roleNoun: lower(data.roleNouns),
    bylineRole: lower(data.bylineRoles),
    orgHead: new Set(data.orgHeads),
    mediaHead: new Set(data.mediaHeads),
    speechVerb: lower(data.speechVerbs),
    placePreposition: lower(data.placePrepositions),
    motionWord: lower(data.motionWords),
    placeFollower: lower(data.placeFollowers),
    placeVerb: lower(data.placeVerbs),
    notName: new Set(data.notNames),
    nameTail: new Set(data.nameTails),
    placeName: new Set(data.places),
    groupAdjective: new Set(data.groupAdjectives),
    nameSuffix: new Set(data.nameSuffixes),
    placeWord: new Set(data.placeWords),
    nameExtender: new Set(data.nameExtenders),
    pronoun,
    firstName,
  };
}
