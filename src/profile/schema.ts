import { z } from 'zod';

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. "united-states"');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const words = z.array(z.string().min(1)).default([]);

export const SideSchema = z.object({
  id: slug,
  name: z.string().min(1),
  /** Adjectives and plural nouns for the side ("Ukrainian", "the Ukrainians"): used for descriptions and groups. */
  demonyms: words,
});

/** A government acting as one organisation; its metonyms ("Kyiv", "the Kremlin" is separate) resolve to it. */
export const GovernmentSchema = z.object({
  name: z.string().min(1),
  side: slug,
  /** Country and capital names, and group phrases, that act as the government ("Kyiv has refused"). */
  metonyms: words,
  /** Adjectives that form groups standing for the government ("Ukrainian officials", "the Russian side"). */
  demonyms: words,
});

export const RoleSchema = z.object({
  title: z.string().min(1),
  /** Descriptions that refer to the holder while in the role ("the Ukrainian leader"). */
  descriptions: words,
  from: isoDay.optional(),
  until: isoDay.optional(),
  side: slug.optional(),
});

export const ActorSchema = z.object({
  id: slug.optional(),
  name: z.string().min(1),
  kind: z.enum(['person', 'organization']),
  side: slug,
  /** Spelling variants, short names and acronyms ("Zelenskiy", "Zelenskyy", "Vladimir Zelensky", "NATO"). */
  aliases: words,
  roles: z.array(RoleSchema).default([]),
  /** A news organisation: an actor when cited as a source, never when it is the byline or credit. */
  media: z.boolean().default(false),
  /** A person's grammatical gender, for resolving "he" and "she". */
  gender: z.enum(['male', 'female']).optional(),
  /**
   * A body whose name inside someone's title still counts as a mention of it ("Kremlin spokesperson
   * Dmitry Peskov" mentions the Kremlin); other bodies in titles ("NSDC Secretary Rustem Umerov") do not.
   */
  titleMentions: z.boolean().optional(),
});

export const IssueSchema = z.object({
  id: slug,
  name: z.string().min(1),
  /** Words and phrases that put a sentence on this issue (case-insensitive, whole words). */
  cues: z.array(z.string().min(1)).min(1),
});

export const PlaceSchema = z.object({
  name: z.string().min(1),
  aliases: words,
  /** The place this one is part of (Hallandale Beach -> Florida). */
  within: z.string().optional(),
});

export const ProfileSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    language: z.string().default('en'),
    description: z.string().optional(),
    sides: z.array(SideSchema).min(2),
    governments: z.array(GovernmentSchema).default([]),
    issues: z.array(IssueSchema).min(1),
    actors: z.array(ActorSchema).default([]),
    places: z.array(PlaceSchema).default([]),
  })
  .superRefine((p, ctx) => {
    const sides = new Set(p.sides.map((s) => s.id));
    sides.add('other');
    const checkSide = (side: string | undefined, path: (string | number)[]) => {
      if (side !== undefined && !sides.has(side))
        ctx.addIssue({ code: 'custom', path, message: `unknown side "${side}" (sides: ${[...sides].join(', ')})` });
    };
    p.governments.forEach((g, i) => checkSide(g.side, ['governments', i, 'side']));
    p.actors.forEach((a, i) => {
      checkSide(a.side, ['actors', i, 'side']);
      a.roles.forEach((r, j) => checkSide(r.side, ['actors', i, 'roles', j, 'side']));
    });
    const seen = new Map<string, string>();
    p.actors.forEach((a, i) => {
      for (const n of [a.name, ...a.aliases]) {
        const k = n.toLowerCase();
        const prev = seen.get(k);
        if (prev && prev !== a.name)
          ctx.addIssue({ code: 'custom', path: ['actors', i], message: `"${n}" names both "${prev}" and "${a.name}"` });
        seen.set(k, a.name);
      }
    });
    const issues = new Set<string>();
    p.issues.forEach((s, i) => {
      if (issues.has(s.id)) ctx.addIssue({ code: 'custom', path: ['issues', i, 'id'], message: `duplicate issue "${s.id}"` });
      issues.add(s.id);
    });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileActor = z.infer<typeof ActorSchema>;
export type ProfileGovernment = z.infer<typeof GovernmentSchema>;
export type ProfileIssue = z.infer<typeof IssueSchema>;
export type ProfilePlace = z.infer<typeof PlaceSchema>;
