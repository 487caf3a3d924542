import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectBy, lawyerStanding } from '../../src/rules/notification-backlog.ts';

const at = (iso: string): Date => new Date(iso);

test('collect-by is 3 days after delivery', () => {
  assert.deepEqual(collectBy(at('2026-11-20T09:30:00Z'), 3), at('2026-11-23T09:30:00Z'));
});

test('a lawyer is suspended once a pending notice is past its collect-by, not a moment before', () => {
  const pending = [at('2026-11-22T08:00:00Z'), at('2026-11-20T09:00:00Z')];
  const onTime = lawyerStanding(pending, at('2026-11-23T09:00:00Z'), 3);
  assert.deepEqual(onTime, {
    pendingCount: 2,
    oldestPendingAt: at('2026-11-20T09:00:00Z'),
    collectBy: at('2026-11-23T09:00:00Z'),
    suspended: false,
    suspendedSince: null,
  });
  const late = lawyerStanding(pending, at('2026-11-23T09:00:01Z'), 3);
  assert.equal(late.suspended, true);
  assert.deepEqual(late.suspendedSince, at('2026-11-23T09:00:00Z'));
});

test('no pending notices, or no rule in the jurisdiction: never suspended', () => {
  assert.equal(lawyerStanding([], at('2030-01-01T00:00:00Z'), 3).suspended, false);
  const noRule = lawyerStanding([at('2020-01-01T00:00:00Z')], at('2030-01-01T00:00:00Z'), null);
  assert.deepEqual([noRule.suspended, noRule.collectBy, noRule.pendingCount], [false, null, 1]);
});
