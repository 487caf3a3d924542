/**
 * Identity assertion for objects web-test-runner cannot serialize into a failure diff
 * (a client holds its transport): a failing `expect(client).to.equal(other)` would hang
 * the report instead of failing, so compare identity and name the pair instead.
 */
import { expect } from '@open-wc/testing';

export function expectSame(actual: unknown, expected: unknown, what: string): void {
  expect(actual === expected, `${what}: expected the same object`).to.equal(true);
}

export function expectNotSame(actual: unknown, other: unknown, what: string): void {
  expect(actual !== other, `${what}: expected a different object`).to.equal(true);
}
