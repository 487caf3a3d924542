import { expect, fixture, html } from '@open-wc/testing';
import { AdalatProbe } from '../test-support/probe.ts';

/** MutationObserver callbacks run as microtasks; a macrotask later they have all run. */
const mutationsFlushed = () => new Promise((resolve) => setTimeout(resolve));

async function probeIn(root: Element): Promise<AdalatProbe> {
  const probe = root.querySelector('adalat-probe') ?? root.shadowRoot?.querySelector('adalat-probe');
  if (!(probe instanceof AdalatProbe)) throw new Error('no probe');
  await probe.updateComplete;
  return probe;
}

describe('LocaleController (through AdalatElement)', () => {
  it('takes locale and direction from the nearest lang and dir', async () => {
    const root = await fixture(html`<div lang="fa-IR" dir="rtl">
      <section lang="ar-SA"><adalat-probe></adalat-probe></section>
    </div>`);
    const probe = await probeIn(root);
    expect(probe.locale).to.equal('ar-SA');
    expect(probe.dir).to.equal('rtl');
    expect(probe.getAttribute('dir')).to.equal('rtl');
    expect(probe.text).to.equal('المحكمة');
  });

  it('uses the element’s own lang first', async () => {
    const root = await fixture(html`<div lang="ar"><adalat-probe lang="kk-KZ"></adalat-probe></div>`);
    const probe = await probeIn(root);
    expect(probe.locale).to.equal('kk-KZ');
    expect(probe.dir).to.equal('ltr');
    expect(probe.text).to.equal('Сот');
  });

  it('crosses shadow roots to find lang and dir', async () => {
    const host = await fixture(html`<div lang="fa" dir="rtl"><span class="host"></span></div>`);
    const inner = host.querySelector('.host')!;
    const shadow = inner.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<adalat-probe></adalat-probe>';
    const probe = shadow.querySelector('adalat-probe')!;
    await probe.updateComplete;
    expect(probe.locale).to.equal('fa');
    expect(probe.dir).to.equal('rtl');
    expect(probe.text).to.equal('دادگاه');
  });

  it('skips an invalid lang and falls back to English and ltr when nothing is set', async () => {
    const root = await fixture(html`<div lang="not a tag"><adalat-probe></adalat-probe></div>`);
    const probe = await probeIn(root);
    const pageLang = document.documentElement.getAttribute('lang');
    expect(probe.locale).to.equal(pageLang ? Intl.getCanonicalLocales(pageLang)[0] : 'en');
    expect(probe.dir).to.equal('ltr');
  });

  it('derives the direction from the locale when no dir is set', async () => {
    const root = await fixture(html`<div lang="fa-IR"><adalat-probe></adalat-probe></div>`);
    const probe = await probeIn(root);
    expect(probe.dir).to.equal('rtl');
    expect(probe.getAttribute('dir')).to.equal('rtl');
  });

  it('follows live changes of lang and dir on an ancestor', async () => {
    const root = await fixture(html`<div lang="en" dir="ltr"><p><adalat-probe></adalat-probe></p></div>`);
    const probe = await probeIn(root);
    expect(probe.text).to.equal('Court');

    root.setAttribute('lang', 'ar');
    root.setAttribute('dir', 'rtl');
    await mutationsFlushed();
    await probe.updateComplete;
    expect(probe.locale).to.equal('ar');
    expect(probe.dir).to.equal('rtl');
    expect(probe.getAttribute('dir')).to.equal('rtl');
    expect(probe.text).to.equal('المحكمة');

    // A nearer ancestor gaining a lang takes over.
    probe.parentElement!.setAttribute('lang', 'ru');
    await mutationsFlushed();
    await probe.updateComplete;
    expect(probe.locale).to.equal('ru');
    expect(probe.text).to.equal('Суд');
  });

  it('keeps a dir the author set on the element, and reflects again once it is removed', async () => {
    const root = await fixture(html`<div dir="rtl" lang="ar"><adalat-probe dir="ltr"></adalat-probe></div>`);
    const probe = await probeIn(root);
    expect(probe.dir).to.equal('ltr');
    expect(probe.getAttribute('dir')).to.equal('ltr');

    root.setAttribute('dir', 'rtl'); // unchanged value, still must not overwrite the author's
    await mutationsFlushed();
    expect(probe.getAttribute('dir')).to.equal('ltr');

    probe.removeAttribute('dir');
    await mutationsFlushed();
    expect(probe.dir).to.equal('rtl');
    expect(probe.getAttribute('dir')).to.equal('rtl');

    // An author writing dir later wins over the reflected value.
    probe.setAttribute('dir', 'ltr');
    await mutationsFlushed();
    root.setAttribute('dir', 'ltr');
    root.setAttribute('dir', 'rtl');
    await mutationsFlushed();
    expect(probe.dir).to.equal('ltr');
    expect(probe.getAttribute('dir')).to.equal('ltr');
  });

  it('resolves locale per element, not per page', async () => {
    const root = await fixture(html`<div>
      <div lang="ar-SA"><adalat-probe id="a"></adalat-probe></div>
      <div lang="ru"><adalat-probe id="b"></adalat-probe></div>
    </div>`);
    const [a, b] = [...root.querySelectorAll('adalat-probe')];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect([a!.locale, b!.locale]).to.deep.equal(['ar-SA', 'ru']);
    expect([a!.text, b!.text]).to.deep.equal(['المحكمة', 'Суд']);
  });
});
