import type { Span } from '../../core/span.js';

/** A quotation found by its marks: top-level only (a quote inside a quote stays part of the outer one). */
export interface QuoteSpan {
  /** The opening mark. */
  open: Span;
  /** The closing mark; null when the quote runs to the end of its paragraph without one. */
  close: Span | null;
  /** The words inside the marks, trimmed of spaces. */
  content: Span;
  kind: 'double' | 'single';
  /** Index of the first and the last paragraph the quote covers (a continued quote covers several). */
  paragraphs: [number, number];
}

type Role = 'open' | 'close' | 'either';
interface Mark {
  span: Span;
  role: Role;
  char: string;
}

// Characters around a mark that make it opening (space, bracket, dash before) or closing (space, punctuation after).
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:]/u;
const CLOSE_AFTER = /[\s)\]}.,;:!?\u2026\u2014\u2013\-/]/u;
const WORDISH = /[\p{L}\p{N}$£€[(\u2026.'‘’"“]/u;

/** One pass over a paragraph's double marks: " “ ” „ « » `` ''. */
function doubleMarks(text: string, p: Span): Mark[] {
  const out: Mark[] = [];
  const re = /``|''|["“”„«»]/g;
  re.lastIndex = p.start;
  for (let m = re.exec(text); m && m.index < p.end; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > p.start ? text[start - 1]! : ' ';
    const after = end < p.end ? text[end]! : ' ';
    // A mark that opens its paragraph opens a quotation, whatever its shape (” … what I learned).
    const openCtx = (OPEN_BEFORE.test(before) && WORDISH.test(after)) || start === p.start;
    const closeCtx = !/\s/.test(before) && (CLOSE_AFTER.test(after) || end === p.end);
    let role: Role;
    switch (m[0]) {
      case '``':
      case '„':
      case '«':
        role = 'open';
        break;
      case '»':
        role = 'close';
        break;
      case '“':
        role = closeCtx && !openCtx ? 'close' : 'open';
        break;
      case '”':
        role = openCtx && !closeCtx ? 'open' : 'close';
        break;
      default:
        role = openCtx && !closeCtx ? 'open' : closeCtx && !openCtx ? 'close' : 'either';
    }
    out.push({ span: { start, end }, role, char: m[0] });
  }
  return out;
}

const firstNonSpace = (text: string, p: Span): number => {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  return i;
};

/** Does the paragraph open with a double quotation mark (a quote continued from the previous paragraph)? */
function opensWithMark(text: string, p: Span): Span | null {
  const i = firstNonSpace(text, p);
  const two = text.slice(i, i + 2);
  if (two === '``' || two === "''") return { start: i, end: i + 2 };
  return /["“”„«]/.test(text[i] ?? '') ? { start: i, end: i + 1 } : null;
}

interface Open {
  mark: Mark;
  paragraph: number;
}

/** Pairs double quotation marks across the document, carrying an unclosed quote into the next paragraph. */
function pairDouble(text: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: Open | null = null;
  let marks = paragraphs.length ? doubleMarks(text, paragraphs[0]!) : [];
  paragraphs.forEach((p, pi) => {
    const stack: Open[] = [];
    if (carried) {
      stack.push(carried);
      const lead = opensWithMark(text, p);
      // The paragraph's own opening mark repeats the carried one (news style for a quote over paragraphs).
      if (lead) marks = marks.filter((m) => m.span.start >= lead.end);
      carried = null;
    }
    for (const m of marks) {
      const top = stack[stack.length - 1];
      let role = m.role;
      if (role === 'either') role = top && /^(?:"|'')$/.test(top.mark.char) ? 'close' : 'open';
      // „ ... “ (German) closes with “.
      if (m.char === '“' && top?.mark.char === '„') role = 'close';
      if (role === 'open') {
        stack.push({ mark: m, paragraph: pi });
        continue;
      }
      const opened = stack.pop();
      if (!opened) continue; // a stray closing mark
      if (stack.length === 0) out.push(quoteSpan(text, opened, m.span, pi, 'double'));
    }
    const next = paragraphs[pi + 1];
    marks = next ? doubleMarks(text, next) : [];
    if (!stack.length) return;
    const bottom = stack[0]!;
    // Carried on when the next paragraph opens with a mark of the same kind, or closes the quote before opening any.
    const lead = next && opensWithMark(text, next);
    const same = (m: string) => family(m) === family(bottom.mark.char);
    if (next && ((lead && same(text.slice(lead.start, lead.end))) || (marks[0]?.role === 'close' && same(marks[0].char)))) carried = bottom;
    else if (bottom.paragraph < pi || startsSentence(text, p, bottom.mark.span.start)) {
      // A quotation that opens a sentence and is never closed runs to the end of its paragraph.
      out.push(quoteSpan(text, bottom, null, pi, 'double', p.end));
    }
  });
  return out.sort((a, b) => a.open.start - b.open.start);
}

/** Straight marks and curly ones are different families: a quotation opened with one continues with the same. */
const family = (mark: string): string => (mark === '"' || mark === "''" || mark === '``' ? 'straight' : mark === '«' || mark === '»' ? 'guillemet' : 'curly');

/** Does the mark at `at` open its paragraph or follow the end of a sentence? */
function startsSentence(text: string, p: Span, at: number): boolean {
  let i = at - 1;
  while (i >= p.start && /\s/.test(text[i]!)) i--;
  return i < p.start || /[.!?:…]/.test(text[i]!);
}

function quoteSpan(text: string, o: Open, close: Span | null, last: number, kind: QuoteSpan['kind'], end?: number): QuoteSpan {
  let s = o.mark.span.end;
  let e = close ? close.start : end!;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { open: o.mark.span, close, content: { start: s, end: e }, kind, paragraphs: [o.paragraph, last] };
}

/** Single-mark quotations (‘...’, '...') outside every double quotation: British style and headlines. */
function pairSingle(text: string, paragraphs: Span[], doubles: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // Double quotations in text order: a sweep tells whether a position is inside one.
  let d = 0;
  const inside = (i: number) => {
    while (d < doubles.length && (doubles[d]!.close?.end ?? doubles[d]!.content.end) <= i) d++;
    return d < doubles.length && doubles[d]!.open.start <= i;
  };
  paragraphs.forEach((p, pi) => {
    let open: number | null = null;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c !== '‘' && c !== '’' && c !== "'") continue;
      if (inside(i)) continue;
      const before = i > p.start ? text[i - 1]! : ' ';
      const after = i + 1 < p.end ? text[i + 1]! : ' ';
      if (open === null) {
        if (c !== '’' && OPEN_BEFORE.test(before) && /[\p{L}\p{N}]/u.test(after)) open = i;
      } else if (c !== '‘' && /[\p{L}\p{N}.,!?\u2026]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        // "the Ukrainians’ demands": a plural possessive closes nothing unless a sentence goes on after it.
        out.push(quoteSpan(text, { mark: { span: { start: open, end: open + 1 }, role: 'open', char: text[open]! }, paragraph: pi }, { start: i, end: i + 1 }, pi, 'single'));
        open = null;
      }
    }
  });
  return out;
}

/** Every top-level quotation of a document, in text order. */
export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const doubles = pairDouble(text, paragraphs);
  const singles = pairSingle(text, paragraphs, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open.start - b.open.start);
}
