import type { RawArticle } from '../../core/article.js';
import { problem, type InputProblem } from '../problem.js';
import type { ReadOptions, Reader } from './reader.js';
import { recordToArticle } from './record.js';

/** Line (1-based) of a UTF-16 offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Where JSON.parse stopped, from its message: "at position 12", "(line 3 column 5)", the end of the
 * input, or the quoted stretch around the unexpected token (`Unexpected token '}', ..."lished": }"`).
 */
function errorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineAt(text, Number(pos[1]));
  if (/end of JSON input/.test(message)) return lineAt(text, text.trimEnd().length);
  const around = /Unexpected token '([^']*)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!around) return undefined;
  const at = text.indexOf(around[2]!);
  if (at < 0 || text.indexOf(around[2]!, at + 1) >= 0) return undefined;
  return lineAt(text, at + Math.max(0, around[2]!.lastIndexOf(around[1]!)));
}

/**
 * The line on which each element of a top-level JSON array starts, by one scan that tracks strings
 * and nesting (JSON.parse does not report positions).
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (depth === 1 && expectValue && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/** One line of a JSON Lines file: an article, a problem naming `file:line`, or nothing for a blank line. */
export function readJsonLine(file: string, line: number, text: string, options: ReadOptions): RawArticle | InputProblem | undefined {
  if (!text.trim()) return undefined;
  const source = `${file}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return problem(source, `broken JSON: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return recordToArticle(value, source, options);
}

/** Text that is JSON Lines rather than one JSON document: several lines, the first a whole object. */
function isJsonLines(text: string): boolean {
  const nl = text.indexOf('\n', text.search(/\S/));
  if (nl < 0) return false;
  try {
    const first = JSON.parse(text.slice(0, nl));
    return !!first && typeof first === 'object' && !Array.isArray(first);
  } catch {
    return false;
  }
}

/** Every line of a JSON Lines text (already in memory: standard input, small files). */
export const readJsonLinesText: Reader = (file, text, options) => {
  const out: Array<RawArticle | InputProblem> = [];
  text.split('\n').forEach((line, i) => {
    const item = readJsonLine(file, i + 1, line, options);
    if (item) out.push(item);
  });
  return out;
};

/**
 * A `.json` file: an array of article records or one record. Each element is checked on its own, so
 * one bad record is one problem (`file:line`) and the rest still load. A file that turns out to be
 * JSON Lines is read as such.
 */
export const readJson: Reader = (file, text, options) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (isJsonLines(text)) return readJsonLinesText(file, text, options);
    const message = (e as Error).message;
    const line = errorLine(text, message);
    return [problem(file, `broken JSON: ${message.replace(/\s+/g, ' ').slice(0, 160)}`, line)];
  }
  if (!Array.isArray(value)) return [recordToArticle(value, file, options)];
  const lines = arrayElementLines(text);
  return value.map((v, i) => recordToArticle(v, lines[i] !== undefined ? `${file}:${lines[i]}` : `${file}[${i}]`, options));
};
