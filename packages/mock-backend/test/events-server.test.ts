/** `/v1/events` over the sandbox's real HTTP server: chunks flushed as they come, CORS, the end of a stream. */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import type { AdalatEvent } from '@adalat/sdk/contract';
import { openEventStreamCount } from '../src/events/bus.ts';
import { createSandbox } from '../src/index.ts';
import { startSandboxServer, type SandboxServer } from '../src/node.ts';
import { call } from './helpers.ts';
import { openStream } from './sse-helpers.ts';

let server: SandboxServer;
before(async () => {
  server = await startSandboxServer({ port: 0, sandbox: createSandbox({ eventStreams: { heartbeatMs: 50 } }) });
});
beforeEach(() => server.sandbox.reset());
after(() => server.close());

const staffToken = () => server.sandbox.mintToken({ kind: 'staff', id: 'stf_ps_001', ttlSeconds: 3600 });

async function untilNoStreams(): Promise<number> {
  for (let i = 0; i < 100 && openEventStreamCount(server.sandbox.store) > 0; i += 1) await delay(10);
  return openEventStreamCount(server.sandbox.store);
}

test('an event published after connecting arrives at once over a real socket; leaving ends the stream', async () => {
  const stream = await openStream({ key: staffToken(), origin: server.url });
  try {
    assert.match(stream.response.headers.get('Content-Type') ?? '', /^text\/event-stream/);
    assert.equal(stream.response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match((await stream.nextFrame())!, /^retry: 3000\n/);
    assert.equal(await stream.nextFrame(), ': ping', 'a heartbeat is flushed on its own, not held until the end');
    const touched = await call('/__sandbox/cases/cas_ps_006/touch', { body: { change: 'minutes' } }, server.url);
    const published = (touched.body as { events: AdalatEvent[] }).events;
    assert.equal(published.length, 2);
    assert.deepEqual(await stream.eventsUntil((e) => e.type === 'case.updated'), published);
  } finally {
    stream.close();
  }
  assert.equal(await untilNoStreams(), 0, 'the server ended the stream when the client left');
});

test('closing the server ends open streams', async () => {
  const local = await startSandboxServer({ port: 0, sandbox: createSandbox() });
  const stream = await openStream({ key: local.sandbox.mintToken({ kind: 'staff', id: 'stf_ps_001' }), origin: local.url });
  await stream.nextFrame();
  await local.close();
  await assert.rejects(stream.ended(), TypeError);
  assert.equal(openEventStreamCount(local.sandbox.store), 0);
});

test('a browser may send Last-Event-ID across origins', async () => {
  const response = await fetch(`${server.url}/v1/events`, {
    method: 'OPTIONS',
    headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,last-event-id' },
  });
  assert.equal(response.status, 204);
  assert.ok(response.headers.get('Access-Control-Allow-Headers')?.split(', ').includes('Last-Event-ID'));
});
