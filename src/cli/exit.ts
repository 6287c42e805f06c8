/** Exit codes shared by every command. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

/** A usage mistake the user can fix (bad option value): printed without a stack, exit code 2. */
export class UsageError extends Error {}
