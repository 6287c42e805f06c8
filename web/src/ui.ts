import type { List, Meta } from './api';
import { ApiFailure } from './api';
import { h, link, route } from './dom';

/** Small pieces shared by the pages. */

export const heading = (text: string, ...extra: Array<Node | string>) => h('div', { class: 'page-head' }, h('h1', {}, text), ...extra);

export function errorBox(e: unknown): HTMLElement {
  const message = e instanceof ApiFailure ? e.message : e instanceof Error ? e.message : String(e);
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Could not load: '), message);
}

export const loading = () => h('p', { class: 'muted', role: 'status' }, 'Loading…');

export const empty = (text: string) => h('p', { class: 'empty muted' }, text);

export const sideName = (meta: Meta, id: string | null | undefined) => (id ? (meta.sides.find((s) => s.id === id)?.name ?? id) : 'unattributed');
export const issueName = (meta: Meta, id: string) => meta.issues.find((i) => i.id === id)?.name ?? id;

/** A coloured label for a stance, status, side or event type; the class carries the colour. */
export const badge = (kind: string, value: string, label = value) => h('span', { class: `badge ${kind}-${value.replace(/[^a-z0-9-]/gi, '')}` }, label);

export const docLink = (id: string, title: string | null, focus?: string) =>
  link(route(['documents', id], { focus }), title?.trim() || id);

/** "Showing 1–50 of 120" (or "of 1,000+" past the count's cap) with previous/next links that keep the other query parameters. */
export function pager(list: List<unknown>, base: string[], query: Record<string, string>): HTMLElement {
  const from = list.total ? list.offset + 1 : 0;
  const to = list.offset + list.items.length;
  const at = (offset: number) => route(base, { ...query, offset: offset || undefined });
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h('span', {}, `${from.toLocaleString()}–${to.toLocaleString()} of ${list.total.toLocaleString()}${list.totalCapped ? '+' : ''}`),
    list.offset > 0 ? link(at(Math.max(0, list.offset - list.limit)), '← Previous') : null,
    // Past a capped count, a full page means there may be more.
    to < list.total || (list.totalCapped && list.items.length === list.limit) ? link(at(list.offset + list.limit), 'Next →') : null,
  );
}

/** A `<select>` with an "any" option; its value is '' when nothing is chosen. */
export function select(name: string, label: string, options: Array<{ id: string; name: string }>, value: string | undefined): HTMLElement {
  const sel = h('select', { name, id: `f-${name}` }, h('option', { value: '' }, 'any'), ...options.map((o) => h('option', { value: o.id, selected: o.id === value }, o.name)));
  return h('label', { for: `f-${name}` }, h('span', {}, label), sel);
}

export function input(name: string, label: string, value: string | undefined, attrs: Record<string, string> = {}): HTMLElement {
  return h('label', { for: `f-${name}` }, h('span', {}, label), h('input', { name, id: `f-${name}`, value: value ?? '', ...attrs }));
}

/** Reads a filter form into route query parameters (empty fields dropped). */
export function formQuery(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  return out;
}
