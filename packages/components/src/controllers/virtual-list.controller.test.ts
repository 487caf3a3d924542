import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { VirtualListController } from './virtual-list.controller.ts';

/** 1,000 rows of 20 px in a 200 px box, windowed. */
class WindowedRows extends LitElement {
  count = 1000;
  list = new VirtualListController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('#viewport'),
    count: () => this.count,
    overscan: 2,
  });
  override render() {
    const { first, last } = this.list;
    return html`<div id="viewport" style="height: 200px; overflow-y: auto">
      <div style="height: ${this.list.totalHeight}px; position: relative">
        <div style="position: absolute; inset-inline: 0; transform: translateY(${this.list.offset}px)">
          ${Array.from({ length: last - first }, (_, i) => html`<div data-index=${first + i} style="height: 20px">row ${first + i}</div>`)}
        </div>
      </div>
    </div>`;
  }
}
customElements.define('windowed-rows', WindowedRows);

const rendered = (el: WindowedRows) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-index]')].map((row) => Number(row.dataset.index));
const frame = () => new Promise(requestAnimationFrame);

describe('VirtualListController', () => {
  it('measures a row and renders only the rows in view and the overscan', async () => {
    const el = await fixture<WindowedRows>(html`<windowed-rows></windowed-rows>`);
    await waitUntil(() => el.list.rowHeight === 20, 'row not measured');
    await el.updateComplete;
    expect(el.list.totalHeight).to.equal(20_000);
    expect(rendered(el)).to.deep.equal(Array.from({ length: 12 }, (_, i) => i)); // 10 in view + 2 below
  });

  it('follows the scroll position', async () => {
    const el = await fixture<WindowedRows>(html`<windowed-rows></windowed-rows>`);
    await el.updateComplete;
    await waitUntil(() => el.list.rowHeight === 20, 'row not measured');
    el.shadowRoot!.querySelector('#viewport')!.scrollTop = 10_000; // row 500 at the top
    await waitUntil(() => rendered(el).includes(500), 'the window did not move');
    expect(rendered(el)).to.deep.equal(Array.from({ length: 14 }, (_, i) => 498 + i));
  });

  it('scrollToIndex brings a row into view, scrolling the least', async () => {
    const el = await fixture<WindowedRows>(html`<windowed-rows></windowed-rows>`);
    await waitUntil(() => el.list.rowHeight === 20, 'row not measured');
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('#viewport')!;
    el.list.scrollToIndex(30);
    await el.updateComplete;
    expect(viewport.scrollTop).to.equal(31 * 20 - 200); // row 30 at the bottom edge
    expect(rendered(el)).to.include(30);
    el.list.scrollToIndex(5);
    await el.updateComplete;
    expect(viewport.scrollTop).to.equal(100); // row 5 at the top edge
  });

  it('renders no row past the end when the list shrinks', async () => {
    const el = await fixture<WindowedRows>(html`<windowed-rows></windowed-rows>`);
    await el.updateComplete;
    await waitUntil(() => el.list.rowHeight === 20, 'row not measured');
    el.shadowRoot!.querySelector('#viewport')!.scrollTop = 19_000;
    await waitUntil(() => rendered(el).includes(950), 'the window did not move');
    el.count = 3;
    el.requestUpdate();
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    expect(rendered(el).every((index) => index < 3)).to.equal(true);
  });
});
