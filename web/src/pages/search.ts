import { api, type Highlighted, type Outlet, type SearchResult } from '../api';
import { h, link, route } from '../dom';
import { time } from '../format';
import type { Page } from '../router';
import { docLink, empty, formQuery, heading, input, pager, select } from '../ui';

/** Plain text with `<mark>` around the matched words, built as DOM nodes. */
function marked(x: Highlighted): HTMLElement {
  const out = h('span', { class: 'snippet' });
  let at = 0;
  for (const { start, end } of x.highlights) {
    if (start < at) continue;
    out.append(x.text.slice(at, start), h('mark', {}, x.text.slice(start, end)));
    at = end;
  }
  out.append(x.text.slice(at));
  return out;
}

export const searchPage: Page = async (root, { query, meta, go }) => {
  const kind = query.kind === 'quotes' ? 'quotes' : 'documents';
  const outlets = await api<{ items: Outlet[] }>('outlets');
  const form = h(
    'form',
    { class: 'filters search-form', role: 'search', 'aria-label': 'Search' },
    input('q', 'Search for', query.q, { type: 'search', placeholder: 'e.g. "security guarantees" Witkoff', required: 'required', maxlength: '300' }),
    h(
      'label',
      { for: 'f-kind' },
      h('span', {}, 'In'),
      h('select', { name: 'kind', id: 'f-kind' }, h('option', { value: 'documents', selected: kind === 'documents' }, 'articles'), h('option', { value: 'quotes', selected: kind === 'quotes' }, 'quotes')),
    ),
    select('outlet', 'Outlet', outlets.items.map((o) => ({ id: o.name, name: o.name })), query.outlet),
    select('side', 'Speaker side (quotes)', meta.sides, query.side),
    input('since', 'From', query.since, { type: 'date' }),
    input('until', 'To', query.until, { type: 'date' }),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(route(['search'], formQuery(form)));
  });
  root.append(heading('Search'), form);
  if (!query.q) return;
  const { offset: _o, ...keep } = query;
  const result = await api<SearchResult>('search', { ...query, kind, limit: 25 });
  const results = h('section', { class: 'results', 'aria-label': 'Results' });
  if (!result.items.length) results.append(empty('Nothing found.'));
  else
    results.append(
      h(
        'ol',
        { class: 'hits' },
        ...result.items.map((item) =>
          'quote' in item
            ? h(
                'li',
                { class: 'hit' },
                h('q', {}, marked(item.quote)),
                h('div', { class: 'source-foot' }, item.speakerKey ? link(route(['actors', item.speakerKey]), item.speaker ?? item.speakerKey) : (item.speaker ?? 'unattributed'), ' · ', item.outlet ?? 'unknown outlet', ' · ', time(item.published), ' · ', docLink(item.documentId, 'read', item.id)),
              )
            : h('li', { class: 'hit' }, h('div', { class: 'hit-title' }, docLink(item.id, item.title)), h('div', {}, marked(item.snippet)), h('div', { class: 'source-foot' }, item.outlet ?? 'unknown outlet', ' · ', time(item.published))),
        ),
      ),
      pager(result, ['search'], keep),
    );
  root.append(results);
};
