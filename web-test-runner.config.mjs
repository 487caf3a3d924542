// Browser tests of @adalat/components: Chromium (system binary, never downloaded),
// TypeScript through esbuild, and the sandbox's msw handlers in a service worker.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const fromRoot = (path) => fileURLToPath(new URL(path, import.meta.url));
const mswWorkerPath = fromRoot('./node_modules/msw/lib/mockServiceWorker.js');

/** Serves msw's worker script at the origin's root so it can control every test page. */
async function serveMswWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.set('Service-Worker-Allowed', '/');
  context.set('Cache-Control', 'no-store');
  context.body = await readFile(mswWorkerPath, 'utf8');
}

export default {
  files: ['packages/components/src/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [
    // The components' tsconfig sets experimentalDecorators + useDefineForClassFields: false;
    // esbuild reads both from it so tests run the same class semantics tsc emits.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fromRoot('./packages/components/tsconfig.json') }),
  ],
  middleware: [serveMswWorker],
  // Lit's one-line dev-mode notice on every page says nothing about the tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  // One page at a time: every test file registers the same service worker scope.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
};
