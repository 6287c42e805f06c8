import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Position } from '../../../src/core/records.js';
import { article, pipeline } from '../../support/pipeline.js';

const extract = (body: string) => pipeline().extract(article(body));
const triples = (ps: Position[]) => ps.map((p) => `${p.side} ${p.issue} ${p.stance}`).sort();

/** Every position carries its evidence: the sentence, its offsets and the rule that made it. */
function checkEvidence(body: string) {
  const x = extract(body);
  for (const p of x.positions) {
    assert.equal(p.text, x.doc.text.slice(p.span.start, p.span.end));
    assert.match(p.rule, /^position\/[a-z-]+$/);
    assert.ok(p.summary.length > 0);
  }
  return x;
}

test('a government named as the subject holds the stance of its verb', () => {
  const x = checkEvidence('Moscow insists that Kyiv pull its forces out of the Donbas region.');
  assert.deepEqual(triples(x.positions), ['russia territory demand']);
  assert.equal(x.positions[0]!.rule, 'position/verb-subject');
  assert.equal(x.positions[0]!.text, 'Moscow insists that Kyiv pull its forces out of the Donbas region.');
});

test('refusing to give something up rejects the demand for it', () => {
  const x = checkEvidence('Kyiv has refused to withdraw from the Donetsk region, officials said on Monday.');
  assert.deepEqual(triples(x.positions), ['ukraine territory reject']);
});

test('a negated acceptance is a rejection, with the speaker from the end of the sentence', () => {
  const x = checkEvidence('Ukraine will not accept the loss of Crimea, Mr Zelensky said.');
  assert.deepEqual(triples(x.positions), ['ukraine territory reject']);
});

test('"according to" reports another side: the grammatical actor holds it, the source claims it', () => {
  const x = checkEvidence('According to Mr Zelensky, the Americans suggested joint management of the Zaporizhzhia nuclear plant.');
  assert.deepEqual(triples(x.positions), ['united-states nuclear-plant propose']);
  assert.equal(x.positions[0]!.claimedBy, 'ukraine');
});

test('a modal belongs to whoever says it, not to its grammatical subject', () => {
  const x = checkEvidence('Kremlin spokesman Dmitry Peskov said Ukraine must leave the part of Donbas it still holds.');
  assert.deepEqual(triples(x.positions), ['russia territory demand']);
  assert.equal(x.positions[0]!.rule, 'position/modal-speaker');
});

test('a judgement after its object ("would be unacceptable") belongs to the speaker', () => {
  const x = checkEvidence('Russia has said that any deployment of foreign troops in Ukraine would be unacceptable.');
  assert.deepEqual(triples(x.positions), ['russia security-guarantees reject']);
});

test('a possessive owns a stance noun and a rejecting verb reaches through it', () => {
  const x = checkEvidence("Kyiv has firmly rejected Moscow's demand that Ukrainian troops leave the Donbas.");
  assert.deepEqual(triples(x.positions), ['russia territory demand', 'ukraine territory reject']);
});

test('issue words inside a condition set terms, they are not the subject', () => {
  const x = checkEvidence('Ukraine is prepared to discuss a ceasefire if Russia withdraws from the Kharkiv region.');
  assert.deepEqual(triples(x.positions), ['ukraine ceasefire accept']);
  assert.equal(x.positions[0]!.conditional, true);
});

test('hedged stances are kept and marked', () => {
  const x = checkEvidence('Washington may be ready to ease sanctions on Russian banks.');
  assert.deepEqual(triples(x.positions), ['united-states sanctions-assets accept']);
  assert.equal(x.positions[0]!.hedged, true);
});

test('a plan as the subject proposes on behalf of whoever put it forward', () => {
  const x = checkEvidence(
    'The United States presented a new draft on Tuesday. The draft calls for a cap on the size of Ukraine’s army.',
  );
  assert.deepEqual(triples(x.positions), ['united-states armed-forces propose']);
  assert.equal(x.positions[0]!.rule, 'position/document-document');
});

test('"that" points back to the clause before it', () => {
  const x = checkEvidence('The Russians want to keep control of the nuclear plant, but Ukraine opposes that.');
  assert.deepEqual(triples(x.positions), ['russia nuclear-plant demand', 'ukraine nuclear-plant reject']);
});

test('one position per side, issue and stance in an article; the other sentences are kept as evidence', () => {
  const x = checkEvidence('Kyiv rejects any withdrawal from Donbas. Zelensky said again that Ukraine rejects ceding territory.');
  assert.deepEqual(triples(x.positions), ['ukraine territory reject']);
  assert.equal(x.positions[0]!.also?.length, 1);
});

test('near misses: no stance word, a proposal only mentioned, a news outlet as subject', () => {
  assert.deepEqual(extract('Analysts discussed the future of the Zaporizhzhia nuclear plant at length.').positions, []);
  assert.deepEqual(extract('Issues outlined in the 20-point proposal remain open, Zelensky said, including the Donbas.').positions, []);
  assert.deepEqual(extract('Axios reported that the territorial talks were difficult.').positions, []);
});

test('a condition after a negation states a demand: "will not sign unless", "no settlement without"', () => {
  const x = checkEvidence('Russia has said it will not sign any agreement unless Ukraine withdraws from the Donbas.');
  assert.deepEqual(triples(x.positions), ['russia territory demand']);
  assert.equal(x.positions[0]!.rule, 'position/condition-speaker');
  assert.deepEqual(extract('Ukraine will sign the agreement if the talks go well in the Donbas.').positions, []);
});

test('sentences right after a plan is named describe it in the conditional: its author proposes them', () => {
  const x = checkEvidence(
    'Washington sent Kyiv a 28-point U.S. plan on Thursday. The draft would have Ukraine withdraw from the Donetsk region. ' +
      "Ukraine's armed forces would be capped at 600,000 troops. Analysts said the winter would be hard.",
  );
  assert.deepEqual(triples(x.positions), ['united-states armed-forces propose', 'united-states territory propose']);
  assert.ok(x.positions.every((p) => p.rule === 'position/plan-document'));
});

test('a cue word can name two issues: freezing the front is territory and ceasefire', () => {
  const x = checkEvidence('Kyiv has offered to freeze the front where it stands.');
  assert.deepEqual(triples(x.positions), ['ukraine ceasefire propose', 'ukraine territory propose']);
});

test('agreeing between sides that failed is not anyone\'s stance', () => {
  assert.deepEqual(extract('Putin and the US envoys failed to agree on a compromise over the Donbas.').positions, []);
});

test('a plan handed over proposes what it is about, and "its" belongs to the subject that hands it', () => {
  const x = checkEvidence('Ukraine handed Washington its revised framework on Wednesday, along with separate drafts on security guarantees.');
  assert.deepEqual(triples(x.positions), ['ukraine security-guarantees propose']);
  assert.deepEqual(extract('The head of state made clear that the approach to the territorial issue is unchanged.').positions, []);
});

test('a clause with a subject that names no side has no holder ("while the draft offered ...")', () => {
  const x = checkEvidence('Kyiv wants binding security guarantees, while several officials offered only assurances on the ceasefire.');
  assert.deepEqual(triples(x.positions), ['ukraine security-guarantees demand']);
});

test('"they" takes the side of the last side group or list of one side\'s names, and no side after a mixed list', () => {
  const list = checkEvidence('Britain, France and Germany met in Paris on Monday. They demanded a full ceasefire.');
  assert.deepEqual(triples(list.positions), ['europe ceasefire demand']);
  const group = checkEvidence('European leaders met in Paris on Monday. They demanded a full ceasefire.');
  assert.deepEqual(triples(group.positions), ['europe ceasefire demand']);
  const mixed = checkEvidence('Russia and Ukraine exchanged prisoners on Monday. They demanded a full ceasefire.');
  assert.deepEqual(triples(mixed.positions), []);
});
