/**
 * The issues a quote or statement speaks to, kept in one text column as `,territory,ceasefire,` (sorted,
 * '' for none). The issue filter reads the issue tables written from it (migration 019).
 */
export const issueTags = (issues: Iterable<string>): string => {
  const sorted = [...new Set(issues)].sort();
  return sorted.length ? `,${sorted.join(',')},` : '';
};
