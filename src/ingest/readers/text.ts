import { isIsoDay } from '../../core/dates.js';
import { problem } from '../problem.js';
import { fileArticleId, idFromPath, type Reader } from './reader.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_INDEX = new Map(MONTHS.split('|').map((m, i) => [m.toLowerCase(), i + 1]));

/** A date near the top of a plain text article: `2025-12-07`, `7 December 2025`, `December 7, 2025`. */
function dateInText(text: string): string | undefined {
  const head = text.slice(0, 400);
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(head);
  if (iso && isIsoDay(iso[1]!)) return iso[1];
  const dmy = new RegExp(`\\b(\\d{1,2}) (${MONTHS}) (\\d{4})\\b`, 'i').exec(head);
  const mdy = new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(head);
  const parts = dmy ? [dmy[3], MONTH_INDEX.get(dmy[2]!.toLowerCase()), dmy[1]] : mdy ? [mdy[3], MONTH_INDEX.get(mdy[1]!.toLowerCase()), mdy[2]] : undefined;
  if (!parts) return undefined;
  const day = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  return isIsoDay(day) ? day : undefined;
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
