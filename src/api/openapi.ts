import { z } from 'zod';
import type { RegisteredRoute } from './route.js';

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input',
  401: 'Missing or wrong bearer token',
  403: 'Write endpoints are off',
  404: 'Not found',
  413: 'Request body too large',
  415: 'Unsupported media type',
  501: 'Not available in this build',
};

const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function parameters(schema: z.ZodObject<z.ZodRawShape> | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = jsonSchema(field as z.ZodType);
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required: where === 'path' || !optional,
      ...(typeof s.description === 'string' && { description: s.description }),
      schema: s,
    };
  });
}

/** The OpenAPI 3.1 document of the registered routes. */
export function openApiDocument(routes: RegisteredRoute[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const errors = [400, ...(r.spec.errors ?? []), ...(r.spec.write ? [401, 403, 413] : [])];
    paths[path] ??= {};
    paths[path]![r.method] = {
      summary: r.spec.summary,
      ...(r.spec.description && { description: r.spec.description }),
      tags: [r.spec.tag],
      parameters: [...parameters(r.spec.params, 'path'), ...parameters(r.spec.query, 'query')],
      ...(r.spec.write && { security: [{ bearer: [] }] }),
      ...(r.spec.body && {
        requestBody: {
          required: true,
          description: r.spec.body.description,
          content: Object.fromEntries(
            r.spec.body.contentTypes.map((t) => [t, { schema: r.spec.body!.schema ? jsonSchema(r.spec.body!.schema) : { type: 'string' } }]),
          ),
        },
      }),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        ...Object.fromEntries(
          [...new Set(errors)].map((s) => [s, { description: STATUS_TEXT[s] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'Parley REST API: documents, actors, quotes, events, positions and statuses with their evidence.' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
  };
}
