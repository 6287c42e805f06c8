import './style.css';
import { api, type Meta } from './api';
import { h, replace } from './dom';
import { parseHash, type Page } from './router';
import { errorBox, loading } from './ui';
import { actorPage, actorsPage } from './pages/actors';
import { documentsPage } from './pages/documents';
import { matrixPage } from './pages/matrix';
import { overviewPage } from './pages/overview';
import { readerPage } from './pages/reader';
import { searchPage } from './pages/search';
import { sourcesPage } from './pages/sources';
import { timelinePage } from './pages/timeline';

const PAGES: Record<string, Page> = {
  '': overviewPage,
  timeline: timelinePage,
  matrix: matrixPage,
  actors: actorsPage,
  actor: actorPage,
  documents: documentsPage,
  document: readerPage,
  search: searchPage,
  sources: sourcesPage,
};

const main = document.getElementById('main')!;
let meta: Meta | undefined;
let rendering = 0;

function pageFor(path: string[]): { page: Page; rest: string[] } {
  const [name = '', ...rest] = path;
  // `#/documents/<id>` is the reader, `#/actors/<key>` one actor.
  if (name === 'documents' && rest.length) return { page: PAGES.document!, rest };
  if (name === 'actors' && rest.length) return { page: PAGES.actor!, rest };
  return { page: PAGES[name] ?? notFound, rest };
}

const notFound: Page = (root) => replace(root, h('h1', {}, 'Not found'), h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'Go to the overview')));

function markNav(name: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    const target = (a.getAttribute('href') ?? '').replace(/^#\/?/, '');
    if (target === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function render(): Promise<void> {
  const parsed = parseHash(location.hash);
  if (!parsed) return; // an in-page anchor, not a route
  const run = ++rendering;
  replace(main, loading());
  try {
    meta ??= await api<Meta>('meta');
    document.getElementById('profile-name')!.textContent = meta.profile.name;
    const { page, rest } = pageFor(parsed.path);
    markNav(parsed.path[0] ?? '');
    const root = h('div', { class: 'page' });
    await page(root, { path: rest, query: parsed.query, meta, go: (hash) => (location.hash = hash) });
    if (run !== rendering) return; // a later navigation won
    replace(main, root);
    document.title = `${root.querySelector('h1')?.textContent ?? 'Parley'} · Parley`;
    if (!parsed.query.focus) main.focus({ preventScroll: true });
    root.dispatchEvent(new CustomEvent('page-shown', { bubbles: true }));
    main.setAttribute('data-ready', String(run));
  } catch (e) {
    if (run === rendering) replace(main, errorBox(e));
  }
}

document.querySelector('.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => void render());
void render();
