/**
 * `npm start`: the sandbox API and the example pages, until Ctrl-C.
 *
 *   http://127.0.0.1:4010   the sandbox (startSandboxServer from @adalat/mock-backend/node)
 *   http://127.0.0.1:8080   examples/, the CDN bundles under /cdn/components/ and /cdn/sdk/,
 *                           and /openapi.json
 *
 * Builds first when a build output it needs is missing (or with --build). Ports can be
 * moved with ADALAT_SANDBOX_PORT and ADALAT_EXAMPLES_PORT. A tiny node:http static
 * server, no dependency: it serves only files under the folders above, GET and HEAD.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, createReadStream, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const SANDBOX_PORT = Number(process.env.ADALAT_SANDBOX_PORT ?? 4010);
const EXAMPLES_PORT = Number(process.env.ADALAT_EXAMPLES_PORT ?? 8080);

const SANDBOX_MODULE = join(ROOT, 'packages/mock-backend/dist/node.js');
/** URL prefix → folder; the first matching prefix wins, so `/` comes last. */
const MOUNTS = [
  ['/cdn/components/', join(ROOT, 'packages/components/cdn')],
  ['/cdn/sdk/', join(ROOT, 'packages/sdk/cdn')],
  ['/', join(ROOT, 'examples')],
];
const SINGLE_FILES = { '/openapi.json': join(ROOT, 'packages/sdk/openapi.json') };
/** Example pages' own server code (`server.mjs`, mounted as handlers below, and helpers like `shared/server-kit.mjs`): never served as files. */
const SERVER_ONLY = /(^|[\\/])server(-[\w-]+)?\.mjs$/;
const BUILD_OUTPUTS = [
  SANDBOX_MODULE,
  join(ROOT, 'packages/components/cdn/adalat-court-picker.js'),
  join(ROOT, 'packages/components/cdn/adalat-case-status.js'),
  join(ROOT, 'packages/components/cdn/adalat-fee-payment.js'),
  join(ROOT, 'packages/components/cdn/adalat-notification-badge.js'),
  join(ROOT, 'packages/sdk/cdn/adalat-sdk.js'),
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function ensureBuilt() {
  const missing = BUILD_OUTPUTS.filter((file) => !existsSync(file));
  if (missing.length === 0 && !process.argv.includes('--build')) {
    console.log('Using the existing build (run `npm run build`, or `npm start -- --build`, after changing sources).');
    return;
  }
  if (missing.length) console.log(`Building first (missing ${missing.map((f) => f.slice(ROOT.length)).join(', ')})…`);
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; see above');
}

/** The file a URL path names, or null when it names nothing we serve (including any escape from a mount). */
export function resolveStaticPath(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (SINGLE_FILES[path]) return SINGLE_FILES[path];
  for (const [prefix, dir] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    let file = resolve(dir, `.${sep}${path.slice(prefix.length)}`);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (SERVER_ONLY.test(file)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

function serveStatic(request, response) {
  const send = (status, text) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : text);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(405, 'method not allowed\n');
  }
  const { pathname } = new URL(request.url ?? '/', `http://${HOST}`);
  const file = resolveStaticPath(pathname);
  if (!file) return send(404, `not found: ${pathname}\n`);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    // Always the latest build while developing.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}

/**
 * The server halves of the examples: every `examples/<name>/server.mjs` exports
 * `PARTNER` (`{ jurisdiction, kind }`: the seeded partner whose keys it holds) and
 * `createExampleApi({ apiBaseUrl, secretKey, publishableKey })`, a request handler that
 * answers its own routes (returns true) and leaves the rest to the static server. The
 * secret key stays here; example pages never see it.
 */
async function exampleHandlers(sandboxServer) {
  const apiBaseUrl = sandboxServer.url ?? `http://${HOST}:${SANDBOX_PORT}`;
  const partners = sandboxServer.sandbox?.keys?.partners ?? [];
  const folders = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const handlers = [];
  for (const { name } of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(ROOT, 'examples', name, 'server.mjs');
    if (!existsSync(file)) continue;
    const { PARTNER, createExampleApi } = await import(pathToFileURL(file).href);
    const partner = partners.find((p) => p.jurisdiction === PARTNER?.jurisdiction && p.kind === PARTNER?.kind);
    if (!partner || typeof createExampleApi !== 'function') throw new Error(`examples/${name}/server.mjs: no seeded partner or no createExampleApi`);
    handlers.push(createExampleApi({ apiBaseUrl, secretKey: partner.secretKey, publishableKey: partner.publishableKey }));
  }
  return handlers;
}

function listen(server, port) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
}

function printKeys(keys) {
  const partners = keys?.partners ?? [];
  if (partners.length === 0) return;
  console.log('\nSandbox partners (test keys, sandbox only):');
  for (const { id, name, jurisdiction, secretKey, publishableKey } of partners) {
    const label = [id, jurisdiction].filter(Boolean).join(', ');
    console.log(`  ${name ?? id} (${label})\n    secret key:      ${secretKey}\n    publishable key: ${publishableKey}`);
  }
}

async function main() {
  ensureBuilt();
  const { startSandboxServer } = await import(pathToFileURL(SANDBOX_MODULE).href);
  const sandboxServer = await startSandboxServer({ port: SANDBOX_PORT, host: HOST });
  const exampleApis = await exampleHandlers(sandboxServer);
  const examples = createServer((request, response) => exampleApis.some((handle) => handle(request, response)) || serveStatic(request, response));
  try {
    await listen(examples, EXAMPLES_PORT);
  } catch (error) {
    await sandboxServer.close();
    throw error;
  }

  const sandboxUrl = sandboxServer.url ?? `http://${HOST}:${SANDBOX_PORT}`;
  const examplesUrl = `http://${HOST}:${EXAMPLES_PORT}`;
  console.log(`\nSandbox API: ${sandboxUrl}   (state: ${sandboxUrl}/__sandbox/state)`);
  console.log(`Examples:    ${examplesUrl}/   (court picker: ${examplesUrl}/court-picker.html, case status: ${examplesUrl}/ministry-case-status/, bank fines: ${examplesUrl}/bank-fines/, execution creditor: ${examplesUrl}/execution-creditor/)`);
  console.log(`Bundles:     ${examplesUrl}/cdn/components/adalat-<element>.js, ${examplesUrl}/cdn/sdk/adalat-sdk.js`);
  console.log(`OpenAPI:     ${examplesUrl}/openapi.json`);
  printKeys(sandboxServer.sandbox?.keys);
  console.log('\nCtrl-C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    examples.closeAllConnections?.();
    await Promise.allSettled([new Promise((done) => examples.close(done)), sandboxServer.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((error) => {
    const inUse = error?.code === 'EADDRINUSE';
    console.error(`✖ npm start: ${inUse ? `port ${error.port} is already in use (set ADALAT_SANDBOX_PORT / ADALAT_EXAMPLES_PORT)` : error.message}`);
    process.exit(1);
  });
}
