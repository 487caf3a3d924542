#!/usr/bin/env node
// adalat-sandbox: the Adalat sandbox as an HTTP server.
//   npx adalat-sandbox [--port 4010] [--host 127.0.0.1] [--now 2026-11-23T07:00:00Z] [--latency 0]
// Checks the Node version before loading anything that needs Node 22.
import { parseArgs } from 'node:util';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`adalat-sandbox needs Node 22 or newer; this is Node ${process.versions.node}.`);
  process.exit(1);
}

const USAGE = `Usage: adalat-sandbox [--port 4010] [--host 127.0.0.1] [--now <ISO instant>] [--latency <ms>]`;

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      now: { type: 'string' },
      latency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0 to 65535, got ${values.port}`);
const latencyMs = values.latency === undefined ? 0 : Number(values.latency);
if (!Number.isFinite(latencyMs) || latencyMs < 0) fail(`--latency must be a number of ms, got ${values.latency}`);
if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) fail(`--now must be an ISO instant, got ${values.now}`);

const { createSandbox } = await import('../dist/index.js');
const { startSandboxServer } = await import('../dist/node.js');

const sandbox = createSandbox({ latencyMs, ...(values.now === undefined ? {} : { now: values.now }) });
const server = await startSandboxServer({ port, host: values.host, sandbox });

const lines = [
  `Adalat sandbox listening on ${server.url}`,
  `  API:     ${server.url}/v1/courts?jurisdiction=PS`,
  `  Control: ${server.url}/__sandbox/state`,
  `  Clock:   ${sandbox.clock.now().toISOString().replace('.000Z', 'Z')} (moves only when told to, see /__sandbox/clock)`,
  '',
  'Partner keys (sandbox only):',
];
for (const partner of sandbox.keys.partners) {
  lines.push(`  ${partner.jurisdiction}  ${partner.id.padEnd(16)} ${partner.name}`);
  lines.push(`      secret:      ${partner.secretKey}`);
  lines.push(`      publishable: ${partner.publishableKey}`);
}
lines.push('', 'Sample user tokens (Authorization: Bearer <token>):');
for (const token of sandbox.keys.tokens) {
  lines.push(`  ${token.subject.padEnd(6)} ${token.id.padEnd(11)} ${token.token}`);
}
lines.push('', `Try: curl -H "Authorization: Bearer ${sandbox.keys.partners[0].publishableKey}" ${server.url}/v1/jurisdictions`);
console.log(lines.join('\n'));

function shutdown() {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
