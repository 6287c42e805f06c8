import type { Actor, Mention } from '../../core/records.js';
import type { Token } from './tokens.js';
import type { Resolved } from './coref.js';

/** Mention forms that refer back and never put an actor in the list by themselves. */
const REFERRING = new Set(['mention/pronoun', 'mention/generic-role', 'mention/generic-media']);

/**
 * Builds the records: one Mention per resolved mention, and one Actor per identity with at least one
 * mention that names it (not only pronouns or "the president"), in order of first mention.
 */
export function assemble(text: string, tokens: readonly Token[], resolved: readonly Resolved[]): { actors: Actor[]; mentions: Mention[] } {
  const sorted = [...resolved].sort((a, b) => a.start - b.start || b.end - a.end);
  const named = new Set(sorted.filter((m) => !REFERRING.has(m.rule)).map((m) => m.id.key));
  const mentions: Mention[] = [];
  const actors = new Map<string, Actor>();
  let lastEnd = -1;
  for (const m of sorted) {
    if (!named.has(m.id.key) || m.start < lastEnd) continue;
    lastEnd = m.end;
    const start = tokens[m.start]!.start;
    const end = tokens[m.end - 1]!.end;
    const t = text.slice(start, end);
    mentions.push({ span: { start, end }, text: t, rule: m.rule, actor: m.id.key, form: m.form });
    const id = m.id;
    let actor = actors.get(id.key);
    if (!actor) {
      actor = {
        key: id.key,
        name: id.name,
        kind: id.kind,
        side: id.side,
        aliases: [],
        known: id.known,
        sideBasis: id.sideBasis,
        ...(id.role && { role: id.role }),
        rule: id.rule,
        span: { start, end },
        text: t,
      };
      actors.set(id.key, actor);
    }
    if (m.form !== 'pronoun' && !actor.aliases.includes(t)) actor.aliases.push(t);
  }
  return { actors: [...actors.values()], mentions };
}
