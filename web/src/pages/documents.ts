import { api, type DocumentItem, type List } from '../api';
import { h, route } from '../dom';
import { time } from '../format';
import type { Page } from '../router';
import { docLink, empty, formQuery, heading, input, pager, select } from '../ui';

export const documentsPage: Page = async (root, { query, meta, go }) => {
  const list = await api<List<DocumentItem>>('documents', { ...query, limit: 50 });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter documents' },
    input('outlet', 'Outlet', query.outlet),
    select('side', 'Mentions side', meta.sides, query.side),
    select('issue', 'Issue', meta.issues, query.issue),
    input('since', 'From', query.since, { type: 'date' }),
    input('until', 'To', query.until, { type: 'date' }),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(route(['documents'], formQuery(form)));
  });
  const { offset: _o, ...keep } = query;
  root.append(heading('Documents'), form);
  if (!list.items.length) return void root.append(empty('No documents match.'));
  root.append(
    h('ol', { class: 'doc-list' }, ...list.items.map((d) => h('li', {}, time(d.published), ' ', docLink(d.id, d.title), h('span', { class: 'muted' }, ` · ${d.outlet ?? 'unknown outlet'}`)))),
    pager(list, ['documents'], keep),
  );
};
