import { expect } from '@open-wc/testing';
import { formatMoney, fractionDigits, toDecimalString } from './money.ts';

const digitsOnly = (text: string) => text.replace(/[^\d\u0660-\u0669\u06F0-\u06F9\u066B]/g, '');

describe('formatMoney', () => {
  it('uses three decimals for JOD (fils)', () => {
    expect(fractionDigits('JOD')).to.equal(3);
    expect(formatMoney({ amount: 1_234_567, currency: 'JOD' }, 'en')).to.match(/1,234\.567/);
    expect(formatMoney({ amount: 50_000, currency: 'JOD' }, 'en')).to.match(/50\.000/);
  });

  it('keeps every fil of a JOD amount too large for float division', () => {
    const amount = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740.991 JOD
    // What dividing in floating point would show: the last fil is lost.
    const viaFloat = new Intl.NumberFormat('en', { minimumFractionDigits: 3 }).format(amount / 1000);
    expect(viaFloat).not.to.contain('740.991');
    expect(toDecimalString(amount, 'JOD')).to.equal('9007199254740.991');
    expect(formatMoney({ amount, currency: 'JOD' }, 'en')).to.match(/9,007,199,254,740\.991/);
  });

  it('shows IRR in whole rials, billions exact, in Persian digits for fa-IR', () => {
    expect(fractionDigits('IRR')).to.equal(0);
    const amount = 12_345_678_901_234;
    expect(formatMoney({ amount, currency: 'IRR' }, 'en')).to.match(/12,345,678,901,234(?![.\d])/);
    const fa = formatMoney({ amount, currency: 'IRR' }, 'fa-IR');
    expect(fa).not.to.match(/[0-9]/);
    expect(digitsOnly(fa)).to.equal('۱۲۳۴۵۶۷۸۹۰۱۲۳۴');
    expect(fa).to.contain('ریال');
  });

  it('uses two decimals for SAR, ILS and KZT and the locale’s digits', () => {
    expect(formatMoney({ amount: 150_050, currency: 'SAR' }, 'en')).to.match(/1,500\.50/);
    expect(digitsOnly(formatMoney({ amount: 150_050, currency: 'SAR' }, 'ar-SA'))).to.equal('١٥٠٠٫٥٠');
    // Browsers differ in how much Kazakh ICU data they ship; the digits and decimals must hold anyway.
    expect(formatMoney({ amount: 432_500, currency: 'KZT' }, 'kk')).to.match(/4[\s,.]?325[.,]00(?!\d)/);
    expect(formatMoney({ amount: 5, currency: 'ILS' }, 'en')).to.match(/0\.05/);
  });

  it('accepts bigint amounts beyond the safe integer range', () => {
    expect(toDecimalString(123_456_789_012_345_678_901n, 'IRR')).to.equal('123456789012345678901');
    expect(formatMoney({ amount: 123_456_789_012_345_678_901n, currency: 'JOD' }, 'en')).to.match(
      /123,456,789,012,345,678\.901/,
    );
  });

  it('rejects fractional or unsafe minor-unit amounts with a RangeError', () => {
    expect(() => formatMoney({ amount: 10.5, currency: 'SAR' }, 'en')).to.throw(RangeError);
    expect(() => formatMoney({ amount: 2 ** 60, currency: 'IRR' }, 'en')).to.throw(RangeError);
    expect(() => formatMoney({ amount: 1, currency: 'XXX' as 'SAR' }, 'en')).to.throw(RangeError);
  });
});
