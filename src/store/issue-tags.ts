/**
 * The issues a quote or statement speaks to, kept in one text column as `,territory,ceasefire,` (sorted,
 * '' for none) so that "speaks to X" is a substring test on both engines: the tag is `,X,`.
 */
export const issueTags = (issues: Iterable<string>): string => {
  const sorted = [...new Set(issues)].sort();
  return sorted.length ? `,${sorted.join(',')},` : '';
};

export const issueTag = (issue: string): string => `,${issue},`;
