import type { RawArticle } from '../src/core/article.js';

export interface LibrarySpeed {
  name: string;
  /** Articles per CPU second, or null when the library is not installed. */
  perCore: number | null;
  note: string;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function time(articles: readonly RawArticle[], fn: (a: RawArticle) => unknown): number {
  for (const a of articles.slice(0, 50)) fn(a);
  const c0 = cpuMs();
  for (const a of articles) fn(a);
  return articles.length / (Math.max(cpuMs() - c0, 1e-6) / 1000);
}

/**
 * The plain libraries Parley builds on, run alone on the same articles, for comparison: chrono-node's
 * date parser, compromise's people() (a devDependency, optional) and wink-nlp's tokenizer, sentences
 * and entities.
 */
export async function measureLibraries(articles: readonly RawArticle[]): Promise<LibrarySpeed[]> {
  const out: LibrarySpeed[] = [];
  const chrono = await import('chrono-node');
  out.push({ name: 'chrono-node parse()', perCore: time(articles, (a) => chrono.parse(a.body, new Date(`${a.published}T12:00:00Z`))), note: 'dates only' });
  try {
    const mod = (await import('compromise' as string)) as { default: (t: string) => { people(): { out(f: string): unknown } } };
    out.push({ name: 'compromise people()', perCore: time(articles, (a) => mod.default(a.body).people().out('array')), note: 'person names only' });
  } catch {
    out.push({ name: 'compromise people()', perCore: null, note: 'not installed (npm install --save-dev compromise)' });
  }
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  out.push({
    name: 'wink-nlp readDoc()',
    perCore: time(articles, (a) => {
      const doc = nlp.readDoc(a.body);
      doc.sentences().out();
      doc.entities().out(its.detail);
    }),
    note: 'tokens, sentences, entities (dates, numbers)',
  });
  return out;
}
