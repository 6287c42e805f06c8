/**
 * The dominant label among weighted reports; a tie goes to the label reported last.
 * @example dominant([{ label: 'reject', weight: 1, date: '2025-12-01' }]) // 'reject'
 */
export function dominant(votes: readonly { label: string; weight: number; date: string }[]): string {
  const score = new Map<string, { w: number; last: string }>();
  for (const v of votes) {
    const s = score.get(v.label) ?? { w: 0, last: '' };
    score.set(v.label, { w: s.w + v.weight, last: v.date > s.last ? v.date : s.last });
  }
  return [...score].sort((a, b) => b[1].w - a[1].w || b[1].last.localeCompare(a[1].last) || a[0].localeCompare(b[0]))[0]![0];
}
