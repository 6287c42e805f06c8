import type { Actor, Mention, Quote } from '../../src/core/records.js';
import type { StageFactory } from '../../src/extract/extraction.js';
import { createPipeline, type Pipeline } from '../../src/extract/pipeline.js';

/**
 * Deliberately simple stages for storage tests: they give every table real rows whatever the state of
 * the real extractors. Actors: the profile's people named in full; quotes: text between curly quotes.
 */
const toyActors: StageFactory = (env) => {
  const people = env.profile.actors.filter((a) => a.kind === 'person');
  return (x) => {
    const actors: Actor[] = [];
    const mentions: Mention[] = [];
    for (const p of people) {
      const key = p.id ?? p.name.toLowerCase().replace(/[^a-z]+/g, '-');
      let at = x.doc.text.indexOf(p.name);
      if (at < 0) continue;
      const span = { start: at, end: at + p.name.length };
      actors.push({ key, name: p.name, kind: 'person', side: p.side, aliases: [p.name], known: true, sideBasis: 'stated', rule: 'toy/name', span, text: p.name });
      while (at >= 0) {
        mentions.push({ actor: key, form: 'name', span: { start: at, end: at + p.name.length }, text: p.name, rule: 'toy/name' });
        at = x.doc.text.indexOf(p.name, at + 1);
      }
    }
    return { actors, mentions };
  };
};

const toyQuotes: StageFactory = () => (x) => {
  const quotes: Quote[] = [];
  for (const m of x.doc.text.matchAll(/“([^”]{1,500})”/g)) {
    const start = m.index! + 1;
    quotes.push({ span: { start, end: start + m[1]!.length }, text: m[1]!, rule: 'toy/quote', speaker: null, speakerKey: null, partial: false });
  }
  return { quotes };
};

let shared: Pipeline | undefined;

export function toyPipeline(): Pipeline {
  shared ??= createPipeline({ stages: [toyActors, toyQuotes] });
  return shared;
}
