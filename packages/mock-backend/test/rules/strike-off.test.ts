import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { strikeOffBeforeNoon } from '../../src/rules/strike-off.ts';
import { zonedInstant } from '../../src/rules/court-time.ts';

/** UTC offsets of the four courts' zones on 2026-11-23 (no DST then in any of them). */
const ZONES = [
  { timeZone: 'Asia/Hebron', offsetMinutes: 120 },
  { timeZone: 'Asia/Riyadh', offsetMinutes: 180 },
  { timeZone: 'Asia/Tehran', offsetMinutes: 210 },
  { timeZone: 'Asia/Almaty', offsetMinutes: 300 },
];

/** 2026-11-23 at local `hh:mm`, as a UTC instant worked out by hand from the offset. */
const localOn23 = (hh: number, mm: number, offsetMinutes: number): Date =>
  new Date(Date.UTC(2026, 10, 23, hh, mm) - offsetMinutes * 60_000);

describe('strikeOffBeforeNoon', () => {
  for (const { timeZone, offsetMinutes } of ZONES) {
    test(`${timeZone}: 11:59 local is before noon, 12:00 and 12:01 are not`, () => {
      assert.equal(strikeOffBeforeNoon(localOn23(11, 59, offsetMinutes), timeZone, '12:00'), true);
      assert.equal(strikeOffBeforeNoon(localOn23(12, 0, offsetMinutes), timeZone, '12:00'), false);
      assert.equal(strikeOffBeforeNoon(localOn23(12, 1, offsetMinutes), timeZone, '12:00'), false);
    });

    test(`${timeZone}: the UTC noon is not what counts`, () => {
      const utcNoon = new Date('2026-11-23T12:00:00Z');
      // Every zone is ahead of UTC, so 12:00 UTC is already afternoon there.
      assert.equal(strikeOffBeforeNoon(utcNoon, timeZone, '12:00'), false);
      // 11:59 local is hours before 12:00 UTC, and still refused.
      assert.ok(localOn23(11, 59, offsetMinutes).getTime() < utcNoon.getTime());
    });
  }

  test('just after local midnight is before noon; 23:59 is not', () => {
    assert.equal(strikeOffBeforeNoon(localOn23(0, 0, 120), 'Asia/Hebron', '12:00'), true);
    assert.equal(strikeOffBeforeNoon(localOn23(23, 59, 120), 'Asia/Hebron', '12:00'), false);
  });

  test('follows summer time: Hebron is UTC+3 in July, so 09:00 UTC is 12:00 local', () => {
    assert.equal(strikeOffBeforeNoon(new Date('2026-07-15T08:59:00Z'), 'Asia/Hebron', '12:00'), true);
    assert.equal(strikeOffBeforeNoon(new Date('2026-07-15T09:00:00Z'), 'Asia/Hebron', '12:00'), false);
  });

  test('takes any HH:MM rule, not only noon', () => {
    const at = zonedInstant('2026-11-23', '09:30', 'Asia/Riyadh');
    assert.equal(strikeOffBeforeNoon(at, 'Asia/Riyadh', '09:31'), true);
    assert.equal(strikeOffBeforeNoon(at, 'Asia/Riyadh', '09:30'), false);
  });

  test('a malformed rule or an unknown zone is a RangeError, not a silent answer', () => {
    const now = new Date('2026-11-23T07:00:00Z');
    for (const bad of ['12', '24:00', '12:60', 'noon', '']) {
      assert.throws(() => strikeOffBeforeNoon(now, 'Asia/Hebron', bad), RangeError, bad);
    }
    assert.throws(() => strikeOffBeforeNoon(now, 'Mars/Olympus', '12:00'), RangeError);
  });
});

describe('zonedInstant', () => {
  test('is the inverse of the local wall clock in each zone', () => {
    for (const { timeZone, offsetMinutes } of ZONES) {
      assert.equal(zonedInstant('2026-11-23', '12:00', timeZone).getTime(), localOn23(12, 0, offsetMinutes).getTime(), timeZone);
    }
  });
});
