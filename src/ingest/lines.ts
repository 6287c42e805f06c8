/** One line of a byte stream: its bytes, or how long it was when over the limit (its bytes dropped). */
export type StreamLine = { line: number; bytes: Buffer } | { line: number; tooLong: number };

/**
 * Splits a byte stream into lines without ever holding more than one line (at most `maxLineBytes`)
 * in memory: a longer line is skipped to its newline and reported by its length.
 */
export async function* streamLines(chunks: AsyncIterable<Buffer | Uint8Array>, maxLineBytes: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let overflow = 0;
  const end = (): StreamLine => {
    const out: StreamLine = overflow ? { line, tooLong: overflow } : { line, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    overflow = 0;
    line++;
    return out;
  };
  for await (const raw of chunks) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(10, from);
      const to = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(from, to);
      if (overflow) overflow += piece.length;
      else if (size + piece.length > maxLineBytes) {
        overflow = size + piece.length;
        parts = [];
        size = 0;
      } else if (piece.length) {
        parts.push(Buffer.from(piece));
        size += piece.length;
      }
      if (nl < 0) break;
      yield end();
      from = nl + 1;
    }
  }
  if (size || overflow) yield end();
}
