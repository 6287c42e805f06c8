import { api, type Actor, type ActorDetail, type List } from '../api';
import { h, link, route, s } from '../dom';
import { formatDay, plural, time, toDate } from '../format';
import type { Page } from '../router';
import { badge, docLink, empty, formQuery, heading, input, pager, select, sideName } from '../ui';

export const actorsPage: Page = async (root, { query, meta, go }) => {
  const list = await api<List<Actor>>('actors', { side: query.side, kind: query.kind, q: query.q, limit: 50, offset: query.offset });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter actors' },
    input('q', 'Name', query.q, { type: 'search' }),
    select('side', 'Side', meta.sides, query.side),
    select('kind', 'Kind', [{ id: 'person', name: 'person' }, { id: 'organization', name: 'organisation' }], query.kind),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(route(['actors'], formQuery(form)));
  });
  const { offset: _o, ...keep } = query;
  root.append(heading('Actors', h('p', { class: 'lede' }, 'People and organisations, with the side each speaks for.')), form);
  if (!list.items.length) return void root.append(empty('No actors match.'));
  root.append(
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'list' },
        h('thead', {}, h('tr', {}, ...['Name', 'Side', 'Kind', 'Role', 'Documents', 'Mentions'].map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...list.items.map((a) =>
            h(
              'tr',
              {},
              h('td', {}, link(route(['actors', a.key]), a.name), a.aliases.length > 1 ? h('div', { class: 'muted small' }, a.aliases.slice(0, 4).join(' · ')) : null),
              h('td', {}, badge('side', a.side, sideName(meta, a.side))),
              h('td', {}, a.kind),
              h('td', {}, a.role ?? ''),
              h('td', { class: 'num' }, a.documentCount),
              h('td', { class: 'num' }, a.mentionCount),
            ),
          ),
        ),
      ),
    ),
    pager(list, ['actors'], keep),
  );
};

/** Quotes and statements per day, as bars on a time axis. */
function activityChart(activity: ActorDetail['activity']): HTMLElement {
  if (!activity.length) return empty('No quotes or statements yet.');
  const max = Math.max(...activity.map((d) => d.quotes + d.statements));
  const t0 = toDate(activity[0]!.date).getTime();
  const t1 = Math.max(t0 + 86_400_000, toDate(activity.at(-1)!.date).getTime());
  const width = 800;
  const bar = 8;
  const height = 90;
  const x = (day: string) => ((toDate(day).getTime() - t0) / (t1 - t0)) * (width - bar);
  const svg = s('svg', { class: 'activity', viewBox: `0 0 ${width} ${height + 18}`, role: 'img', 'aria-label': activity.map((d) => `${formatDay(d.date)}: ${plural(d.quotes, 'quote')}`).join('; ') });
  svg.append(s('line', { x1: 0, x2: width, y1: height + 0.5, y2: height + 0.5, class: 'axis' }));
  for (const d of activity) {
    const q = (d.quotes / max) * height;
    const st = (d.statements / max) * height;
    svg.append(
      s('rect', { x: x(d.date), y: height - q, width: bar, height: q, class: 'bar-quotes' }, s('title', {}, `${formatDay(d.date)}: ${plural(d.quotes, 'quote')}, ${plural(d.statements, 'statement')}`)),
      s('rect', { x: x(d.date), y: height - q - st, width: bar, height: st, class: 'bar-statements' }),
    );
  }
  svg.append(s('text', { x: 0, y: height + 15, class: 'tick-label' }, formatDay(activity[0]!.date)));
  if (activity.length > 1) svg.append(s('text', { x: width, y: height + 15, class: 'tick-label', 'text-anchor': 'end' }, formatDay(activity.at(-1)!.date)));
  return h('div', { class: 'chart-scroll' }, svg);
}

export const actorPage: Page = async (root, { path, query, meta }) => {
  const key = path[0]!;
  const a = await api<ActorDetail>(`actors/${encodeURIComponent(key)}`, { limit: 50, offset: query.offset });
  root.append(
    heading(a.name, h('p', { class: 'lede' }, badge('side', a.side, sideName(meta, a.side)), ' ', a.kind, a.role ? ` · ${a.role}` : '')),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Also called'),
      h('dd', {}, a.aliases.map((x) => x.alias).join(' · ') || '—'),
      h('dt', {}, 'Seen'),
      h('dd', {}, a.firstSeen ? `${formatDay(a.firstSeen)} – ${formatDay(a.lastSeen)}` : '—', ` · ${plural(a.documentCount, 'document')}, ${plural(a.mentionCount, 'mention')}, ${plural(a.eventCount, 'event')}`),
    ),
    h('p', {}, link(route(['timeline'], { actor: a.key }), 'Events with this actor'), ' · ', link(route(['search'], { kind: 'quotes', actor: a.key }), 'Search their quotes')),
    h('h2', {}, 'Quotes over time'),
    activityChart(a.activity),
    h('h2', {}, `Quotes (${a.quotes.total})`),
    a.quotes.items.length
      ? h(
          'ol',
          { class: 'quote-list' },
          ...a.quotes.items.map((q) =>
            h('li', {}, h('div', { class: 'source-head' }, time(q.published), ' · ', h('strong', {}, q.outlet ?? 'unknown outlet')), h('blockquote', {}, q.text), h('div', { class: 'source-foot' }, docLink(q.documentId, q.title, q.id), h('span', { class: 'rule' }, q.rule))),
          ),
        )
      : empty('No quotes attributed.'),
    pager(a.quotes, ['actors', a.key], {}),
  );
};
