import { expect } from '@open-wc/testing';
import en from './catalogs/en.ts';
import { catalogLanguage, isCatalogLoaded, loadCatalog, msg } from './msg.ts';
import { pickText } from './localized-text.ts';
import { errorMessageKey } from './error-message.ts';

const LANGUAGES = ['ar', 'fa', 'kk', 'ru'] as const;
/** CLDR plural forms a language may word without the number itself. */
const SPELLED_OUT_PLURAL = /\.(zero|one|two)$/;

describe('msg', () => {
  it('answers in English until a catalog is loaded, then in the locale’s language', async () => {
    expect(isCatalogLoaded('ru-RU')).to.equal(false);
    expect(msg('ru-RU', 'courtPicker.court')).to.equal('Court');
    await loadCatalog('ru-RU');
    expect(isCatalogLoaded('ru')).to.equal(true);
    expect(msg('ru-RU', 'courtPicker.court')).to.equal('Суд');
  });

  it('falls back to English for languages without a catalog and for malformed tags', () => {
    expect(catalogLanguage('de-DE')).to.equal('en');
    expect(catalogLanguage('??')).to.equal('en');
    expect(msg('de-DE', 'courtPicker.jurisdiction')).to.equal('Jurisdiction');
  });

  it('shares one import between concurrent loads', async () => {
    const [a, b] = [loadCatalog('kk'), loadCatalog('kk-KZ')];
    await Promise.all([a, b]);
    expect(msg('kk-KZ', 'courtPicker.court')).to.equal('Сот');
  });

  it('fills variables, numbers in the locale’s digits', async () => {
    await Promise.all([loadCatalog('ar'), loadCatalog('fa')]);
    expect(msg('en', 'courtPicker.courtCount', { count: 12 })).to.equal('Courts available: 12');
    expect(msg('ar-PS', 'courtPicker.courtCount', { count: 12 })).to.equal('عدد المحاكم: ١٢');
    expect(msg('fa-IR', 'courtPicker.courtCount', { count: 12 })).to.equal('۱۲ دادگاه');
  });

  it('has every English key translated in every catalog, with the same placeholders', async () => {
    await Promise.all(LANGUAGES.map((language) => loadCatalog(language)));
    for (const language of LANGUAGES) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const text = msg(language, key);
        expect(text, `${language} ${key}`).to.be.a('string').and.not.equal(en[key]);
        const placeholders = text.match(/\{\w+\}/g) ?? [];
        const expected = en[key].match(/\{\w+\}/g) ?? [];
        // A plural form may spell its number out (Arabic: يوم واحد, يومان) and drop {count}; nothing else may go missing.
        if (SPELLED_OUT_PLURAL.test(key)) expect(expected, `${language} ${key} placeholders`).to.include.members(placeholders);
        else expect(placeholders, `${language} ${key} placeholders`).to.deep.equal(expected);
      }
    }
  });
});

describe('pickText', () => {
  const name = { ar: 'محكمة صلح رام الله', en: 'Ramallah Magistrate Court' };

  it('prefers the reader’s language, then the jurisdiction’s first, then English, then any', () => {
    expect(pickText(name, 'ar-PS')).to.equal('محكمة صلح رام الله');
    expect(pickText(name, 'ru', ['ar'])).to.equal('محكمة صلح رام الله');
    expect(pickText(name, 'ru')).to.equal('Ramallah Magistrate Court');
    expect(pickText({ kk: 'Алматы' }, 'fa')).to.equal('Алматы');
    expect(pickText({}, 'en')).to.equal('');
  });
});

describe('errorMessageKey', () => {
  it('words each SDK error type, and falls back to a generic message', () => {
    expect(errorMessageKey({ type: 'authentication', code: 'invalid_key' })).to.equal('error.authentication');
    expect(errorMessageKey({ type: 'server', code: 'internal' })).to.equal('error.server');
    expect(errorMessageKey({ type: 'connection', code: 'network' })).to.equal('error.network');
    expect(errorMessageKey({ type: 'configuration', code: 'missing_client' })).to.equal('error.noClient');
    expect(errorMessageKey(new Error('boom'))).to.equal('error.generic');
    expect(errorMessageKey(undefined)).to.equal('error.generic');
  });
});
