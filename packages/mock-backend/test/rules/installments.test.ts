import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installmentStatus, splitIntoInstallments } from '../../src/rules/installments.ts';

describe('installment rules', () => {
  test('an unpaid installment is due on its due date and overdue the next court-local day', () => {
    // 21:30 UTC on 30 Nov is already 1 Dec in Hebron (UTC+2).
    assert.equal(installmentStatus('2026-12-01', false, new Date('2026-11-30T21:30:00Z'), 'Asia/Hebron'), 'due');
    assert.equal(installmentStatus('2026-12-01', false, new Date('2026-12-01T21:59:00Z'), 'Asia/Hebron'), 'due');
    assert.equal(installmentStatus('2026-12-01', false, new Date('2026-12-01T22:00:00Z'), 'Asia/Hebron'), 'overdue');
    assert.equal(installmentStatus('2026-12-01', false, new Date('2026-12-01T22:00:00Z'), 'Asia/Almaty'), 'overdue');
    assert.equal(installmentStatus('2026-12-01', true, new Date('2027-06-01T00:00:00Z'), 'Asia/Hebron'), 'paid');
  });

  test('a principal splits into equal monthly installments; the last takes the remainder; month ends clamp', () => {
    const plan = splitIntoInstallments(1000, 3, '2026-01-31');
    assert.deepEqual(plan, [
      { number: 1, dueDate: '2026-01-31', amount: 333 },
      { number: 2, dueDate: '2026-02-28', amount: 333 },
      { number: 3, dueDate: '2026-03-31', amount: 334 },
    ]);
    assert.equal(plan.reduce((sum, i) => sum + i.amount, 0), 1000);
    assert.throws(() => splitIntoInstallments(0, 1, '2026-01-01'), RangeError);
    assert.throws(() => splitIntoInstallments(100, 0, '2026-01-01'), RangeError);
    assert.throws(() => splitIntoInstallments(10.5, 1, '2026-01-01'), RangeError);
  });
});
