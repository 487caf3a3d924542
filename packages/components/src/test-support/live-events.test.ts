/**
 * Live events in a real browser, through the sandbox's msw service worker: the stream
 * is a `fetch` answered by the worker with a streamed body, and an event published
 * after subscribing arrives without a reload.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { AdalatEvent } from '@adalat/sdk';
import { liveEvents } from '@adalat/sdk/events';
import { startTestSandbox } from './sandbox.ts';
import { widgetSessionClient } from './widget-session.ts';

const openStreams = async (): Promise<number> => {
  const state = (await (await fetch('/__sandbox/state')).json()) as { counts: { eventStreams: number } };
  return state.counts.eventStreams;
};

describe('liveEvents through the msw service worker', () => {
  it('a widget session receives the events of its case as they are published, and leaving closes the stream', async () => {
    const env = await startTestSandbox();
    env.sandbox.reset();
    const { client } = await widgetSessionClient(env, { jurisdiction: 'PS', cases: ['cas_ps_006'], operations: ['events.stream'] });
    const live = liveEvents(client);
    const got: AdalatEvent[] = [];
    const stop = live.subscribe({ caseId: 'cas_ps_006' }, (event) => got.push(event));
    try {
      await waitUntil(() => live.mode === 'stream', 'the stream did not open');
      const touched = await fetch('/__sandbox/cases/cas_ps_006/touch', { method: 'POST', body: JSON.stringify({ change: 'hearing' }) });
      const { events } = (await touched.json()) as { events: AdalatEvent[] };
      await waitUntil(() => got.length === 2, 'the events did not arrive');
      expect(got).to.deep.equal(events);
      expect(got.map((event) => event.type)).to.deep.equal(['hearing.changed', 'case.updated']);
    } finally {
      stop();
    }
    expect(live.mode).to.equal('idle');
    await waitUntil(async () => (await openStreams()) === 0, 'the sandbox still holds the stream');
  });
});
