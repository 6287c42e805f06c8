import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createPipeline, type Pipeline } from '../extract/pipeline.js';
import type { Profile } from '../profile/schema.js';
import type { Store } from '../store/connect.js';
import type { ApiContext } from './context.js';
import { errorBody, toErrorResponse } from './errors.js';
import { openApiDocument } from './openapi.js';
import { Routes } from './route.js';
import { registerActors } from './routes/actors.js';
import { registerDocuments } from './routes/documents.js';
import { registerEvents } from './routes/events.js';
import { registerIngest } from './routes/ingest.js';
import { registerMeta } from './routes/meta.js';
import { registerPositions } from './routes/positions.js';
import { registerSearch } from './routes/search.js';
import { registerSources } from './routes/sources.js';
import { registerSpeech } from './routes/speech.js';
import { securityHeaders } from './security.js';
import { mountWeb } from './static.js';

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  profile: Profile;
  /** Enables the write routes; compared in constant time with the request's bearer token. */
  writeToken?: string;
  /** Origins allowed to call the API from other pages; none (CORS off) by default. */
  corsOrigins?: string[];
  /** Largest request body, in bytes. */
  maxBodyBytes?: number;
  /** Folder of the built web UI; the UI is not served when absent. */
  webRoot?: string;
  /** Pipeline for write routes; built from the profile on first use when absent. */
  pipeline?: Pipeline;
  /** Where unexpected errors are reported (default: stderr). */
  log?: (e: unknown) => void;
}

/**
 * The API (and, given `webRoot`, the UI) as a Hono app that does not listen: tests call
 * `app.request(...)`, `startServer` binds it to a port.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  let pipeline = options.pipeline;
  const ctx: ApiContext = {
    store: options.store,
    db: options.store.db,
    profile: options.profile,
    ...(options.writeToken ? { writeToken: options.writeToken } : {}),
    pipeline: () => (pipeline ??= createPipeline({ profile: options.profile })),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };

  app.use('*', securityHeaders());
  if (options.corsOrigins?.length) app.use('/api/*', cors({ origin: options.corsOrigins, allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: ctx.maxBodyBytes,
      onError: (c) => c.json(errorBody('payload_too_large', `Request body is over the ${ctx.maxBodyBytes}-byte limit`), 413),
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const routes = new Routes(app);
  registerMeta(routes, ctx);
  registerDocuments(routes, ctx);
  registerActors(routes, ctx);
  registerSpeech(routes, ctx);
  registerEvents(routes, ctx);
  registerPositions(routes, ctx);
  registerSearch(routes, ctx);
  registerSources(routes, ctx);
  registerIngest(routes, ctx);
  const spec = openApiDocument(routes.list, { title: 'Parley', version: '0.1.0' });
  app.get('/api/openapi.json', (c) => c.json(spec));

  if (options.webRoot) mountWeb(app, options.webRoot);

  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} "${c.req.path}"`), 404));
  app.onError((err, c) => toErrorResponse(err, c, options.log));
  return app;
}
