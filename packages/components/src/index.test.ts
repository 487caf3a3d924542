import { expect } from '@open-wc/testing';
import * as components from './index.ts';

describe('@adalat/components index', () => {
  it('exports the classes and registers no tag (registration is the define entries’ job)', () => {
    expect(components.AdalatCourtPicker).to.be.a('function');
    expect(components.AdalatProvider).to.be.a('function');
    expect(components.CourtPickerController).to.be.a('function');
    expect(customElements.get('adalat-court-picker')).to.equal(undefined);
    expect(customElements.get('adalat-provider')).to.equal(undefined);
  });
});
