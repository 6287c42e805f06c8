import { Option } from 'commander';

export type ListFormat = 'table' | 'json' | 'csv';

export const formatOption = (formats: readonly string[] = ['table', 'json', 'csv'], fallback = 'table') =>
  new Option('--format <format>', 'output format').choices(formats as string[]).default(fallback);

const csvCell = (v: unknown): string => {
  const s = v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const tableCell = (v: unknown): string => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/\s+/g, ' ');

/** Renders rows as an aligned text table, CSV or JSON. Columns are the keys of the first row unless given. */
export function renderList(rows: Record<string, unknown>[], format: string, columns?: string[]): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const cols = columns ?? Object.keys(rows[0] ?? {});
  if (format === 'csv') return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
  if (!rows.length) return '(none)\n';
  const MAX = 60;
  const cells = rows.map((r) => cols.map((c) => {
    const s = tableCell(r[c]);
    return s.length > MAX ? s.slice(0, MAX - 1) + '…' : s;
  }));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
