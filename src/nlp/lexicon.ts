import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** Folder of the language lexicons shipped with Parley: `lexicons/<lang>/<section>.yaml`. */
export const LEXICONS_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/**
 * Cue words of one language, one YAML file per section (speech verbs, time words, noise patterns...).
 * Each extractor validates the section it reads with its own schema, so sections evolve independently.
 */
export class Lexicon {
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly language: string,
    private readonly raw: Record<string, unknown>,
  ) {}

  /** Loads every `*.yaml` file of `lexicons/<language>/`. */
  static load(language = 'en', dir = LEXICONS_DIR): Lexicon {
    const folder = path.join(dir, language);
    const raw: Record<string, unknown> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort()) {
      const where = path.join(folder, file);
      try {
        raw[file.replace(/\.yaml$/, '')] = parseYaml(readFileSync(where, 'utf8'));
      } catch (e) {
        throw new Error(`Cannot parse lexicon "${where}": ${(e as Error).message}`);
      }
    }
    return new Lexicon(language, raw);
  }

  /** The named section, validated (once) with `schema`. */
  section<T>(name: string, schema: z.ZodType<T>): T {
    if (!this.cache.has(name)) {
      const result = schema.safeParse(this.raw[name] ?? {});
      if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`Invalid lexicon section "${this.language}/${name}": ${problems}`);
      }
      this.cache.set(name, result.data);
    }
    return this.cache.get(name) as T;
  }
}
