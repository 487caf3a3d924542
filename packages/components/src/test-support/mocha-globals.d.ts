// The few Mocha globals the browser tests use (web-test-runner provides Mocha; its types are not installed).
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<unknown>): void;
/** A hook's `this`: `this.timeout(ms)` in a `function` body gives that hook its own limit. */
interface MochaHookContext {
  timeout(ms: number): void;
}
declare function before(body: (this: MochaHookContext) => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;
