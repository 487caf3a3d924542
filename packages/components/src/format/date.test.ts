import { expect } from '@open-wc/testing';
import { calendarFor, dateTimeFormat, formatInstant, numberingFor } from './date.ts';

const LATIN_DIGIT = /[0-9]/;
const ARABIC_INDIC = /^[\u0660-\u0669]+$/;
const PERSIAN = /^[\u06F0-\u06F9]+$/;

function parts(instant: string, locale: string, timeZone: string) {
  const list = dateTimeFormat({ locale, timeZone, dateStyle: 'long' }).formatToParts(new Date(instant));
  const get = (type: string) => list.find((p) => p.type === type)?.value;
  return { day: get('day'), month: get('month'), year: get('year') ?? get('relatedYear') };
}

describe('calendarFor / numberingFor', () => {
  it('follows local practice per locale', () => {
    expect(calendarFor('ar-SA')).to.equal('islamic-umalqura');
    expect(calendarFor('fa-IR')).to.equal('persian');
    expect(calendarFor('fa')).to.equal('persian');
    expect(calendarFor('ar-PS')).to.equal('gregory');
    expect(calendarFor('kk')).to.equal('gregory');
    expect(calendarFor('ru')).to.equal('gregory');
    expect(calendarFor('en')).to.equal('gregory');
    expect(numberingFor('ar-SA')).to.equal('arab');
    expect(numberingFor('ar-PS')).to.equal('arab');
    expect(numberingFor('fa-IR')).to.equal('arabext');
    expect(numberingFor('kk-KZ')).to.equal('latn');
    expect(numberingFor('ru')).to.equal('latn');
    expect(numberingFor('en')).to.equal('latn');
  });

  it('lets an explicit Unicode extension win', () => {
    expect(calendarFor('ar-SA-u-ca-gregory')).to.equal('gregory');
    expect(numberingFor('ar-SA-u-nu-latn')).to.equal('latn');
  });

  it('rejects a malformed tag with a RangeError', () => {
    expect(() => calendarFor('not a tag')).to.throw(RangeError);
  });
});

describe('formatInstant', () => {
  // 2026-11-23 is 13 Jumada al-Akhirah 1448 (Umm al-Qura) and 2 Azar 1405 (Solar Hijri).
  const instant = '2026-11-23T07:00:00Z';

  it('shows ar-SA dates in the Umm al-Qura Hijri calendar with Arabic-Indic digits', () => {
    const { day, month, year } = parts(instant, 'ar-SA', 'Asia/Riyadh');
    expect(year).to.match(ARABIC_INDIC).and.equal('١٤٤٨');
    expect(day).to.equal('١٣');
    expect(month).to.contain('جمادى');
    const text = formatInstant(instant, { locale: 'ar-SA', timeZone: 'Asia/Riyadh', dateStyle: 'long' });
    expect(text).to.contain('١٤٤٨').and.not.match(LATIN_DIGIT);
    expect(dateTimeFormat({ locale: 'ar-SA', timeZone: 'Asia/Riyadh' }).resolvedOptions().calendar).to.equal('islamic-umalqura');
  });

  it('shows fa-IR dates in the Solar Hijri calendar with Persian digits', () => {
    const { day, month, year } = parts(instant, 'fa-IR', 'Asia/Tehran');
    expect(year).to.match(PERSIAN).and.equal('۱۴۰۵');
    expect(day).to.equal('۲');
    expect(month).to.equal('آذر');
    const text = formatInstant(instant, { locale: 'fa-IR', timeZone: 'Asia/Tehran', dateStyle: 'long' });
    expect(text).to.contain('۱۴۰۵').and.not.match(LATIN_DIGIT);
  });

  it('shows en dates in the Gregorian calendar with Latin digits', () => {
    expect(formatInstant(instant, { locale: 'en', timeZone: 'Asia/Hebron', dateStyle: 'long' })).to.equal('November 23, 2026');
    expect(formatInstant(new Date(instant), { locale: 'ru', timeZone: 'Asia/Almaty', dateStyle: 'long' })).to.match(/^23 ноября 2026/);
  });

  it('formats in the court’s time zone, not the reader’s', () => {
    // 22:30 UTC is already 02:00 the next day in Tehran (UTC+3:30).
    const late = '2026-11-23T22:30:00Z';
    expect(formatInstant(late, { locale: 'en', timeZone: 'Asia/Tehran', dateStyle: 'long' })).to.equal('November 24, 2026');
    expect(parts(late, 'fa-IR', 'Asia/Tehran').day).to.equal('۳');
    expect(formatInstant(late, { locale: 'en', timeZone: 'Asia/Hebron', dateStyle: 'long' })).to.equal('November 24, 2026');
    expect(formatInstant(late, { locale: 'en', timeZone: 'Asia/Almaty', dateStyle: 'long', timeStyle: 'short' })).to.match(/November 24, 2026.*3:30\sAM/);
  });

  it('takes a calendar override and keeps the locale’s digits', () => {
    const text = formatInstant(instant, { locale: 'ar-SA', timeZone: 'Asia/Riyadh', calendar: 'gregory', dateStyle: 'long' });
    expect(text).to.contain('٢٠٢٦').and.not.contain('١٤٤٨');
  });

  it('rejects an instant that is not a date with a RangeError', () => {
    expect(() => formatInstant('yesterday', { locale: 'en', timeZone: 'Asia/Hebron' })).to.throw(RangeError);
  });
});
