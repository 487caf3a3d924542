import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deemedServedAt, servedBy, serviceRuleOf } from '../../src/rules/deemed-service.ts';

const delivered = new Date('2026-11-01T08:00:00Z');

test('Iran serves on delivery, opened or not; elsewhere on opening or after N days', () => {
  assert.equal(serviceRuleOf('IR'), 'on_delivery');
  for (const code of ['PS', 'SA', 'KZ'] as const) assert.equal(serviceRuleOf(code), 'on_open_or_after_days');
  assert.deepEqual(deemedServedAt({ rule: 'on_delivery', deliveredAt: delivered, openedAt: null, days: 10 }), delivered);
  assert.deepEqual(deemedServedAt({ rule: 'on_delivery', deliveredAt: delivered, openedAt: new Date('2026-11-05T00:00:00Z'), days: 10 }), delivered);
});

test('on opening: served when opened before N days, otherwise exactly N days after delivery', () => {
  const opened = new Date('2026-11-03T10:00:00Z');
  const facts = { rule: 'on_open_or_after_days' as const, deliveredAt: delivered, days: 10 };
  assert.deepEqual(deemedServedAt({ ...facts, openedAt: opened }), opened);
  assert.equal(servedBy({ ...facts, openedAt: opened }), 'opened');
  assert.deepEqual(deemedServedAt({ ...facts, openedAt: null }), new Date('2026-11-11T08:00:00Z'));
  // Opened after the automatic moment: it was already served, by the rule.
  const late = new Date('2026-11-20T00:00:00Z');
  assert.deepEqual(deemedServedAt({ ...facts, openedAt: late }), new Date('2026-11-11T08:00:00Z'));
  assert.equal(servedBy({ ...facts, openedAt: late }), 'deemed');
  // The number of days is configurable.
  assert.deepEqual(deemedServedAt({ ...facts, days: 7, openedAt: null }), new Date('2026-11-08T08:00:00Z'));
});
