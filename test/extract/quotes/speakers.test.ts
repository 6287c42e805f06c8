import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../../src/core/records.js';
import { article, pipeline } from '../../support/pipeline.js';

const quotes = (body: string) => {
  const x = pipeline().extract(article(body));
  for (const q of x.quotes) {
    assert.equal(q.text, x.doc.text.slice(q.span.start, q.span.end), 'quote text is its span');
    if (q.speakerSpan) assert.equal(q.speakerText, x.doc.text.slice(q.speakerSpan.start, q.speakerSpan.end), 'speaker text is its span');
    if (q.cueSpan) assert.equal(q.cue, x.doc.text.slice(q.cueSpan.start, q.cueSpan.end), 'cue is its span');
  }
  return x.quotes;
};
const one = (body: string): Quote => {
  const qs = quotes(body);
  assert.equal(qs.length, 1, `expected one quote in ${JSON.stringify(body)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0]!;
};

test('“...,” X said: the speaker after the quote, with its mention and cue', () => {
  const q = one('“We are not going to give away our land,” Mr Zelensky told reporters in Kyiv.');
  assert.equal(q.text, 'We are not going to give away our land,');
  assert.equal(q.speaker, 'Volodymyr Zelensky');
  assert.equal(q.speakerText, 'Mr Zelensky');
  assert.equal(q.cue, 'told');
  assert.equal(q.rule, 'speaker/said-after');
  assert.equal(q.speakerBasis, 'stated');
  assert.equal(q.partial, false);
});

test('“...,” said X, with an appositive after the name', () => {
  const q = one('“The hospital has no power and no water,” said Maria Kovalenko, a surgeon at the regional hospital.');
  assert.equal(q.speaker, 'Maria Kovalenko');
  assert.equal(q.rule, 'speaker/said-after');
});

test('X, an appositive, said: the name before the appositive', () => {
  const q = one('Hugh Hill, a doctor who treated the wounded, said: “Nobody here has slept for three days.”');
  assert.equal(q.speaker, 'Hugh Hill');
  assert.equal(q.speakerText, 'Hugh Hill');
  assert.equal(q.rule, 'speaker/said-before');
});

test('titles are stripped from the canonical name; the profile gives the full name', () => {
  assert.equal(one('“The meeting was useful,” Kremlin spokesperson Dmitry Peskov said.').speaker, 'Dmitry Peskov');
  assert.equal(one('“The meeting was useful,” Peskov said.').speaker, 'Dmitry Peskov');
  assert.equal(one('“Our allies have to decide soon,” European Council President Antonio Brandt said.').speaker, 'Antonio Brandt');
});

test('X said in a statement on Telegram: “...”', () => {
  const q = one('Andrii Sybiha said in a statement on Telegram: “Russia must stop the strikes before any talks.”');
  assert.equal(q.speaker, 'Andrii Sybiha');
  assert.equal(q.cue, 'said');
  assert.equal(q.rule, 'speaker/said-before');
});

test('according to X, and X: “...” with no verb', () => {
  assert.equal(one('According to Axios, “the two sides narrowed their differences on guarantees.”').speaker, 'Axios');
  assert.equal(one('According to Axios, “the two sides narrowed their differences on guarantees.”').rule, 'speaker/according-to');
  const q = one('Zelensky on X: “A good and substantive meeting with the American team.”');
  assert.equal(q.speaker, 'Volodymyr Zelensky');
  assert.equal(q.rule, 'speaker/colon');
});

test('a quotation signed with a dash', () => {
  const q = one('“We just want the war to end and our sons to come home.” ― Olena Marchenko');
  assert.equal(q.speaker, 'Olena Marchenko');
  assert.equal(q.rule, 'speaker/dash');
});

test('the next quote of the same speaker: continued in the sentence after', () => {
  const qs = quotes('“He doesn’t want any more meetings,” Ms Leavitt said. “He wants results.”');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker, q.rule]), [
    ['He doesn’t want any more meetings,', 'Karoline Leavitt', 'speaker/said-after'],
    ['He wants results.', 'Karoline Leavitt', 'speaker/continued'],
  ]);
  assert.equal(qs[1]!.speakerBasis, 'inferred');
});

test('a pronoun resolves to the speaker before it', () => {
  const qs = quotes('“Everything depends on Moscow now,” Mr Umerov said.\n\nThe talks lasted six hours.\n\n“We need a few more days,” he added.');
  assert.equal(qs[1]!.speaker, 'Rustem Umerov');
  assert.equal(qs[1]!.speakerText, 'he');
  assert.equal(qs[1]!.rule, 'speaker/coref');
  assert.equal(qs[1]!.speakerBasis, 'inferred');
});

test('a role description resolves through the profile; an organisation speaks too', () => {
  const q = one('“We will not sign a bad deal,” the Ukrainian leader said on Monday.');
  assert.equal(q.speaker, 'Volodymyr Zelensky');
  assert.equal(q.speakerText, 'the Ukrainian leader');
  assert.equal(q.speakerBasis, 'inferred');
  assert.equal(one('“The call was productive and positive,” the White House said.').speaker, 'White House');
});

test('the speaker named in the sentence before a quotation paragraph', () => {
  const qs = quotes('Chris Dalton, who chairs the committee, released the following statement:\n\n“The vote was a mistake.”\n\n“We will appeal.”');
  assert.deepEqual(qs.map((q) => [q.speaker, q.rule]), [
    ['Chris Dalton', 'speaker/previous'],
    ['Chris Dalton', 'speaker/continued'],
  ]);
});

test('a surname finds the full name written earlier in the article', () => {
  const qs = quotes('Chris Matthews praised the debate.\n\n“He looked like a grown-up on that stage,” Matthews said.');
  assert.equal(qs[0]!.speaker, 'Chris Matthews');
  assert.equal(qs[0]!.speakerText, 'Matthews');
});

test('unnamed sources and unattributed quotes have no speaker', () => {
  const unnamed = one('“There is no agreement on the territory yet,” a senior official said.');
  assert.equal(unnamed.speaker, null);
  assert.equal(unnamed.speakerText, 'a senior official');
  const none = one('The talks went on.\n\n“Nothing is agreed until everything is agreed.”');
  assert.equal(none.speaker, null);
  assert.equal(none.rule, 'speaker/none');
});

test('a partial quote inside reported speech', () => {
  const q = one('Zelensky said the talks with the American envoys were “long and substantive” and would go on.');
  assert.equal(q.text, 'long and substantive');
  assert.equal(q.partial, true);
  assert.equal(q.speaker, 'Volodymyr Zelensky');
});

test('a quote over several sentences is one quote', () => {
  const q = one('“The format is complex. But it is fair. We will keep working,” Zelensky said.');
  assert.equal(q.text, 'The format is complex. But it is fair. We will keep working,');
  assert.equal(q.speaker, 'Volodymyr Zelensky');
});

test('scare quotes, titles and single words are not quotes', () => {
  assert.deepEqual(quotes('US negotiators proposed a “free economic zone” in the Donbas region.'), []);
  assert.deepEqual(quotes('The so-called “coalition of the willing” met in Paris on Tuesday.'), []);
  assert.deepEqual(quotes('Trump once wrote “The Art of the Deal” about negotiating.'), []);
  assert.deepEqual(quotes('Axios described the exchange as “difficult.”'), []);
});

test('“quoted X as saying”: the one quoted speaks, not the agency', () => {
  const q = one('Interfax quoted Peskov as saying: “The talks will resume next week in Abu Dhabi.”');
  assert.equal(q.speaker, 'Dmitry Peskov');
  assert.equal(one('“Nothing has been agreed on the key points,” TASS quoted Ryabkov as saying.').speaker, 'Sergei Ryabkov');
});

test('a pronoun skips a speaker of the other gender', () => {
  const qs = quotes('Maria Kovalenko said the hospital had no power. Oleksandr Petrenko, the mayor, said repairs would take weeks. “We are running out of fuel,” she added.');
  assert.equal(qs[0]!.speaker, 'Maria Kovalenko');
  assert.equal(qs[0]!.rule, 'speaker/coref');
});

test('a quotation that ends its sentence keeps the speaker before it, not the next sentence’s', () => {
  const qs = quotes('Zelensky said the talks were “long and substantive.” Ushakov said they had been useful. Putin said: “The conditions have not changed.” Mr Trump, asked about it, said: “We will see.”');
  assert.deepEqual(qs.map((q) => q.speaker), ['Volodymyr Zelensky', 'Vladimir Putin', 'Donald Trump']);
  assert.deepEqual(quotes('“Is the war over?” Mr Trump asked.').map((q) => [q.speaker, q.rule]), [['Donald Trump', 'speaker/said-after']]);
});

test('according to a document names its author', () => {
  assert.equal(one('According to a statement from the Kremlin, “the presidents agreed to keep in touch.”').speaker, 'Kremlin');
});

test('a pronoun takes the person who opened a sentence since the last speaker, not that speaker', () => {
  const qs = quotes(
    'Donald Trump said the sides were “95 per cent” of the way there.\n\nMr Zelensky went further. The guarantees, he told reporters, were “100 per cent agreed”.\n\nMr Trump was more cautious. He said there were still “one or two very thorny issues”.',
  );
  assert.deepEqual(qs.map((q) => q.speaker), ['Donald Trump', 'Volodymyr Zelensky', 'Donald Trump']);
});

test('a headline colon after "Name after/with ...": the leading name speaks; "a lesson from Name:" the last', () => {
  assert.equal(one('Zelenskyy after call with Witkoff and Kushner: “We are not forgetting about the guarantees”').speaker, 'Volodymyr Zelensky');
  assert.equal(one('A warning from Steve Witkoff: “There is still a lot of work to do”').speaker, 'Steve Witkoff');
});

test('"the U.S. official" names no one: the quote has no speaker, not the United States', () => {
  const q = one('"Nobody walked out, nobody shouted, and everyone wants to come back," the U.S. official told reporters.');
  assert.equal(q.speaker, null);
});
