import { expect } from '@open-wc/testing';
import * as components from './index.ts';

describe('@adalat/components index', () => {
  it('exports the classes and registers no tag (registration is the define entries’ job)', () => {
    expect(components.AdalatCourtPicker).to.be.a('function');
    expect(components.AdalatProvider).to.be.a('function');
    expect(components.CourtPickerController).to.be.a('function');
    expect(customElements.get('adalat-court-picker')).to.equal(undefined);
    expect(customElements.get('adalat-provider')).to.equal(undefined);
    expect(components.AdalatCaseStatus).to.be.a('function');
    expect(components.CaseStatusController).to.be.a('function');
    expect(customElements.get('adalat-case-status')).to.equal(undefined);
    expect(components.AdalatFeePayment).to.be.a('function');
    expect(components.FeePaymentController).to.be.a('function');
    expect(customElements.get('adalat-fee-payment')).to.equal(undefined);
    expect(components.AdalatForumSearch).to.be.a('function');
    expect(components.ForumSearchController).to.be.a('function');
    expect(components.VirtualListController).to.be.a('function');
    expect(customElements.get('adalat-forum-search')).to.equal(undefined);
    expect(components.AdalatExecutionSummary).to.be.a('function');
    expect(components.ExecutionSummaryController).to.be.a('function');
    expect(customElements.get('adalat-execution-summary')).to.equal(undefined);
  });
});
