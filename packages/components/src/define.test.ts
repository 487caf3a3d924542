import { expect } from '@open-wc/testing';
import { defineElement } from './define.ts';
import { AdalatCourtPicker } from './court-picker/court-picker.ts';

let counter = 0;
const uniqueTag = () => `adalat-define-probe-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

describe('defineElement', () => {
  it('defines a free tag and ignores a second class for the same tag without throwing', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}

    expect(defineElement(tag, First)).to.equal('defined');
    expect(() => defineElement(tag, Second)).not.to.throw();
    expect(defineElement(tag, Second)).to.equal('already-defined');
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
  });

  it('is needed: the bare registry throws on the same second definition', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First);
    expect(() => customElements.define(tag, Second)).to.throw(DOMException);
  });

  it('lets a second copy of the package load its define entry on the same page', async () => {
    await import('./define/court-picker.ts');
    expect(customElements.get('adalat-court-picker')).to.equal(AdalatCourtPicker);
    expect(customElements.get('adalat-provider')).to.exist;

    // The query string makes the browser evaluate the modules again: a second copy of the class.
    const copy = (await import(`./court-picker/court-picker.ts?copy=${Date.now()}`)) as {
      AdalatCourtPicker: typeof AdalatCourtPicker;
    };
    expect(copy.AdalatCourtPicker).not.to.equal(AdalatCourtPicker);
    expect(defineElement('adalat-court-picker', copy.AdalatCourtPicker)).to.equal('already-defined');
    await import(`./define/court-picker.ts?copy=${Date.now()}`);
    expect(customElements.get('adalat-court-picker')).to.equal(AdalatCourtPicker);
  });
});
