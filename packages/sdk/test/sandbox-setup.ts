/**
 * How the SDK's suites reach the sandbox: its msw handlers in this process, or its
 * HTTP server on a free port. Every suite set them up the same way; here it is once.
 * @module
 */
import { after, before, beforeEach } from 'node:test';
import { createSandbox, type Sandbox, type SandboxOptions } from '@adalat/mock-backend';
import { startSandboxServer, type SandboxServer } from '@adalat/mock-backend/node';
import { setupServer } from 'msw/node';

/** The origin the msw handlers answer at. */
export const SANDBOX_BASE = 'https://sandbox.adalat.test';

/**
 * A sandbox whose msw handlers answer for this file (or `describe`): listening before
 * its tests, reset before each (then `onReset`, to clear the suite's own logs), closed after.
 */
export function mswSandbox(options: SandboxOptions = {}, onReset?: () => void): Sandbox {
  const sandbox = createSandbox(options);
  const server = setupServer(...sandbox.handlers);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => {
    sandbox.reset();
    onReset?.();
  });
  after(() => server.close());
  return sandbox;
}

/** A sandbox a suite starts in its `before` and stops in its `after`, wherever it runs. */
export interface SandboxTarget {
  start(): Promise<{ baseUrl: string; sandbox: Sandbox }>;
  stop(): Promise<void>;
}

/** A fresh sandbox behind msw handlers in this process. */
export function mswTarget(options: SandboxOptions = {}): SandboxTarget {
  let server: ReturnType<typeof setupServer>;
  return {
    async start() {
      const sandbox = createSandbox(options);
      server = setupServer(...sandbox.handlers);
      server.listen({ onUnhandledFrame: 'error' });
      return { baseUrl: SANDBOX_BASE, sandbox };
    },
    async stop() {
      server.close();
    },
  };
}

/** A fresh sandbox behind its HTTP server, on a free port of 127.0.0.1. */
export function httpTarget(options: SandboxOptions = {}): SandboxTarget {
  let server: SandboxServer;
  return {
    async start() {
      server = await startSandboxServer({ port: 0, sandbox: createSandbox(options) });
      return { baseUrl: server.url, sandbox: server.sandbox };
    },
    stop: () => server.close(),
  };
}
