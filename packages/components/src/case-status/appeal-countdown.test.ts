import { expect } from '@open-wc/testing';
import type { JudicialAct } from '@adalat/sdk/contract';
import { appealCountdown, courtLocalDate, daysBetween, nextCourtMidnight } from './appeal-countdown.ts';
import { formatLocalDate } from '../format/date.ts';
import { pluralCategory } from '../i18n/plural.ts';

const served = (appealDeadline: string | null, extra: Partial<JudicialAct> = {}): JudicialAct => ({
  type: 'judgment',
  issuedAt: '2026-11-11T11:30:00Z',
  servedAt: appealDeadline ? '2026-11-18T08:00:00Z' : null,
  appealDeadline,
  appealed: false,
  inLegalForce: false,
  ...extra,
});

describe('appealCountdown', () => {
  it('counts whole court-local days to the deadline', () => {
    const countdown = appealCountdown(served('2026-12-20'), new Date('2026-11-23T07:00:00Z'), 'Asia/Hebron');
    expect(countdown).to.deep.equal({ phase: 'open', deadline: '2026-12-20', daysLeft: 27 });
  });

  it('counts in the court’s zone, not the reader’s: late evening UTC is already the next day in Tehran', () => {
    // 21:00 UTC on the 19th is 00:30 on the 20th in Tehran: the last day has begun there.
    const now = new Date('2026-12-19T21:00:00Z');
    expect(courtLocalDate(now, 'Asia/Tehran')).to.equal('2026-12-20');
    expect(courtLocalDate(now, 'Asia/Hebron')).to.equal('2026-12-19');
    expect(appealCountdown(served('2026-12-20'), now, 'Asia/Tehran').phase).to.equal('last_day');
    expect(appealCountdown(served('2026-12-20'), now, 'Asia/Hebron')).to.deep.include({ phase: 'open', daysLeft: 1 });
  });

  it('passes after the last day, unless the court already says appealed or in legal force', () => {
    const after = new Date('2026-12-21T07:00:00Z');
    expect(appealCountdown(served('2026-12-20'), after, 'Asia/Hebron')).to.deep.include({ phase: 'passed', daysLeft: -1 });
    expect(appealCountdown(served('2026-12-20', { inLegalForce: true }), after, 'Asia/Hebron').phase).to.equal('in_legal_force');
    expect(appealCountdown(served('2026-12-20', { appealed: true }), after, 'Asia/Hebron').phase).to.equal('appealed');
  });

  it('has no deadline before service', () => {
    expect(appealCountdown(served(null), new Date(), 'Asia/Almaty')).to.deep.equal({ phase: 'not_served', deadline: null, daysLeft: null });
  });

  it('nextCourtMidnight is the next midnight in the court’s zone, not the reader’s', () => {
    // Hebron is UTC+2 in November, Tehran UTC+3:30.
    expect(nextCourtMidnight(new Date('2026-11-23T07:00:00Z'), 'Asia/Hebron').toISOString()).to.equal('2026-11-23T22:00:00.000Z');
    expect(nextCourtMidnight(new Date('2026-12-19T21:00:00Z'), 'Asia/Tehran').toISOString()).to.equal('2026-12-20T20:30:00.000Z');
    // One millisecond before midnight, midnight is one millisecond away.
    expect(nextCourtMidnight(new Date('2026-11-23T21:59:59.999Z'), 'Asia/Hebron').toISOString()).to.equal('2026-11-23T22:00:00.000Z');
    // A day that starts at 01:00 (Santiago moves its clocks at midnight in September): the first instant of the new day.
    for (const now of ['2026-09-05T12:00:00Z', '2026-04-04T12:00:00Z']) {
      const next = nextCourtMidnight(new Date(now), 'America/Santiago');
      expect(courtLocalDate(new Date(next.getTime() - 1), 'America/Santiago')).to.equal(courtLocalDate(new Date(now), 'America/Santiago'));
      expect(courtLocalDate(next, 'America/Santiago')).not.to.equal(courtLocalDate(new Date(now), 'America/Santiago'));
    }
  });

  it('daysBetween crosses months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).to.equal(3);
    expect(daysBetween('2027-03-01', '2027-02-27')).to.equal(-2);
  });
});

describe('formatLocalDate', () => {
  it('shows the same calendar day in every reader calendar, whatever the reader’s zone', () => {
    expect(formatLocalDate('2026-12-20', { locale: 'en', dateStyle: 'long' })).to.equal('December 20, 2026');
    // 20 December 2026 is 29 Azar 1405 (Solar Hijri) and falls in Rajab 1448 (Umm al-Qura).
    expect(formatLocalDate('2026-12-20', { locale: 'fa', dateStyle: 'long' })).to.contain('۲۹').and.contain('آذر');
    expect(formatLocalDate('2026-12-20', { locale: 'ar-SA', dateStyle: 'long' })).to.contain('١٤٤٨').and.contain('رجب');
  });

  it('rejects anything but YYYY-MM-DD with a RangeError', () => {
    expect(() => formatLocalDate('20/12/2026', { locale: 'en' })).to.throw(RangeError);
  });
});

describe('pluralCategory', () => {
  it('picks the catalog language’s CLDR category', () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en-GB', 27)).to.equal('other');
    expect(['zero', 'one', 'two', 'few', 'many', 'other'].map((_, i) => pluralCategory('ar', [0, 1, 2, 3, 11, 100][i]!))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([1, 3, 5, 21].map((n) => pluralCategory('ru-KZ', n))).to.deep.equal(['one', 'few', 'many', 'one']);
    // A language without a catalog counts in English, like its messages.
    expect(pluralCategory('de', 1)).to.equal('one');
  });
});
