import { api, type List, type TimelineEvent } from '../api';
import { h, link, replace, route, s } from '../dom';
import { formatDay, plural, time, toDate } from '../format';
import type { Page } from '../router';
import { badge, empty, formQuery, heading, input, select } from '../ui';

const DAY = 86_400_000;
const MAX_EVENTS = 1000;

const dayOf = (e: TimelineEvent) => e.date ?? e.firstReported;

/** Loads the whole filtered timeline (pages of 200) for the chart. */
async function loadAll(query: Record<string, string>): Promise<TimelineEvent[]> {
  const out: TimelineEvent[] = [];
  for (let offset = 0; offset < MAX_EVENTS; offset += 200) {
    const page = await api<List<TimelineEvent>>('timeline', { ...query, limit: 200, offset });
    out.push(...page.items);
    if (out.length >= page.total) break;
  }
  return out;
}

function detail(e: TimelineEvent): HTMLElement {
  return h(
    'article',
    { class: 'detail', 'aria-labelledby': 'event-title', 'data-event': e.id },
    h('h2', { id: 'event-title' }, badge('type', e.type), ' ', formatDay(dayOf(e)), e.place ? ` · ${e.place}` : ''),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Status'),
      h('dd', {}, e.status),
      h('dt', {}, 'Participants'),
      h('dd', {}, e.participants.length ? e.participants.join(', ') : 'not named'),
      h('dt', {}, 'Date'),
      h('dd', {}, e.date ? formatDay(e.date) : `undated (first reported ${formatDay(e.firstReported)})`, e.precision && e.precision !== 'day' ? ` (${e.precision})` : ''),
      e.dateConflict ? h('dt', {}, 'Conflict') : null,
      e.dateConflict ? h('dd', { class: 'conflict' }, `sources give different dates: ${e.dates.map(formatDay).join(', ')}`) : null,
    ),
    h('h3', {}, `Sources (${e.sources.length})`),
    h(
      'ol',
      { class: 'sources' },
      ...e.sources.map((src) =>
        h(
          'li',
          {},
          h('div', { class: 'source-head' }, h('strong', {}, src.outlet ?? 'unknown outlet'), ' · ', time(src.published), src.date && src.date !== e.date ? h('span', { class: 'conflict' }, ` · says ${formatDay(src.date)}`) : null),
          h('blockquote', {}, src.text),
          h('div', { class: 'source-foot' }, link(route(['documents', src.documentId], { focus: src.eventId }), `Read in “${src.title ?? src.documentId}”`), h('span', { class: 'rule' }, src.rule)),
        ),
      ),
    ),
  );
}

export const timelinePage: Page = async (root, { query, meta, go }) => {
  const { event: selectedId, ...filters } = query;
  const events = (await loadAll(filters)).filter((e) => dayOf(e));
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter the timeline' },
    select('type', 'Type', meta.eventTypes.map((t) => ({ id: t, name: t })), filters.type),
    select('side', 'Side', meta.sides, filters.side),
    input('since', 'From', filters.since, { type: 'date' }),
    input('until', 'To', filters.until, { type: 'date' }),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(route(['timeline'], formQuery(form)));
  });
  root.append(heading('Timeline', h('p', { class: 'lede' }, `${plural(events.length, 'event')}, each merged across the outlets that reported it.`)), form);
  if (!events.length) return void root.append(empty('No events match.'));

  const types = [...new Set(events.map((e) => e.type))].sort();
  const times = events.map((e) => toDate(dayOf(e)).getTime());
  const full = { from: Math.min(...times) - 2 * DAY, to: Math.max(...times) + 2 * DAY };
  let view = { ...full };
  let selected = events.find((e) => e.id === selectedId) ?? null;

  const chartBox = h('div', { class: 'chart-box' });
  const listBox = h('div', { class: 'event-list' });
  const detailBox = h('div', { class: 'event-detail', 'aria-live': 'polite' });
  const status = h('span', { class: 'muted zoom-range' });
  const zoom = (factor: number, centre = (view.from + view.to) / 2) => {
    const span = Math.min(full.to - full.from, Math.max(3 * DAY, (view.to - view.from) * factor));
    let from = centre - (centre - view.from) * (span / (view.to - view.from));
    from = Math.max(full.from, Math.min(from, full.to - span));
    view = { from, to: from + span };
    draw();
  };
  const pan = (ms: number) => {
    const span = view.to - view.from;
    const from = Math.max(full.from, Math.min(view.from + ms, full.to - span));
    view = { from, to: from + span };
    draw();
  };
  const controls = h(
    'div',
    { class: 'zoom', role: 'group', 'aria-label': 'Zoom the timeline' },
    h('button', { type: 'button', onclick: () => zoom(0.5) }, 'Zoom in'),
    h('button', { type: 'button', onclick: () => zoom(2) }, 'Zoom out'),
    h('button', { type: 'button', onclick: () => pan(-(view.to - view.from) / 3), 'aria-label': 'Earlier' }, '←'),
    h('button', { type: 'button', onclick: () => pan((view.to - view.from) / 3), 'aria-label': 'Later' }, '→'),
    h('button', { type: 'button', onclick: () => ((view = { ...full }), draw()) }, 'Show all'),
    status,
  );

  const select_ = (e: TimelineEvent, focusDetail = false) => {
    selected = e;
    history.replaceState(null, '', route(['timeline'], { ...filters, event: e.id }));
    replace(detailBox, detail(e));
    // The list carries each event's first sources only: the event's own endpoint has them all.
    void api<TimelineEvent>(`timeline/${encodeURIComponent(e.id)}`)
      .then((full) => {
        if (selected?.id !== full.id || full.sources.length <= e.sources.length) return;
        const focused = detailBox.contains(document.activeElement);
        replace(detailBox, detail(full));
        if (focused) detailBox.querySelector<HTMLElement>('h2')?.focus();
      })
      .catch(() => undefined);
    draw();
    const title = detailBox.querySelector<HTMLElement>('h2');
    if (focusDetail && title) {
      title.tabIndex = -1;
      title.focus();
    }
  };

  function draw() {
    const width = Math.max(320, chartBox.clientWidth || 900);
    const lane = 34;
    const top = 24;
    const left = 90;
    const height = top + types.length * lane + 28;
    const x = (t: number) => left + ((t - view.from) / (view.to - view.from)) * (width - left - 16);
    const svg = s('svg', { class: 'timeline-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'Events over time; use + and − to zoom, arrows to move', tabindex: 0 });
    types.forEach((t, i) => {
      const y = top + i * lane + lane / 2;
      svg.append(s('line', { x1: left, x2: width - 8, y1: y, y2: y, class: 'lane' }), s('text', { x: 8, y: y + 4, class: 'lane-label' }, t));
    });
    // Axis ticks: days, weeks or months depending on the zoom.
    const span = view.to - view.from;
    const step = span < 20 * DAY ? DAY : span < 120 * DAY ? 7 * DAY : 30 * DAY;
    const start = Math.ceil(view.from / step) * step;
    for (let t = start; t <= view.to; t += step) {
      const xx = x(t);
      svg.append(s('line', { x1: xx, x2: xx, y1: top - 6, y2: height - 22, class: 'tick' }), s('text', { x: xx, y: height - 8, class: 'tick-label', 'text-anchor': 'middle' }, formatDay(new Date(t).toISOString().slice(0, 10))));
    }
    const visible = events.filter((e) => {
      const t = toDate(dayOf(e)).getTime();
      return t >= view.from && t <= view.to;
    });
    for (const e of visible) {
      const y = top + types.indexOf(e.type) * lane + lane / 2;
      const dot = s(
        'circle',
        {
          cx: x(toDate(dayOf(e)).getTime()),
          cy: y,
          r: Math.min(12, 5 + e.sourceCount * 1.5),
          class: `dot type-${e.type}${selected?.id === e.id ? ' selected' : ''}${e.date ? '' : ' undated'}`,
          tabindex: 0,
          role: 'button',
          'data-id': e.id,
          'aria-label': `${e.type} on ${formatDay(dayOf(e))}, ${e.participants.join(', ') || 'participants not named'}, ${plural(e.sourceCount, 'source')}`,
        },
        s('title', {}, `${e.type} · ${formatDay(dayOf(e))} · ${e.participants.join(', ')}`),
      );
      dot.addEventListener('click', () => select_(e, true));
      dot.addEventListener('keydown', (k) => {
        if (k.key === 'Enter' || k.key === ' ') (k.preventDefault(), select_(e, true));
      });
      svg.append(dot);
    }
    svg.addEventListener('wheel', (w) => {
      w.preventDefault();
      const rect = svg.getBoundingClientRect();
      const t = view.from + ((w.clientX - rect.left - left) / (rect.width - left - 16)) * (view.to - view.from);
      zoom(w.deltaY < 0 ? 0.8 : 1.25, t);
    }, { passive: false });
    svg.addEventListener('keydown', (k) => {
      if (k.target !== svg) return;
      const actions: Record<string, () => void> = { '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), ArrowLeft: () => pan(-(view.to - view.from) / 5), ArrowRight: () => pan((view.to - view.from) / 5) };
      const act = actions[k.key];
      if (act) (k.preventDefault(), act(), (chartBox.querySelector('svg') as SVGElement | null)?.focus());
    });
    let dragX: number | null = null;
    svg.addEventListener('pointerdown', (p) => {
      if ((p.target as Element).tagName !== 'circle') dragX = p.clientX;
    });
    svg.addEventListener('pointerup', (p) => {
      if (dragX === null) return;
      const dx = p.clientX - dragX;
      dragX = null;
      if (Math.abs(dx) > 4) pan((-dx / (width - left - 16)) * (view.to - view.from));
    });
    replace(chartBox, svg);
    status.textContent = `${formatDay(new Date(view.from).toISOString())} – ${formatDay(new Date(view.to).toISOString())} · ${plural(visible.length, 'event')} shown`;
    replace(
      listBox,
      h('h2', { class: 'visually-hidden' }, 'Events shown'),
      h(
        'ol',
        { class: 'events' },
        ...visible.map((e) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: `event-row${selected?.id === e.id ? ' selected' : ''}`, 'data-id': e.id, 'aria-pressed': selected?.id === e.id ? 'true' : 'false', onclick: () => select_(e, true) },
              time(dayOf(e)),
              ' ',
              badge('type', e.type),
              ' ',
              h('span', { class: 'participants' }, e.participants.join(', ') || 'participants not named'),
              e.place ? h('span', { class: 'muted' }, ` · ${e.place}`) : null,
              h('span', { class: 'muted' }, ` · ${plural(e.sourceCount, 'source')}`),
              e.dateConflict ? h('span', { class: 'conflict' }, ' · dates differ') : null,
            ),
          ),
        ),
      ),
    );
  }

  root.append(controls, chartBox, h('div', { class: 'split' }, listBox, detailBox));
  if (selected) replace(detailBox, detail(selected));
  else replace(detailBox, h('p', { class: 'muted' }, 'Choose an event to see its sources.'));
  draw();
  root.addEventListener('page-shown', () => {
    draw();
    // Bring the selected row into view inside the list, without scrolling the page away from the chart.
    const row = listBox.querySelector<HTMLElement>('.event-row.selected');
    const list = listBox.querySelector<HTMLElement>('.events');
    if (row && list) list.scrollTop = row.offsetTop - list.offsetTop - list.clientHeight / 3;
  });
  window.addEventListener('resize', function onResize() {
    if (!root.isConnected) return window.removeEventListener('resize', onResize);
    draw();
  });
};
