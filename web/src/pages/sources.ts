import { api, type Coverage, type List, type Outlet, type TimelineEvent } from '../api';
import { h, link, route } from '../dom';
import { formatDay, time } from '../format';
import type { Page } from '../router';
import { badge, empty, heading } from '../ui';

export const sourcesPage: Page = async (root, { meta }) => {
  const [outlets, coverage, timeline] = await Promise.all([
    api<{ items: Outlet[] }>('outlets'),
    api<Coverage>('outlets/coverage'),
    api<List<TimelineEvent>>('timeline', { limit: 200 }),
  ]);
  root.append(heading('Sources', h('p', { class: 'lede' }, 'Which outlets report what.')));
  if (!outlets.items.length) return void root.append(empty('No outlets recorded.'));
  const num = (n: number) => h('td', { class: 'num' }, n.toLocaleString());
  root.append(
    h('h2', {}, 'Outlets'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'list outlets' },
        h('thead', {}, h('tr', {}, ...['Outlet', 'Articles', 'Quotes', 'Events', 'Positions', 'Statuses', 'First article', 'Framing'].map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...outlets.items.map((o) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, link(route(['documents'], { outlet: o.name }), o.name)),
              num(o.documentCount),
              num(o.quoteCount),
              num(o.eventCount),
              num(o.positionCount),
              num(o.statusCount),
              h('td', {}, time(o.firstPublished)),
              h('td', {}, Object.entries(o.framing).map(([k, n]) => `${k} ×${n}`).join(', ') || '—'),
            ),
          ),
        ),
      ),
    ),
  );
  const issues = meta.issues.filter((i) => coverage.cells.some((c) => c.issue === i.id));
  const names = outlets.items.map((o) => o.name);
  const cell = new Map(coverage.cells.map((c) => [`${c.outlet}\u0000${c.issue}`, c]));
  const max = Math.max(1, ...coverage.cells.map((c) => c.positions + c.statuses));
  if (issues.length)
    root.append(
      h('h2', {}, 'Issues by outlet'),
      h(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Issues by outlet' },
        h(
          'table',
          { class: 'heat' },
          h('caption', {}, 'Positions and statuses each outlet reported, per issue'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Outlet'), ...issues.map((i) => h('th', { scope: 'col' }, i.name)))),
          h(
            'tbody',
            {},
            ...names.map((o) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, o),
                ...issues.map((i) => {
                  const c = cell.get(`${o}\u0000${i.id}`);
                  const n = c ? c.positions + c.statuses : 0;
                  const level = n ? Math.min(4, Math.ceil((n / max) * 4)) : 0;
                  return h('td', { class: `heat-${level} num`, title: c ? `${n} in ${c.documents} articles` : '' }, n ? link(route(['documents'], { outlet: o, issue: i.id }), String(n)) : '');
                }),
              ),
            ),
          ),
        ),
      ),
    );
  const multi = timeline.items.filter((e) => new Set(e.sources.map((s) => s.outlet)).size > 0).sort((a, b) => b.sourceCount - a.sourceCount).slice(0, 40);
  root.append(
    h('h2', {}, 'Events and who reported them'),
    multi.length
      ? h(
          'ul',
          { class: 'coverage-events' },
          ...multi.map((e) =>
            h(
              'li',
              {},
              link(route(['timeline'], { event: e.id }), badge('type', e.type), ` ${formatDay(e.date ?? e.firstReported)} · ${e.participants.slice(0, 4).join(', ') || 'participants not named'}`),
              h('div', { class: 'chips' }, ...[...new Set(e.sources.map((s) => s.outlet ?? 'unknown outlet'))].map((o) => h('span', { class: 'chip' }, o))),
            ),
          ),
        )
      : empty('No events recorded.'),
  );
};
