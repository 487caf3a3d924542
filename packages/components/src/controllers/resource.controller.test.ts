import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResourceController } from './resource.controller.ts';

/** A host that only counts update requests. */
function host(): ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } {
  return {
    updates: 0,
    controllers: [],
    addController(c) {
      this.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

/** A load the test finishes by hand, recording the signal it was given. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  let signal!: AbortSignal;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const load = (s: AbortSignal) => {
    signal = s;
    return promise;
  };
  return { load, resolve, reject, signal: () => signal };
}

describe('ResourceController', () => {
  it('goes loading → ready with the value, and asks the host to render', async () => {
    const h = host();
    const resource = new ResourceController<string[]>(h);
    expect(h.controllers).to.include(resource);
    const load = deferred<string[]>();
    const done = resource.run(load.load);
    expect(resource.status).to.equal('loading');
    load.resolve(['a']);
    await done;
    expect(resource.status).to.equal('ready');
    expect(resource.value).to.deep.equal(['a']);
    expect(h.updates).to.be.greaterThan(1);
  });

  it('calls an empty array empty, or whatever isEmpty says', async () => {
    const list = new ResourceController<string[]>(host());
    await list.run(async () => []);
    expect(list.status).to.equal('empty');
    const tree = new ResourceController<{ children: unknown[] }>(host(), { isEmpty: (v) => v.children.length === 0 });
    await tree.run(async () => ({ children: [] }));
    expect(tree.status).to.equal('empty');
  });

  it('keeps the error as thrown', async () => {
    class TypedError extends Error {}
    const resource = new ResourceController<string>(host());
    const error = new TypedError('no');
    await resource.run(async () => {
      throw error;
    });
    expect(resource.status).to.equal('error');
    expect(resource.error).to.equal(error);
  });

  it('aborts an older load when a newer one starts; the older answer is ignored', async () => {
    const resource = new ResourceController<string>(host());
    const older = deferred<string>();
    const newer = deferred<string>();
    const first = resource.run(older.load);
    const second = resource.run(newer.load);
    expect(older.signal().aborted).to.equal(true);
    expect(newer.signal().aborted).to.equal(false);
    newer.resolve('new');
    await second;
    older.resolve('old'); // arrives late, after the newer one
    await first;
    expect(resource.value).to.equal('new');
    expect(resource.status).to.equal('ready');
  });

  it('ignores the failure of a superseded load', async () => {
    const resource = new ResourceController<string>(host());
    const older = deferred<string>();
    const first = resource.run(older.load);
    await resource.run(async () => 'fresh');
    older.reject(new DOMException('aborted', 'AbortError'));
    await first;
    expect(resource.status).to.equal('ready');
    expect(resource.error).to.equal(undefined);
  });

  it('clear() aborts and returns to idle; disconnecting mid-load leaves it idle for a later load', async () => {
    const resource = new ResourceController<string>(host());
    const load = deferred<string>();
    void resource.run(load.load);
    resource.clear();
    expect(load.signal().aborted).to.equal(true);
    expect(resource.status).to.equal('idle');

    const again = deferred<string>();
    void resource.run(again.load);
    resource.hostDisconnected();
    expect(again.signal().aborted).to.equal(true);
    expect(resource.status).to.equal('idle');
  });
});
