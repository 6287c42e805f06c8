/** Turns file bytes into text, or says why it cannot: binary content, invalid UTF-8. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks a file as binary. */
const BINARY_CONTROL_SHARE = 0.01;

/** Well-known binary formats, by their first bytes, so the message can say what the file is. */
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function binaryKind(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([, sig]) => startsWith(bytes, sig))?.[0];
}

/**
 * Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses empty, whitespace-only and
 * binary content and invalid UTF-8 with a reason that says what to do. Line endings become `\n`.
 */
export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeUtf(bytes);
  if (decoded.ok || !decoded.reason.startsWith('invalid UTF-8')) return decoded;
  return decodeDeclared(bytes) ?? decoded;
}

/**
 * Windows-1252 characters 0x80-0x9F (curly quotes, dashes, euro...). Node decodes the label as plain
 * Latin-1, which leaves them as control characters; the WHATWG table is applied afterwards.
 */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Markup that is not UTF-8 but declares its encoding (`<meta charset=windows-1252>`, `<?xml
 * encoding="ISO-8859-1"?>`) is decoded with it: older sites still serve such pages and feeds.
 */
function decodeDeclared(bytes: Uint8Array): Decoded | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (!/^\s*</.test(head)) return undefined;
  const label = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w:.-]{2,40})/i.exec(head)?.[1] ?? /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w:.-]{2,40})/i.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return undefined;
  let text: string;
  try {
    const decoder = new TextDecoder(label);
    text = decoder.decode(bytes);
    if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] || c);
  } catch {
    return { ok: false, reason: `unknown encoding "${label}" declared in the file` };
  }
  if (!text.trim()) return { ok: false, reason: 'only whitespace' };
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL characters), not text' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

function decodeUtf(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, reason: `binary content (${kind}), not text` };
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const decoder = bytes[0] === 0xff ? utf16le : utf16be;
    try {
      text = decoder.decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: 'invalid UTF-16 (the file starts with a UTF-16 byte order mark)' };
    }
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'binary content (NUL or control bytes), not text' };
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(body) + (body === bytes ? 0 : 3)} (convert the file to UTF-8)` };
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL characters), not text' };
  if (!text.trim()) return { ok: false, reason: 'only whitespace' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
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

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!len || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong 3/4-byte forms, surrogates and code points past U+10FFFF.
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += len;
  }
  return bytes.length;
}
