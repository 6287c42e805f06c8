import { isIsoDay } from '../../core/dates.js';
import { problem } from '../problem.js';
import { fileArticleId, idFromPath, type Reader } from './reader.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_INDEX = new Map(MONTHS.split('|').map((m, i) => [m.toLowerCase(), i + 1]));

/** A full date in a line: `2025-12-07`, `7 December 2025`, `December 7, 2025`, and where it starts. */
function dateInLine(line: string): { day: string; at: number } | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(line);
  if (iso && isIsoDay(iso[1]!)) return { day: iso[1]!, at: iso.index };
  const dmy = new RegExp(`\\b(\\d{1,2}) (${MONTHS}) (\\d{4})\\b`, 'i').exec(line);
  const mdy = new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(line);
  const hit = dmy ? { y: dmy[3], m: dmy[2], d: dmy[1], at: dmy.index } : mdy ? { y: mdy[3], m: mdy[1], d: mdy[2], at: mdy.index } : undefined;
  if (!hit) return undefined;
  const day = `${hit.y}-${String(MONTH_INDEX.get(hit.m!.toLowerCase())).padStart(2, '0')}-${hit.d!.padStart(2, '0')}`;
  return isIsoDay(day) ? { day, at: hit.at } : undefined;
}

/**
 * The publication date at the top of a plain text article: a full date on one of the first lines
 * that is a header (short: a time stamp, "Washington – December 8, 2025") or opens with it (a dateline,
 * "Published 9 December 2025."). A date inside the first sentence of the story is an event, not this.
 */
function dateInText(text: string): string | undefined {
  const lines = text.slice(0, 2000).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (const line of lines) {
    const hit = dateInLine(line);
    if (hit && (line.length <= 100 || hit.at <= 40)) return hit.day;
  }
  return undefined;
}

/** A date in a file name: `2025-12-07-talks.txt`, `20251207_talks.txt`. */
function dateInName(source: string): string | undefined {
  const name = idFromPath(source);
  const m = /(\d{4})-?(\d{2})-?(\d{2})/.exec(name);
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  return day && isIsoDay(day) ? day : undefined;
}

/** Plain text: the date comes from `--date`, else the text, else the file name, else it is an error. */
export const readText: Reader = (source, text, options) => {
  const published = options.date ?? dateInText(text) ?? dateInName(source);
  if (!published) return [problem(source, 'no publication date (pass --date YYYY-MM-DD or use the seed format)')];
  if (!isIsoDay(published)) return [problem(source, `impossible publication date "${published}"`)];
  return [{ id: fileArticleId(source, { body: text }), source, format: 'text', published, body: text }];
};
