import { Option, type Command } from 'commander';
import { DEFAULT_MAX_BODY_BYTES } from '../../api/app.js';
import { startServer } from '../../api/server.js';
import { DEFAULT_WEB_ROOT, hasWebBuild } from '../../api/static.js';
import { openStore } from '../../store/connect.js';
import { UsageError } from '../exit.js';
import { dbOption, loadProfileOption, positiveInt } from '../options.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`expected a port number 0-65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the REST API (/api, described at /api/openapi.json) and the web UI from one process')
    .addOption(new Option('--port <n>', 'port to listen on (0 picks a free one)').default(8080).argParser(port))
    .option('--host <address>', 'address to bind; anything but loopback exposes the store to the network', '127.0.0.1')
    .option('--profile <file>', 'negotiation profile (YAML or JSON); default: the bundled Russia–Ukraine profile')
    .addOption(new Option('--write-token <token>', 'enable the write routes (POST /api/documents, /api/feeds) for this bearer token').env('PARLEY_WRITE_TOKEN'))
    .option('--cors <origins>', 'comma-separated origins allowed to call the API from other pages (default: none)')
    .addOption(new Option('--max-body-bytes <n>', 'largest request body accepted').default(DEFAULT_MAX_BODY_BYTES).argParser(positiveInt))
    .option('--web <dir>', 'folder of the built web UI', DEFAULT_WEB_ROOT);
  dbOption(cmd).action(async (opts) => {
    const profile = loadProfileOption(opts);
    // An empty PARLEY_WRITE_TOKEN means "no token": writes stay off.
    if (opts.writeToken && String(opts.writeToken).length < 16)
      throw new UsageError('--write-token must be at least 16 characters (use a random string)');
    const store = await openStore(opts.db);
    const web = hasWebBuild(opts.web) ? opts.web : undefined;
    const server = await startServer({
      store,
      profile,
      host: opts.host,
      port: opts.port,
      ...(opts.writeToken && { writeToken: opts.writeToken }),
      ...(opts.cors && { corsOrigins: String(opts.cors).split(',').map((s: string) => s.trim()).filter(Boolean) }),
      maxBodyBytes: opts.maxBodyBytes,
      ...(web && { webRoot: web }),
    }).catch(async (e: Error) => {
      await store.close();
      throw new UsageError(`cannot listen on ${opts.host}:${opts.port}: ${e.message}`);
    });
    if (!LOOPBACK.test(opts.host)) process.stderr.write(`parley: warning: listening on ${opts.host}, reachable from other machines\n`);
    if (!web) process.stderr.write(`parley: no web UI build in ${opts.web} (run npm run build); serving the API only\n`);
    process.stdout.write(`Parley is serving ${store.location} at ${server.url}/ (API: ${server.url}/api/openapi.json)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await store.close();
  });
}
