import { createHash } from 'node:crypto';

/** What an article id may look like: it names records (`<id>#q1`), URLs and export files, so never a path. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$/;
const MAX_SLUG = 60;

const shortHash = (s: string, n = 8): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Lower-case ASCII words joined by `-`: `Zelensky's plan, 20 points` -> `zelensky-s-plan-20-points`. */
export function slug(s: string, max = MAX_SLUG): string {
  const ascii = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  let dash = false;
  for (const ch of ascii) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (dash && out) out += '-';
      out += ch;
      dash = false;
      if (out.length >= max) break;
    } else dash = true;
  }
  return out;
}

/**
 * An id that is safe as a file name, a URL segment and a record-id prefix. Ids that are already safe
 * stay as they are; anything else (`../../etc/passwd`, spaces, `#`) becomes a slug plus a short hash
 * of the original, so two different unsafe ids never collide.
 * @example safeId('../../etc/passwd') // 'etc-passwd-<8 hex>'
 */
export function safeId(raw: string): string {
  const id = raw.trim();
  if (SAFE_ID.test(id) && !id.includes('..')) return id;
  const s = slug(id);
  return s ? `${s}-${shortHash(id)}` : `id-${shortHash(id)}`;
}

const looksLikeUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]{1,10}:\/\//i.test(s);

/** Id from a URL: its last path segment (or host) as a slug, plus a hash of the whole URL. */
export function idFromUrl(url: string): string {
  let words = '';
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    words = slug(parts.at(-1)?.replace(/\.[a-z]{2,5}$/i, '') ?? '') || slug(u.hostname);
  } catch {
    words = slug(url);
  }
  return `${words || 'url'}-${shortHash(url)}`;
}

/**
 * The id of an article record: the given id made safe (a URL-like id is treated as a URL), else one
 * derived from the URL, else from the title and content, else from the content alone.
 */
export function articleId(fields: { id?: string | undefined; url?: string | undefined; title?: string | undefined; body: string }): string {
  const given = fields.id?.trim();
  if (given) return looksLikeUrl(given) ? idFromUrl(given) : safeId(given);
  if (fields.url?.trim()) return idFromUrl(fields.url.trim());
  const content = shortHash(fields.body.normalize('NFC').replace(/\s+/g, ' ').trim(), 12);
  const words = fields.title ? slug(fields.title, 50) : '';
  return words ? `${words}-${content.slice(0, 8)}` : `doc-${content}`;
}
