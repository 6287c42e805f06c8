import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ProfileSchema, type Profile } from './schema.js';

/** Folder of the profiles shipped with Parley. */
export const PROFILES_DIR = fileURLToPath(new URL('../../profiles/', import.meta.url));
export const DEFAULT_PROFILE = path.join(PROFILES_DIR, 'russia-ukraine-2025.yaml');

/** Thrown when a profile file cannot be read or does not validate; the message lists every problem. */
export class ProfileError extends Error {}

/** Formats zod issues as `path: message` lines. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/** Reads and validates a YAML or JSON profile. */
export function loadProfile(file: string = DEFAULT_PROFILE): Profile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ProfileError(`Cannot read profile "${file}": ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ProfileError(`Cannot parse profile "${file}": ${(e as Error).message}`);
  }
  const result = ProfileSchema.safeParse(data);
  if (!result.success) {
    throw new ProfileError(`Invalid profile "${file}":\n  ${formatIssues(result.error).join('\n  ')}`);
  }
  return result.data;
}
