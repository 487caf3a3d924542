/**
 * The sandbox for browser tests: its msw handlers answer in a service worker served at
 * `/mockServiceWorker.js`, so elements make real `fetch` calls through a real client.
 * Started once per test file (each file runs in its own page).
 * @module
 */
import { createSandbox, type Sandbox, type SandboxOptions } from '@adalat/mock-backend';
import { startSandboxWorker } from '@adalat/mock-backend/browser';
import { AdalatClient } from '@adalat/sdk';

export interface TestSandbox {
  sandbox: Sandbox;
  /** A client with a seeded partner's publishable key, against this page's origin, without retries. */
  client: AdalatClient;
  publishableKey: string;
}

let started: Promise<TestSandbox> | undefined;

/**
 * A client for the sandbox in this page. Retries are off so an injected 5xx reaches
 * the element at once instead of being retried away.
 */
export function sandboxClient(publishableKey: string): AdalatClient {
  return new AdalatClient({ baseUrl: location.origin, auth: { publishableKey }, retry: false });
}

/**
 * The page's sandbox; `options` (a bank size, say) count on the first call of the page only.
 * A test file calls `useTestSandbox` instead; this is for a test that starts it itself.
 */
export function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  started ??= (async () => {
    const sandbox = createSandbox(options);
    await startSandboxWorker(sandbox, { serviceWorkerUrl: '/mockServiceWorker.js', quiet: true });
    const partner = sandbox.keys.partners.find((p) => p.jurisdiction === 'PS') ?? sandbox.keys.partners[0];
    if (!partner) throw new Error('the sandbox seed has no partner');
    return { sandbox, client: sandboxClient(partner.publishableKey), publishableKey: partner.publishableKey };
  })();
  return started;
}

/** What a test file adds to the sandbox's own hooks. */
export interface TestSandboxHooks {
  /** Runs after each test, once the sandbox is back at its seed (clear what the element stored, say). */
  afterEach?: () => void;
}

/**
 * The sandbox for a test file: started before its tests, back to its seed after each.
 * The object it returns is filled in when the `before` hook has run, so tests and
 * later hooks use it as it is.
 */
export function useTestSandbox(options: SandboxOptions = {}, hooks: TestSandboxHooks = {}): TestSandbox {
  const env = {} as TestSandbox;
  before(async () => {
    Object.assign(env, await startTestSandbox(options));
  });
  afterEach(() => {
    env.sandbox.reset();
    hooks.afterEach?.();
  });
  return env;
}
