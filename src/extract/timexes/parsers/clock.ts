import { B, type Parser } from '../candidate.js';

/** A time zone or "local time" after a clock time stays in the extent; the value is not converted. */
const ZONE = `(?:\\s+(?:(?:\\p{Lu}\\p{L}+|local)\\s+time|GMT|UTC|[ECMP][SD]?T|CET|CEST|EET|EEST|MSK|BST|GST|IST)(?![\\p{L}]))?`;

/**
 * Clock times: "6:30 p.m.", "6:30 p. m. Moscow time", "10am", "noon", "midnight", and 24-hour "14:00" when a
 * zone follows or "at" comes before. The date is the publication day; a refiner moves it to an adjacent date.
 */
export function clockParser(): Parser {
  const pattern = new RegExp(
    `${B}(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m(?:\\.|(?![\\p{L}]))${ZONE}|(noon|midday|midnight)${ZONE}(?![\\p{L}])|([01]?\\d|2[0-3])[:h]([0-5]\\d)(?![\\p{N}])(${ZONE}))`,
    'giu',
  );
  return {
    name: 'clock',
    trigger: /\d\s*[ap]\.?\s?m|\b(?:noon|midday|midnight)\b|\d[:h]\d\d/gi,
    pattern,
    extract(m, ctx) {
      const [, h12, min12, ampm, word, h24, min24, zone24] = m;
      let hour: number;
      let minute = 0;
      if (h12) {
        hour = +h12;
        if (hour < 1 || hour > 12) return null;
        minute = min12 ? +min12 : 0;
        if (ampm!.toLowerCase() === 'p' && hour !== 12) hour += 12;
        if (ampm!.toLowerCase() === 'a' && hour === 12) hour = 0;
      } else if (word) {
        // "past midnight", "the noon meal": only "at/by/until... noon" is a time of day.
        if (!/\b(?:at|by|until|till|before|after|from|around|about|since)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
        hour = /midnight/i.test(word) ? 0 : 12;
      } else {
        // A bare 24-hour time needs a zone after it or "at" before it ("at 14:00"), else it may be a score.
        if (!zone24 && !/\bat\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
        hour = +h24!;
        minute = +min24!;
      }
      if (minute > 59) return null;
      const hh = String(hour).padStart(2, '0');
      const mm = String(minute).padStart(2, '0');
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'TIME',
        value: `${ctx.dct}T${hh}:${mm}`,
        rule: 'timex/clock',
        basis: 'inferred',
      };
    },
  };
}
