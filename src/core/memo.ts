/**
 * A pure function of a string with a bounded memo, for work that repeats across articles (the same names come
 * back in every article). The memo is emptied when it reaches `max` entries, so memory stays bounded and the
 * results never depend on what was read before.
 */
export function memoized<T>(fn: (s: string) => T, max = 10_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    const hit = memo.get(s);
    if (hit !== undefined || memo.has(s)) return hit as T;
    if (memo.size >= max) memo.clear();
    const value = fn(s);
    memo.set(s, value);
    return value;
  };
}
