import { api, type DocumentDetail, type Meta, type Rec } from '../api';
import { h, isSafeUrl, replace } from '../dom';
import { formatDay, time, truncate } from '../format';
import type { Page } from '../router';
import { docLink, heading, issueName, sideName } from '../ui';

/** Record kinds in the order they are listed, with labels. Mentions are many: they are highlighted but not tab stops. */
const KINDS: Array<[string, string]> = [
  ['quotes', 'Quotes'],
  ['statements', 'Statements'],
  ['events', 'Events'],
  ['positions', 'Positions'],
  ['statuses', 'Statuses'],
  ['timexes', 'Dates'],
  ['mentions', 'Mentions'],
];

interface Located extends Rec {
  kind: string;
}

/** The fields worth showing for a record, as label/value pairs. */
function fields(meta: Meta, r: Located): Array<[string, string]> {
  const str = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') || '—' : String(v));
  switch (r.kind) {
    case 'quotes':
      return [['speaker', str(r.speaker)], ['cue', str(r.cue)], ...(r.partial ? [['partial', 'yes'] as [string, string]] : [])];
    case 'statements':
      return [['speaker', str(r.speaker)], ['cue', str(r.cue)]];
    case 'mentions':
      return [['actor', str(r.actorName ?? r.actorKey)], ['side', sideName(meta, r.side as string)], ['form', str(r.form)]];
    case 'timexes':
      return [['type', str(r.type)], ['value', str(r.value)], ['basis', str(r.basis)]];
    case 'events':
      return [['type', str(r.type)], ['date', r.date ? formatDay(r.date as string) : 'undated'], ['status', str(r.status)], ['participants', str(r.participants)], ['place', str(r.place)]];
    case 'positions':
      return [['side', sideName(meta, r.side as string)], ['issue', issueName(meta, r.issue as string)], ['stance', str(r.stance)], ...(r.hedged ? [['hedged', 'yes'] as [string, string]] : []), ...(r.conditional ? [['conditional', 'yes'] as [string, string]] : [])];
    case 'statuses':
      return [['issue', issueName(meta, r.issue as string)], ['status', str(r.status)], ['claimed by', r.claimedBy ? sideName(meta, r.claimedBy as string) : '—']];
    default:
      return [];
  }
}

function recordCard(meta: Meta, r: Located): HTMLElement {
  const label = KINDS.find(([k]) => k === r.kind)?.[1].replace(/s$/, '') ?? r.kind;
  return h(
    'div',
    { class: `record-card k-${r.kind}` },
    h('div', { class: 'record-kind' }, label),
    h('div', { class: 'record-text' }, truncate(r.text, 280)),
    h('dl', { class: 'facts small' }, ...fields(meta, r).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]), h('dt', {}, 'rule'), h('dd', { class: 'rule' }, r.rule)),
  );
}

/**
 * Splits the text at every record boundary; each piece knows the records covering it. Pieces are
 * text nodes inside spans: the article text never passes through an HTML parser.
 */
function pieces(text: string, records: Located[]): Array<{ start: number; end: number; covering: number[] }> {
  const cuts = new Set<number>([0, text.length]);
  for (const r of records) {
    if (r.span.start >= 0 && r.span.end <= text.length && r.span.start < r.span.end) cuts.add(r.span.start).add(r.span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; covering: number[] }> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    out.push({ start, end, covering: records.flatMap((r, j) => (r.span.start <= start && end <= r.span.end ? [j] : [])) });
  }
  return out;
}

export const readerPage: Page = async (root, { path, query, meta }) => {
  const id = path[0]!;
  const d = await api<DocumentDetail>(`documents/${encodeURIComponent(id)}`);
  const records: Located[] = KINDS.flatMap(([kind]) => (d.records[kind] ?? []).map((r) => ({ ...r, kind })));
  // Narrow records first, so the innermost record leads the hover card.
  const byWidth = (a: number, b: number) => records[a]!.span.end - records[a]!.span.start - (records[b]!.span.end - records[b]!.span.start);

  const info = h('aside', { class: 'record-info', 'aria-live': 'polite', 'aria-label': 'Record details' }, h('p', { class: 'muted' }, 'Hover or focus a highlight to see the record and the rule that made it.'));
  const textBox = h('div', { class: 'doc-text', lang: 'en' });
  const pieceEls: HTMLElement[][] = records.map(() => []);
  const show = (indexes: number[]) => replace(info, ...[...indexes].sort(byWidth).map((i) => recordCard(meta, records[i]!)));
  const activate = (i: number, scroll: boolean) => {
    for (const el of textBox.querySelectorAll('.active')) el.classList.remove('active');
    for (const el of pieceEls[i]!) el.classList.add('active');
    show([i]);
    const first = pieceEls[i]![0];
    if (scroll && first) {
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    }
  };

  const starts = new Map<number, number>();
  records.forEach((r, i) => {
    if (r.kind !== 'mentions' && !starts.has(r.span.start)) starts.set(r.span.start, i);
  });
  for (const p of pieces(d.text, records)) {
    const slice = d.text.slice(p.start, p.end);
    if (!p.covering.length) {
      textBox.append(document.createTextNode(slice));
      continue;
    }
    const kinds = [...new Set(p.covering.map((i) => records[i]!.kind))];
    const startOf = starts.get(p.start);
    const el = h('span', { class: `hl ${kinds.map((k) => `k-${k}`).join(' ')}`, 'data-records': p.covering.map((i) => records[i]!.id).join(' ') }, slice);
    if (startOf !== undefined && p.covering.includes(startOf)) {
      el.tabIndex = 0;
      el.dataset.start = records[startOf]!.id;
      el.setAttribute('aria-label', `${records[startOf]!.kind.replace(/s$/, '')}: ${truncate(records[startOf]!.text, 80)}`);
    }
    const onShow = () => show(p.covering);
    el.addEventListener('mouseenter', onShow);
    el.addEventListener('focus', onShow);
    textBox.append(el);
    for (const i of p.covering) pieceEls[i]!.push(el);
  }

  const toggles = h(
    'fieldset',
    { class: 'toggles' },
    h('legend', {}, 'Highlight'),
    ...KINDS.map(([kind, label]) => {
      const n = d.records[kind]?.length ?? 0;
      const box = h('input', { type: 'checkbox', id: `t-${kind}`, checked: true, disabled: n === 0 });
      box.addEventListener('change', () => textBox.classList.toggle(`hide-${kind}`, !box.checked));
      return h('label', { for: `t-${kind}`, class: `toggle k-${kind}` }, box, ` ${label} (${n})`);
    }),
  );

  const recordList = h(
    'details',
    { class: 'record-list' },
    h('summary', {}, `All records (${records.length})`),
    ...KINDS.filter(([k]) => k !== 'mentions' && d.records[k]?.length).map(([kind, label]) =>
      h(
        'section',
        {},
        h('h3', {}, label),
        h(
          'ul',
          {},
          ...records.flatMap((r, i) =>
            r.kind === kind ? [h('li', {}, h('button', { type: 'button', class: `linkish k-${kind}`, 'data-record': r.id, onclick: () => activate(i, true) }, truncate(r.text, 90)))] : [],
          ),
        ),
      ),
    ),
  );

  const url = d.url && isSafeUrl(d.url) && /^https?:/i.test(d.url) ? h('a', { href: d.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original article') : d.url ? h('span', { class: 'muted', title: 'not a web link' }, 'source link withheld') : null;
  root.append(
    heading(d.title?.trim() || d.id, h('p', { class: 'lede' }, h('strong', { class: 'outlet' }, d.outlet ?? 'unknown outlet'), ' · ', time(d.published), url ? ' · ' : '', url ?? '', h('span', { class: 'muted' }, ` · ${d.source}`))),
    toggles,
    h('div', { class: 'reader' }, h('article', { class: 'doc', 'aria-label': 'Article text' }, textBox), info),
    recordList,
  );
  if (d.removed.length)
    root.append(
      h(
          'details',
          { class: 'removed' },
          h('summary', {}, `Removed by cleaning (${d.removed.length})`),
          h('ul', {}, ...d.removed.map((r) => h('li', {}, h('code', {}, truncate(r.text, 200)), ' ', h('span', { class: 'rule' }, r.rule)))),
        ),
    );
  if (d.related.length)
    root.append(h('section', {}, h('h2', {}, 'Same story elsewhere'), h('ul', {}, ...d.related.map((r) => h('li', {}, time(r.published), ' ', docLink(r.id, r.title), ' · ', r.outlet ?? 'unknown outlet')))));
  root.addEventListener('page-shown', () => {
    const i = records.findIndex((r) => r.id === query.focus);
    if (i >= 0) activate(i, true);
  });
};
