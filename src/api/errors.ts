import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** The one error shape every API failure has: `{error: {code, message, details?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** An error meant for the client: its status, a stable code and a message naming the bad value. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const errorBody = (code: string, message: string, details?: unknown): ErrorBody => ({
  error: { code, message, ...(details !== undefined && { details }) },
});

export const notFound = (what: string, id: string) => new ApiError(404, 'not_found', `No ${what} "${id}"`);

/** Describes a zod failure as one readable message per input, quoting the value that was given. */
export function invalidInput(where: 'query parameter' | 'path parameter' | 'body field', issues: z.core.$ZodIssue[], input: Record<string, unknown>) {
  const details = issues.map((i) => {
    const name = i.code === 'unrecognized_keys' ? i.keys.join(', ') : i.path.join('.') || '(body)';
    const given = i.code === 'unrecognized_keys' ? undefined : i.path.length ? pick(input, i.path) : undefined;
    const message =
      i.code === 'unrecognized_keys'
        ? `unknown ${where}${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`
        : `${where} "${name}": ${i.message}${given !== undefined ? ` (got ${quote(given)})` : ''}`;
    return { name, message };
  });
  return new ApiError(400, 'bad_request', `Invalid input: ${details.map((d) => d.message).join('; ')}`, details);
}

function pick(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function quote(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

/** Maps anything thrown in a handler to the error shape; unexpected errors are logged and hidden. */
export function toErrorResponse(err: unknown, c: Context, log: (e: unknown) => void = console.error): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.details), err.status);
  log(err);
  return c.json(errorBody('internal', 'Internal server error'), 500);
}
