import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ApiError, invalidInput } from './errors.js';

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** What the OpenAPI document needs to know about one route. */
export interface RouteSpec<Q extends AnyObject | undefined, P extends AnyObject | undefined> {
  summary: string;
  description?: string;
  tag: string;
  query?: Q;
  params?: P;
  /** Request body media types, for write routes (validated by the handler). */
  body?: { contentTypes: string[]; schema?: z.ZodType; description: string };
  /** Write routes need the bearer token. */
  write?: boolean;
  /** Extra error statuses the route can answer with, besides 400. */
  errors?: number[];
}

export interface RegisteredRoute {
  method: 'get' | 'post';
  path: string;
  spec: RouteSpec<AnyObject | undefined, AnyObject | undefined>;
}

type Input<T> = T extends AnyObject ? z.output<T> : Record<string, never>;

/** Parses a query string: every key at most once, every value validated; failures become 400s. */
export function parseQuery<S extends AnyObject>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  const repeated = Object.entries(all).filter(([, v]) => v.length > 1).map(([k]) => k);
  if (repeated.length)
    throw new ApiError(400, 'bad_request', `Invalid query: ${repeated.map((k) => `"${k}"`).join(', ')} given more than once`, repeated.map((name) => ({ name, message: 'given more than once' })));
  const input = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v[0]]));
  const parsed = schema.strict().safeParse(input);
  if (!parsed.success) throw invalidInput('query parameter', parsed.error.issues, input);
  return parsed.data as z.output<S>;
}

export function parseParams<S extends AnyObject>(c: Context, schema: S): z.output<S> {
  let input: Record<string, string>;
  try {
    input = c.req.param() as Record<string, string>;
  } catch {
    throw new ApiError(400, 'bad_request', `Invalid path "${c.req.path}": malformed percent-encoding`);
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput('path parameter', parsed.error.issues, input);
  return parsed.data as z.output<S>;
}

/**
 * Registers routes on a Hono app and remembers their specs for `/api/openapi.json`. Handlers get
 * validated inputs and return plain data, sent as JSON.
 */
export class Routes {
  readonly list: RegisteredRoute[] = [];

  constructor(private readonly app: Hono) {}

  get<Q extends AnyObject | undefined = undefined, P extends AnyObject | undefined = undefined>(
    path: string,
    spec: RouteSpec<Q, P>,
    handler: (input: { query: Input<Q>; params: Input<P>; c: Context }) => Promise<unknown>,
  ): void {
    this.add('get', path, spec, handler);
  }

  post<Q extends AnyObject | undefined = undefined, P extends AnyObject | undefined = undefined>(
    path: string,
    spec: RouteSpec<Q, P>,
    handler: (input: { query: Input<Q>; params: Input<P>; c: Context }) => Promise<unknown>,
  ): void {
    this.add('post', path, spec, handler);
  }

  private add<Q extends AnyObject | undefined, P extends AnyObject | undefined>(
    method: 'get' | 'post',
    path: string,
    spec: RouteSpec<Q, P>,
    handler: (input: { query: Input<Q>; params: Input<P>; c: Context }) => Promise<unknown>,
  ): void {
    this.list.push({ method, path, spec: spec as RegisteredRoute['spec'] });
    const empty = z.object({});
    this.app.on(method.toUpperCase(), path, async (c) => {
      const query = parseQuery(c, (spec.query ?? empty) as AnyObject) as Input<Q>;
      const params = (spec.params ? parseParams(c, spec.params) : {}) as Input<P>;
      const result = await handler({ query, params, c });
      return result instanceof Response ? result : c.json(result as object);
    });
  }
}
