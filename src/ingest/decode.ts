/** Turns file bytes into text, or says why it cannot: binary content, invalid UTF-8. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks a file as binary. */
const BINARY_CONTROL_SHARE = 0.01;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  try {
    let text: string;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes.subarray(2));
    else {
      if (looksBinary(bytes)) return { ok: false, reason: 'binary content (not text)' };
      text = utf8.decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    }
    if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL bytes)' };
    if (!text.trim()) return { ok: false, reason: 'only whitespace' };
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    return { ok: false, reason: 'invalid UTF-8 (convert the file to UTF-8)' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / n > BINARY_CONTROL_SHARE;
}
