import type { RawArticle } from '../../src/core/article.js';

/**
 * An article whose title, outlet, URL, quotes and speaker carry script, event-handler and
 * `javascript:` payloads. Each payload sets `window.__pwned`; the UI must show them as text.
 */
export const PAYLOAD_SCRIPT = `<script>window.__pwned='script'</script>`;
export const PAYLOAD_IMG = `<img src=x onerror="window.__pwned='img'">`;
export const PAYLOAD_URL = `javascript:window.__pwned='url'`;

export const HOSTILE_TITLE = `${PAYLOAD_SCRIPT} Envoys ${PAYLOAD_IMG} meet`;
export const HOSTILE_OUTLET = `${PAYLOAD_IMG}Hostile Outlet`;
export const HOSTILE_SPEAKER = `Envoy ${PAYLOAD_SCRIPT}`;
export const HOSTILE_QUOTE = `${PAYLOAD_IMG} we will never accept ${PAYLOAD_SCRIPT} this plan`;

export const HOSTILE_ARTICLE: RawArticle = {
  id: 'hostile-payloads',
  source: 'fixture:hostile',
  format: 'json',
  published: '2025-12-05',
  title: HOSTILE_TITLE,
  outlet: HOSTILE_OUTLET,
  url: PAYLOAD_URL,
  body: [
    `Negotiators met in Geneva on Thursday for talks on the plan.`,
    `${HOSTILE_SPEAKER} said: “${HOSTILE_QUOTE}”, and rejected any withdrawal from the territory.`,
    `Details were posted at ${PAYLOAD_URL} and <a href="${PAYLOAD_URL}">this link</a>.`,
  ].join('\n\n'),
};
