import { api, type Counts, type Evidence, type Matrix, type Meta } from '../api';
import { h, replace, route, s } from '../dom';
import { formatDay, plural, time, weekStart } from '../format';
import type { Page } from '../router';
import { badge, docLink, empty, formQuery, heading, input, issueName, sideName } from '../ui';

const dominant = (c: Counts): string => Object.entries(c).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'none';
const describe = (c: Counts) => Object.entries(c).map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');

/** A strip of one small square per time bucket, coloured by the bucket's main stance or status. */
function strip(buckets: string[], series: Array<{ bucket: string; counts: Counts; change: boolean }>, kind: 'stance' | 'status'): SVGSVGElement {
  const w = 7;
  const svg = s('svg', { class: 'strip', width: buckets.length * (w + 1), height: 10, 'aria-hidden': 'true', focusable: 'false' });
  const byBucket = new Map(series.map((p) => [p.bucket, p]));
  buckets.forEach((b, i) => {
    const p = byBucket.get(b);
    svg.append(s('rect', { x: i * (w + 1), y: p?.change ? 0 : 2, width: w, height: p?.change ? 10 : 6, class: p ? `fill-${kind}-${dominant(p.counts)}` : 'fill-none' }));
  });
  return svg;
}

function evidenceView(meta: Meta, ev: Evidence, side: string | undefined, issue: string): HTMLElement {
  const title = side ? `${sideName(meta, side)} on ${issueName(meta, issue)}` : `Status of ${issueName(meta, issue)}`;
  return h(
    'article',
    { class: 'detail', 'aria-labelledby': 'evidence-title', 'data-cell': `${side ?? 'status'}:${issue}` },
    h('h2', { id: 'evidence-title', tabindex: -1 }, title),
    h('p', { class: 'muted' }, `${plural(ev.documents.length, 'article')}, ${plural(ev.corroboration, 'independent story', 'independent stories')}`),
    ev.positions.length
      ? h(
          'section',
          {},
          h('h3', {}, `Positions (${ev.positions.length})`),
          h(
            'ol',
            { class: 'evidence' },
            ...ev.positions.map((p) =>
              h(
                'li',
                {},
                h('div', { class: 'source-head' }, time(p.date), ' ', badge('stance', p.stance), ' · ', h('strong', {}, p.outlet ?? 'unknown outlet')),
                h('blockquote', {}, p.text),
                h('div', { class: 'source-foot' }, docLink(p.documentId, p.title, p.id), h('span', { class: 'rule' }, p.rule)),
              ),
            ),
          ),
        )
      : null,
    ev.statuses.length
      ? h(
          'section',
          {},
          h('h3', {}, `Statuses (${ev.statuses.length})`),
          h(
            'ol',
            { class: 'evidence' },
            ...ev.statuses.map((st) =>
              h(
                'li',
                {},
                h('div', { class: 'source-head' }, time(st.date), ' ', badge('status', st.status), st.claimedBy ? ` claimed by ${sideName(meta, st.claimedBy)}` : '', ' · ', h('strong', {}, st.outlet ?? 'unknown outlet')),
                h('blockquote', {}, st.text),
                h('div', { class: 'source-foot' }, docLink(st.documentId, st.title, st.id), h('span', { class: 'rule' }, st.rule)),
              ),
            ),
          ),
        )
      : null,
    ev.quotes.length
      ? h(
          'section',
          {},
          h('h3', {}, `Quotes (${ev.quotes.length})`),
          h('ul', { class: 'evidence quotes' }, ...ev.quotes.map((q) => h('li', {}, h('q', {}, q.text), ' — ', q.speaker ?? 'unattributed', ' · ', docLink(q.documentId, 'read', q.id)))),
        )
      : null,
    h('h3', {}, 'Articles'),
    h('ul', { class: 'articles' }, ...ev.documents.map((d) => h('li', {}, time(d.published), ' ', docLink(d.id, d.title), ' · ', d.outlet ?? 'unknown outlet'))),
  );
}

export const matrixPage: Page = async (root, { query, meta, go }) => {
  const bucket = query.bucket ?? 'week';
  const m = await api<Matrix>('matrix', { bucket, until: query.until, since: query.since });
  const issues = [...meta.issues.map((i) => i.id), ...m.cells.map((c) => c.issue).filter((i) => !meta.issues.some((x) => x.id === i))];
  const usedSides = new Set(m.cells.map((c) => c.side));
  const sides = [...meta.sides.map((x) => x.id).filter((id) => id !== 'other' || usedSides.has(id)), ...[...usedSides].filter((id) => !meta.sides.some((x) => x.id === id))];
  const cell = new Map(m.cells.map((c) => [`${c.side}:${c.issue}`, c]));
  const status = new Map(m.statuses.map((st) => [st.issue, st]));

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Matrix settings' },
    input('until', 'As of', query.until, { type: 'date' }),
    input('since', 'Since', query.since, { type: 'date' }),
    h('label', { for: 'f-bucket' }, h('span', {}, 'Buckets'), h('select', { name: 'bucket', id: 'f-bucket' }, ...['day', 'week', 'month'].map((b) => h('option', { value: b, selected: b === bucket }, b)))),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(route(['matrix'], formQuery(form)));
  });

  const evidenceBox = h('div', { class: 'matrix-evidence', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Choose a cell to see the sentences and articles behind it.'));
  const open = async (side: string | undefined, issue: string, focus: boolean) => {
    history.replaceState(null, '', route(['matrix'], { ...query, side, issue }));
    for (const b of root.querySelectorAll('.cell[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
    root.querySelector(`.cell[data-side="${CSS.escape(side ?? '')}"][data-issue="${CSS.escape(issue)}"]`)?.setAttribute('aria-pressed', 'true');
    replace(evidenceBox, h('p', { class: 'muted', role: 'status' }, 'Loading evidence…'));
    const ev = await api<Evidence>('matrix/evidence', { side, issue, until: query.until, since: query.since });
    replace(evidenceBox, evidenceView(meta, ev, side, issue));
    if (focus) (evidenceBox.querySelector('h2') as HTMLElement | null)?.focus();
  };

  const button = (side: string | undefined, issue: string, counts: Counts | undefined, label: string, series: Matrix['cells'][number]['series'] | undefined, kind: 'stance' | 'status', conflict = false) =>
    h(
      'button',
      {
        type: 'button',
        class: `cell ${kind}-${counts ? dominant(counts) : 'none'}${conflict ? ' conflict' : ''}`,
        'data-side': side ?? '',
        'data-issue': issue,
        'aria-pressed': 'false',
        'aria-label': counts ? `${label}: ${describe(counts)}${conflict ? ' (sources conflict)' : ''}` : `${label}: nothing recorded`,
        disabled: !counts,
        onclick: () => void open(side, issue, true),
      },
      counts ? h('span', { class: 'cell-value' }, describe(counts), conflict ? ' ⚠' : '') : h('span', { class: 'muted' }, '·'),
      counts && series ? strip(m.buckets, series, kind) : null,
    );

  const table = h(
    'table',
    { class: 'matrix' },
    h('caption', { class: 'visually-hidden' }, `Latest stance per side and issue${query.until ? ` as of ${formatDay(query.until)}` : ''}; the strip shows each ${bucket} from ${formatDay(weekStart(m.buckets[0] ?? ''))} (tall squares mark changes).`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Side'), ...issues.map((i) => h('th', { scope: 'col' }, issueName(meta, i))))),
    h(
      'tbody',
      {},
      h(
        'tr',
        { class: 'status-row' },
        h('th', { scope: 'row' }, 'Issue status'),
        ...issues.map((i) => {
          const st = status.get(i);
          return h('td', {}, button(undefined, i, st?.latest.counts, `Status of ${issueName(meta, i)}`, st?.series, 'status', st?.conflict));
        }),
      ),
      ...sides.map((side) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, sideName(meta, side)),
          ...issues.map((i) => {
            const c = cell.get(`${side}:${i}`);
            return h('td', {}, button(side, i, c?.latest.counts, `${sideName(meta, side)} on ${issueName(meta, i)}`, c?.series, 'stance'));
          }),
        ),
      ),
    ),
  );
  const legend = h(
    'div',
    { class: 'legend', 'aria-label': 'Colours' },
    ...meta.stances.map((x) => badge('stance', x)),
    h('span', { class: 'sep' }),
    ...meta.statuses.map((x) => badge('status', x)),
  );
  root.append(heading('Positions matrix', h('p', { class: 'lede' }, 'Where each side stands on each issue, and how close each issue is to agreement.')), form, legend);
  if (!m.cells.length && !m.statuses.length) root.append(empty('No positions or statuses recorded.'));
  root.append(
    h('p', { class: 'muted small' }, `Each cell: the latest stance${query.until ? ` as of ${formatDay(query.until)}` : ''}; its strip shows each ${bucket} from ${formatDay(weekStart(m.buckets[0] ?? ''))} on (tall squares mark a change).`),
    h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Matrix' }, table),
    evidenceBox,
  );
  if (query.issue) void open(query.side, query.issue, false);
};
