/** Half-open range of UTF-16 code-unit offsets into a document's cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of text together with where it sits. `text === doc.text.slice(span.start, span.end)`. */
export interface Located {
  span: Span;
  text: string;
}

export const span = (start: number, end: number): Span => ({ start, end });

/** Builds a Located record for `text.slice(start, end)`. */
export const locate = (text: string, start: number, end: number): Located => ({
  span: { start, end },
  text: text.slice(start, end),
});

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Shrinks a span so it does not start or end with whitespace. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
