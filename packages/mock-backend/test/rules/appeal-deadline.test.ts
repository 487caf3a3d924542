import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, APPEAL_RULES, appealDeadline, appealPeriodOver } from '../../src/rules/appeal-deadline.ts';
import { weekdayOf, zonedInstant } from '../../src/rules/court-time.ts';

const TZ = { PS: 'Asia/Hebron', SA: 'Asia/Riyadh', IR: 'Asia/Tehran', KZ: 'Asia/Almaty' } as const;

describe('appealDeadline', () => {
  test('PS and SA: 30 days from the served date', () => {
    // Served Monday 2 November 2026; day 30 is Wednesday 2 December.
    for (const code of ['PS', 'SA'] as const) {
      const servedAt = zonedInstant('2026-11-02', '10:00', TZ[code]);
      assert.equal(appealDeadline({ servedAt, jurisdiction: code, timeZone: TZ[code] }), '2026-12-02', code);
    }
  });

  test('IR: 20 days, or two months for a party living abroad', () => {
    const servedAt = zonedInstant('2026-11-02', '10:00', TZ.IR);
    assert.equal(appealDeadline({ servedAt, jurisdiction: 'IR', timeZone: TZ.IR }), '2026-11-22');
    assert.equal(appealDeadline({ servedAt, jurisdiction: 'IR', timeZone: TZ.IR, partyAbroad: true }), '2027-01-02');
    // `partyAbroad` changes nothing where the law gives no longer period.
    const ps = zonedInstant('2026-11-02', '10:00', TZ.PS);
    assert.equal(
      appealDeadline({ servedAt: ps, jurisdiction: 'PS', timeZone: TZ.PS, partyAbroad: true }),
      appealDeadline({ servedAt: ps, jurisdiction: 'PS', timeZone: TZ.PS }),
    );
  });

  test('KZ: one calendar month, clamped to the end of a shorter month', () => {
    const on = (date: string) => appealDeadline({ servedAt: zonedInstant(date, '10:00', TZ.KZ), jurisdiction: 'KZ', timeZone: TZ.KZ });
    assert.equal(on('2026-11-10'), '2026-12-10'); // a Thursday
    // 31 January + 1 month = 28 February 2027, a Sunday: moves to Monday 1 March.
    assert.equal(addMonths('2027-01-31', 1), '2027-02-28');
    assert.equal(on('2027-01-31'), '2027-03-01');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29'); // leap year
  });

  test('counts from the court-local date, not the UTC date', () => {
    // 23:30 UTC on 1 November is already 2 November in Almaty (UTC+5).
    const servedAt = new Date('2026-11-01T23:30:00Z');
    assert.equal(appealDeadline({ servedAt, jurisdiction: 'KZ', timeZone: TZ.KZ }), '2026-12-02');
    // In Hebron (UTC+2) it is 2 November 01:30 too; in UTC it would have been 1 November.
    assert.equal(appealDeadline({ servedAt, jurisdiction: 'PS', timeZone: TZ.PS }), '2026-12-02');
  });

  test('a last day on the weekend moves to the next working day, per jurisdiction', () => {
    // Served Friday 6 November 2026: day 30 is Sunday 6 December.
    const ps = zonedInstant('2026-11-06', '10:00', TZ.PS);
    assert.equal(weekdayOf('2026-12-06'), 0);
    assert.equal(appealDeadline({ servedAt: ps, jurisdiction: 'PS', timeZone: TZ.PS }), '2026-12-06'); // Sunday works in PS
    // Served 4 November: day 30 is Friday 4 December; PS and SA rest Friday and Saturday.
    for (const code of ['PS', 'SA'] as const) {
      const servedAt = zonedInstant('2026-11-04', '10:00', TZ[code]);
      assert.equal(appealDeadline({ servedAt, jurisdiction: code, timeZone: TZ[code] }), '2026-12-06', code);
    }
    // IR rests on Friday only: served 14 November, day 20 is Friday 4 December → Saturday 5 December.
    const ir = zonedInstant('2026-11-14', '10:00', TZ.IR);
    assert.equal(appealDeadline({ servedAt: ir, jurisdiction: 'IR', timeZone: TZ.IR }), '2026-12-05');
    // KZ rests on Saturday and Sunday: served 5 November, a month later is Saturday 5 December → Monday.
    const kz = zonedInstant('2026-11-05', '10:00', TZ.KZ);
    assert.equal(appealDeadline({ servedAt: kz, jurisdiction: 'KZ', timeZone: TZ.KZ }), '2026-12-07');
  });

  test('every jurisdiction has a rule with a period and a weekend', () => {
    for (const [code, rule] of Object.entries(APPEAL_RULES)) {
      assert.ok('days' in rule.period || 'months' in rule.period, code);
      assert.ok(rule.weekend.length > 0, code);
    }
  });
});

describe('appealPeriodOver', () => {
  test('the whole last day counts, in the court’s time zone', () => {
    const deadline = '2026-12-02';
    assert.equal(appealPeriodOver(deadline, zonedInstant('2026-12-02', '23:59', TZ.PS), TZ.PS), false);
    assert.equal(appealPeriodOver(deadline, zonedInstant('2026-12-03', '00:00', TZ.PS), TZ.PS), true);
    // 22:30 UTC on 2 December is already 3 December in Almaty.
    assert.equal(appealPeriodOver(deadline, new Date('2026-12-02T22:30:00Z'), TZ.KZ), true);
    assert.equal(appealPeriodOver(deadline, new Date('2026-12-02T22:30:00Z'), TZ.PS), true);
    assert.equal(appealPeriodOver(deadline, new Date('2026-12-02T21:30:00Z'), TZ.PS), false);
  });
});
