/**
 * `@adalat/mock-backend/browser`: the sandbox in a page, answered by msw's service
 * worker. Serve `mockServiceWorker.js` (from `msw/mockServiceWorker.js`) at
 * `serviceWorkerUrl`. Requests the sandbox does not handle go to the network.
 * @module
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { Sandbox } from './sandbox.ts';

export interface SandboxWorkerOptions {
  /** Where the worker script is served; `/mockServiceWorker.js` by default. */
  serviceWorkerUrl?: string;
  /** Keep msw from logging every intercepted request; on by default. */
  quiet?: boolean;
}

export interface SandboxWorker {
  worker: SetupWorker;
  stop(): Promise<void>;
}

export async function startSandboxWorker(sandbox: Sandbox, options: SandboxWorkerOptions = {}): Promise<SandboxWorker> {
  const worker = setupWorker(...sandbox.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    quiet: options.quiet ?? true,
    onUnhandledFrame: 'bypass',
  });
  return {
    worker,
    stop: async () => {
      await worker.stop();
    },
  };
}
