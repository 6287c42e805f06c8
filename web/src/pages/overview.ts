import { api, type Overview } from '../api';
import { h, link, route } from '../dom';
import { formatDay, plural, time, truncate } from '../format';
import type { Page } from '../router';
import { badge, docLink, empty, heading, issueName, sideName } from '../ui';

const CARDS: Array<[string, string, string]> = [
  ['documents', 'documents', '#/documents'],
  ['outlets', 'outlets', '#/sources'],
  ['stories', 'stories', '#/documents'],
  ['actors', 'actors', '#/actors'],
  ['quotes', 'quotes', '#/search?kind=quotes'],
  ['timeline_events', 'timeline events', '#/timeline'],
  ['positions', 'positions', '#/matrix'],
  ['statuses', 'issue statuses', '#/matrix'],
];

export const overviewPage: Page = async (root, { meta }) => {
  const o = await api<Overview>('overview');
  const range = o.firstPublished ? `Articles from ${formatDay(o.firstPublished)} to ${formatDay(o.lastPublished)}` : 'No articles stored yet.';
  root.append(
    heading(meta.profile.name, h('p', { class: 'lede' }, range)),
    h(
      'ul',
      { class: 'cards', 'aria-label': 'Counts' },
      ...CARDS.map(([key, label, href]) =>
        h('li', {}, link(href, h('span', { class: 'count', 'data-count': key }, (o.counts[key] ?? 0).toLocaleString()), h('span', {}, label))),
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { 'aria-labelledby': 'latest-statuses' },
        h('h2', { id: 'latest-statuses' }, 'Latest issue statuses'),
        o.latestStatuses.length
          ? h(
              'ul',
              { class: 'changes' },
              ...o.latestStatuses.map((s) =>
                h(
                  'li',
                  {},
                  time(s.date),
                  ' ',
                  h('strong', {}, issueName(meta, s.issue)),
                  ' ',
                  badge('status', s.status),
                  s.claimedBy ? h('span', { class: 'muted' }, ` claimed by ${sideName(meta, s.claimedBy)}`) : null,
                  ' · ',
                  docLink(s.documentId, s.outlet ?? s.documentId, s.id),
                ),
              ),
            )
          : empty('No statuses yet.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'latest-positions' },
        h('h2', { id: 'latest-positions' }, 'Latest positions'),
        o.latestPositions.length
          ? h(
              'ul',
              { class: 'changes' },
              ...o.latestPositions.map((p) =>
                h(
                  'li',
                  {},
                  time(p.date),
                  ' ',
                  h('strong', {}, sideName(meta, p.side)),
                  ' ',
                  badge('stance', p.stance),
                  ' on ',
                  link(route(['matrix'], { side: p.side, issue: p.issue }), issueName(meta, p.issue)),
                  h('div', { class: 'quote-line' }, truncate(p.summary, 160), ' · ', docLink(p.documentId, p.outlet ?? p.documentId, p.id)),
                ),
              ),
            )
          : empty('No positions yet.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'latest-docs' },
        h('h2', { id: 'latest-docs' }, 'Latest articles'),
        o.latestDocuments.length
          ? h('ul', { class: 'changes' }, ...o.latestDocuments.map((d) => h('li', {}, time(d.published), ' ', docLink(d.id, d.title), d.outlet ? h('span', { class: 'muted' }, ` · ${d.outlet}`) : null)))
          : empty('No articles yet: run parley ingest.'),
        h('p', {}, link('#/documents', `All ${plural(o.counts.documents ?? 0, 'document')}`)),
      ),
    ),
  );
};
