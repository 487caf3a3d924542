import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AuthenticationError, ServerError } from '@adalat/sdk';
import { SEED } from '@adalat/mock-backend';
import '../define/court-picker.ts';
import type { AdalatCourtPicker } from './court-picker.ts';
import type { AdalatProvider } from '../provider/provider.ts';
import { sandboxClient, useTestSandbox } from '../test-support/sandbox.ts';
import { expectSame } from '../test-support/same.ts';

type Part = 'jurisdiction' | 'court' | 'category';

const env = useTestSandbox();

const selectOf = (picker: AdalatCourtPicker, part: Part) =>
  picker.shadowRoot!.querySelector<HTMLSelectElement>(`select#${part}`)!;
/** Values a user can pick (not the placeholder, not context-only options). */
const choosable = (select: HTMLSelectElement) =>
  [...select.options].filter((o) => o.value && !o.disabled).map((o) => o.value);
const labelOf = (picker: AdalatCourtPicker, part: Part) =>
  picker.shadowRoot!.querySelector(`label[for=${part}]`)!.textContent!.trim();
const alertOf = (picker: AdalatCourtPicker) => picker.shadowRoot!.querySelector('[role=alert]');
const statusOf = (picker: AdalatCourtPicker) => picker.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** Waits until nothing is loading (any outcome), then for the render of that outcome. */
async function settled(picker: AdalatCourtPicker): Promise<void> {
  await waitUntil(() => picker.controller.status !== 'loading' && picker.controller.status !== 'idle', 'picker still loading', {
    timeout: 5000,
  });
  await picker.updateComplete;
}

/** Chooses like a pointer user: sets the native select and fires its change. */
async function choose(picker: AdalatCourtPicker, part: Part, value: string): Promise<void> {
  const select = selectOf(picker, part);
  expect(choosable(select), `${part} offers ${value}`).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(picker);
}

const seedCourts = (jurisdiction: string) => SEED.courts.filter((c) => c.jurisdiction === jurisdiction);
const seedCourt = (id: string) => SEED.courts.find((c) => c.id === id)!;

async function pickerWithClient(): Promise<AdalatCourtPicker> {
  const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker name="court" .client=${env.client}></adalat-court-picker>`);
  await settled(picker);
  return picker;
}

describe('<adalat-court-picker>', () => {
  describe('loading from the sandbox', () => {
    it('loads the jurisdictions and shows :state(ready)', async () => {
      const picker = await pickerWithClient();
      expect(picker.matches(':state(ready)')).to.equal(true);
      expect(picker.matches(':state(loading)')).to.equal(false);
      const select = selectOf(picker, 'jurisdiction');
      expect(choosable(select)).to.deep.equal(SEED.jurisdictions.map((j) => j.code));
      expect(select.options[1]!.textContent!.trim()).to.equal(SEED.jurisdictions[0]!.name.en);
      expect(selectOf(picker, 'court').disabled).to.equal(true);
      expect(selectOf(picker, 'category').disabled).to.equal(true);
    });

    it('is :state(loading) with a polite status while the first answer is on its way', async () => {
      env.sandbox.faults.setLatency(300);
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker .client=${env.client}></adalat-court-picker>`);
      expect(picker.matches(':state(loading)')).to.equal(true);
      expect(statusOf(picker)).to.equal('Loading jurisdictions…');
      await settled(picker);
      expect(picker.matches(':state(ready)')).to.equal(true);
    });

    it('choosing PS loads the Palestinian courts, and fires adalat-change and change', async () => {
      const picker = await pickerWithClient();
      const select = selectOf(picker, 'jurisdiction');
      const changed = oneEvent(picker, 'adalat-change');
      const nativeChange = oneEvent(picker, 'change');
      select.value = 'PS';
      select.dispatchEvent(new Event('change'));
      const event = await changed;
      expect(event.detail).to.deep.equal({ jurisdiction: 'PS', courtId: null, category: null });
      expect(event.composed).to.equal(true);
      expect((await nativeChange).bubbles).to.equal(true);

      await settled(picker);
      const courts = selectOf(picker, 'court');
      expect(courts.disabled).to.equal(false);
      expect(choosable(courts)).to.deep.equal(seedCourts('PS').map((c) => c.id));
      expect([...courts.options].map((o) => o.textContent!.trim())).to.include('Ramallah Magistrate Court');
      expect(statusOf(picker)).to.equal(`Courts available: ${seedCourts('PS').length}`);
      expect(picker.jurisdiction).to.equal('PS');
    });

    it('choosing a court offers only the categories it hears; a code covers its subtree', async () => {
      const picker = await pickerWithClient();
      await choose(picker, 'jurisdiction', 'PS');
      await choose(picker, 'court', 'crt_ps_ramallah_magistrate');
      const accepted = seedCourt('crt_ps_ramallah_magistrate').acceptedCategories;
      const offered = choosable(selectOf(picker, 'category'));
      expect(offered).to.include.members(['civil', 'civil.contract', 'civil.contract.sale', 'criminal', 'traffic.fine']);
      expect(offered.every((code) => accepted.some((root) => code === root || code.startsWith(`${root}.`)))).to.equal(true);
      expect(offered).not.to.include('family');
      expect(offered).not.to.include('commercial.papers');
      // Deeper levels are indented.
      const sale = [...selectOf(picker, 'category').options].find((o) => o.value === 'civil.contract.sale')!;
      expect(sale.textContent).to.equal('\u00a0'.repeat(6) + 'Sale');
    });

    it('keeps non-heard ancestors as disabled context (SA commercial court hears execution.papers only)', async () => {
      const picker = await pickerWithClient();
      await choose(picker, 'jurisdiction', 'SA');
      await choose(picker, 'court', 'crt_sa_riyadh_commercial');
      const options = [...selectOf(picker, 'category').options];
      const execution = options.find((o) => o.value === 'execution')!;
      expect(execution.disabled).to.equal(true);
      const offered = choosable(selectOf(picker, 'category'));
      expect(offered).to.include('execution.papers');
      expect(offered).not.to.include('execution.judgment');
      expect(offered.filter((code) => code.startsWith('execution.'))).to.deep.equal(
        offered.filter((code) => code.startsWith('execution.papers')),
      );
    });

    it('changing the court drops a category the new court does not hear; changing jurisdiction clears both', async () => {
      const picker = await pickerWithClient();
      await choose(picker, 'jurisdiction', 'PS');
      await choose(picker, 'court', 'crt_ps_ramallah_first_instance');
      await choose(picker, 'category', 'commercial.company');
      expect(picker.value).to.deep.equal({ jurisdiction: 'PS', courtId: 'crt_ps_ramallah_first_instance', category: 'commercial.company' });
      await choose(picker, 'court', 'crt_ps_ramallah_magistrate');
      expect(picker.value.category).to.equal(null);
      await choose(picker, 'category', 'civil.tort');
      await choose(picker, 'court', 'crt_ps_nablus_first_instance');
      expect(picker.value.category).to.equal('civil.tort');
      await choose(picker, 'jurisdiction', 'KZ');
      expect(picker.value).to.deep.equal({ jurisdiction: 'KZ', courtId: null, category: null });
      expect(choosable(selectOf(picker, 'court'))).to.deep.equal(seedCourts('KZ').map((c) => c.id));
    });

    it('refuses a choice outside the loaded options with a RangeError and changes nothing', async () => {
      const picker = await pickerWithClient();
      await choose(picker, 'jurisdiction', 'PS');
      await choose(picker, 'court', 'crt_ps_ramallah_magistrate');
      const before = picker.value;
      expect(() => picker.controller.selectJurisdiction('XX')).to.throw(RangeError);
      expect(() => picker.controller.selectCourt('crt_sa_riyadh_labour')).to.throw(RangeError);
      expect(() => picker.controller.selectCategory('family.divorce')).to.throw(RangeError);
      expect(() => picker.controller.selectCategory('civil.contract.nonexistent')).to.throw(RangeError);
      expect(picker.value).to.deep.equal(before);
    });

    it('takes its initial choice from attributes and drops parts the data do not know', async () => {
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker
        jurisdiction="SA"
        court="crt_sa_riyadh_labour"
        category="labour.wages"
        .client=${env.client}
      ></adalat-court-picker>`);
      await waitUntil(() => picker.controller.complete, 'initial choice not confirmed', { timeout: 5000 });
      await picker.updateComplete;
      expect(picker.value).to.deep.equal({ jurisdiction: 'SA', courtId: 'crt_sa_riyadh_labour', category: 'labour.wages' });
      expect(selectOf(picker, 'court').value).to.equal('crt_sa_riyadh_labour');
      expect(selectOf(picker, 'category').value).to.equal('labour.wages');

      const wrong = await fixture<AdalatCourtPicker>(html`<adalat-court-picker
        jurisdiction="PS"
        court="crt_sa_riyadh_labour"
        category="labour.wages"
        .client=${env.client}
      ></adalat-court-picker>`);
      await waitUntil(() => wrong.controller.courtList.length > 0 && wrong.court === null, 'foreign court kept', { timeout: 5000 });
      expect(wrong.value).to.deep.equal({ jurisdiction: 'PS', courtId: null, category: null });
    });

    it('aborts the older courts request when the jurisdiction changes again', async () => {
      const requests: Request[] = [];
      const client = sandboxClientWithFetch((request) => requests.push(request));
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker .client=${client}></adalat-court-picker>`);
      await settled(picker);
      env.sandbox.faults.setLatency(200);
      const select = selectOf(picker, 'jurisdiction');
      select.value = 'PS';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => requests.some((r) => r.url.includes('jurisdiction=PS')), 'no PS request');
      select.value = 'IR';
      select.dispatchEvent(new Event('change'));
      await settled(picker);
      const psCourts = requests.find((r) => r.url.includes('/v1/courts') && r.url.includes('jurisdiction=PS'))!;
      expect(psCourts.signal.aborted).to.equal(true);
      expect(choosable(selectOf(picker, 'court'))).to.deep.equal(seedCourts('IR').map((c) => c.id));
    });
  });

  describe('keyboard', () => {
    it('can be completed with the keyboard alone', async () => {
      const wrapper = await fixture(html`<div>
        <button type="button">before</button>
        <adalat-court-picker name="court" .client=${env.client}></adalat-court-picker>
      </div>`);
      const picker = wrapper.querySelector('adalat-court-picker')!;
      await settled(picker);
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(picker.shadowRoot!.activeElement).to.equal(selectOf(picker, 'jurisdiction'));
      await sendKeys({ press: 'ArrowDown' });
      await settled(picker);
      expect(picker.value.jurisdiction).to.equal(SEED.jurisdictions[0]!.code);

      await sendKeys({ press: 'Tab' });
      expect(picker.shadowRoot!.activeElement).to.equal(selectOf(picker, 'court'));
      await sendKeys({ press: 'ArrowDown' });
      await settled(picker);
      const firstCourt = seedCourts(SEED.jurisdictions[0]!.code)[0]!;
      expect(picker.value.courtId).to.equal(firstCourt.id);

      await sendKeys({ press: 'Tab' });
      expect(picker.shadowRoot!.activeElement).to.equal(selectOf(picker, 'category'));
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(picker.value.category).to.equal(choosable(selectOf(picker, 'category'))[0]);
      expect(picker.controller.complete).to.equal(true);
    });

    it('is focusable as one control: focus() lands on the first select', async () => {
      const picker = await pickerWithClient();
      picker.focus();
      expect(picker.shadowRoot!.activeElement).to.equal(selectOf(picker, 'jurisdiction'));
    });
  });

  describe('forms', () => {
    it('submits `${name}.jurisdiction`, `.court` and `.category`, and is valueMissing until complete', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <adalat-court-picker name="court" required .client=${env.client}></adalat-court-picker>
      </form>`);
      const picker = form.querySelector('adalat-court-picker')!;
      await settled(picker);
      expect(picker.form).to.equal(form);
      expect(form.checkValidity()).to.equal(false);
      expect(picker.validity.valueMissing).to.equal(true);
      expect(picker.validationMessage).to.equal('Choose a jurisdiction, a court and a case category.');
      expect([...new FormData(form).keys()]).to.deep.equal([]);

      await choose(picker, 'jurisdiction', 'PS');
      await choose(picker, 'court', 'crt_ps_hebron_first_instance');
      expect([...new FormData(form)]).to.deep.equal([
        ['court.jurisdiction', 'PS'],
        ['court.court', 'crt_ps_hebron_first_instance'],
      ]);
      expect(form.checkValidity()).to.equal(false);

      await choose(picker, 'category', 'labour.wages');
      expect(form.checkValidity()).to.equal(true);
      expect(picker.validity.valid).to.equal(true);

      const submitted = new Promise<FormData>((resolve) =>
        form.addEventListener(
          'submit',
          (event) => {
            event.preventDefault();
            resolve(new FormData(form));
          },
          { once: true },
        ),
      );
      form.requestSubmit();
      expect([...(await submitted)]).to.deep.equal([
        ['court.jurisdiction', 'PS'],
        ['court.court', 'crt_ps_hebron_first_instance'],
        ['court.category', 'labour.wages'],
      ]);
    });

    it('blocks submission while required and incomplete', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <adalat-court-picker name="court" required .client=${env.client}></adalat-court-picker>
      </form>`);
      const picker = form.querySelector('adalat-court-picker')!;
      await settled(picker);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      const invalid = oneEvent(picker, 'invalid');
      form.requestSubmit();
      await invalid;
      expect(submitted).to.equal(false);
    });

    it('resets to the choice its attributes name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <adalat-court-picker name="c" jurisdiction="SA" court="crt_sa_riyadh_labour" category="labour.wages" .client=${env.client}>
        </adalat-court-picker>
      </form>`);
      const picker = form.querySelector('adalat-court-picker')!;
      await waitUntil(() => picker.controller.complete, 'initial choice', { timeout: 5000 });
      await choose(picker, 'jurisdiction', 'PS');
      expect(new FormData(form).get('c.jurisdiction')).to.equal('PS');
      expect(new FormData(form).get('c.court')).to.equal(null);

      form.reset();
      await waitUntil(() => picker.controller.complete, 'reset choice', { timeout: 5000 });
      await picker.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([
        ['c.jurisdiction', 'SA'],
        ['c.court', 'crt_sa_riyadh_labour'],
        ['c.category', 'labour.wages'],
      ]);
    });

    it('is disabled by a disabled fieldset and by its own attribute, and then submits nothing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset disabled>
          <adalat-court-picker name="c" jurisdiction="PS" .client=${env.client}></adalat-court-picker>
        </fieldset>
      </form>`);
      const picker = form.querySelector('adalat-court-picker')!;
      await settled(picker);
      await waitUntil(() => picker.value.jurisdiction === 'PS', 'PS confirmed');
      await picker.updateComplete;
      expect(selectOf(picker, 'jurisdiction').disabled).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);

      form.querySelector('fieldset')!.disabled = false;
      await picker.updateComplete;
      expect(selectOf(picker, 'jurisdiction').disabled).to.equal(false);
      expect(new FormData(form).get('c.jurisdiction')).to.equal('PS');

      picker.disabled = true;
      await picker.updateComplete;
      expect(selectOf(picker, 'court').disabled).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
    });
  });

  describe('errors', () => {
    it('shows :state(error) and an alert when the server fails, and recovers on retry', async () => {
      env.sandbox.faults.failNext({ status: 500, path: '/v1/jurisdictions' });
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker .client=${env.client}></adalat-court-picker>`);
      await settled(picker);
      expect(picker.matches(':state(error)')).to.equal(true);
      expect(picker.controller.error).to.be.instanceOf(ServerError);
      expect(alertOf(picker)!.querySelector('[part=error-message]')!.textContent).to.equal(
        'The court service had a problem. Try again.',
      );

      alertOf(picker)!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await settled(picker);
      expect(picker.matches(':state(ready)')).to.equal(true);
      expect(alertOf(picker)).to.equal(null);
      expect(choosable(selectOf(picker, 'jurisdiction'))).to.have.length(SEED.jurisdictions.length);
    });

    it('reloads only what failed: a failed courts request keeps the chosen jurisdiction', async () => {
      const picker = await pickerWithClient();
      env.sandbox.faults.failNext({ status: 503, path: '/v1/courts' });
      await choose(picker, 'jurisdiction', 'PS');
      expect(picker.matches(':state(error)')).to.equal(true);
      expect(picker.controller.courts.error).to.be.instanceOf(ServerError);
      alertOf(picker)!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
      await settled(picker);
      expect(picker.matches(':state(ready)')).to.equal(true);
      expect(picker.value.jurisdiction).to.equal('PS');
      expect(choosable(selectOf(picker, 'court'))).to.have.length(seedCourts('PS').length);
    });

    it('says the key was refused when the publishable key is wrong', async () => {
      const client = sandboxClient('pk_test_thisKeyDoesNotExist000000');
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker .client=${client}></adalat-court-picker>`);
      await settled(picker);
      expect(picker.matches(':state(error)')).to.equal(true);
      expect(picker.controller.error).to.be.instanceOf(AuthenticationError);
      expect(alertOf(picker)!.textContent).to.contain('The court service refused this page’s key.');
    });

    it('shows a clear error without a client, and recovers when one is set', async () => {
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker></adalat-court-picker>`);
      await picker.updateComplete;
      expect(picker.matches(':state(error)')).to.equal(true);
      expect(picker.clientError?.code).to.equal('missing_client');
      expect(alertOf(picker)!.textContent).to.contain('<adalat-provider>');
      expect(alertOf(picker)!.querySelector('[part=retry]')).to.equal(null);

      picker.client = env.client;
      await settled(picker);
      expect(picker.matches(':state(ready)')).to.equal(true);
    });

    it('shows :state(empty) when a jurisdiction has no courts', async () => {
      const picker = await pickerWithClient();
      const courts = env.sandbox.store.courts;
      for (const [id, court] of courts) if (court.jurisdiction === 'IR') courts.delete(id);
      await choose(picker, 'jurisdiction', 'IR');
      expect(picker.matches(':state(empty)')).to.equal(true);
      expect(statusOf(picker)).to.equal('This jurisdiction has no courts to choose from.');
    });
  });

  describe('provider', () => {
    it('gets its client from the nearest <adalat-provider>, also through a shadow root', async () => {
      const provider = await fixture<AdalatProvider>(html`<adalat-provider
        base-url=${location.origin}
        publishable-key=${env.publishableKey}
      >
        <adalat-court-picker></adalat-court-picker>
        <div class="host"></div>
      </adalat-provider>`);
      const direct = provider.querySelector('adalat-court-picker')!;
      await settled(direct);
      expectSame(direct.client, provider.client, 'client from the provider');
      expect(direct.matches(':state(ready)')).to.equal(true);

      const shadow = provider.querySelector('.host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<adalat-court-picker></adalat-court-picker>';
      const nested = shadow.querySelector('adalat-court-picker')!;
      await settled(nested);
      expectSame(nested.client, provider.client, 'client through a shadow root');
      expect(choosable(selectOf(nested, 'jurisdiction'))).to.have.length(SEED.jurisdictions.length);
    });

    it('lets an explicit client win over the provider, and follows a provider whose key changes', async () => {
      const provider = await fixture<AdalatProvider>(html`<adalat-provider
        base-url=${location.origin}
        publishable-key="pk_test_wrongWrongWrong000000000"
      >
        <adalat-court-picker id="explicit" .client=${env.client}></adalat-court-picker>
        <adalat-court-picker id="inherited"></adalat-court-picker>
      </adalat-provider>`);
      const explicit = provider.querySelector<AdalatCourtPicker>('#explicit')!;
      const inherited = provider.querySelector<AdalatCourtPicker>('#inherited')!;
      await Promise.all([settled(explicit), settled(inherited)]);
      expect(explicit.matches(':state(ready)')).to.equal(true);
      expect(inherited.matches(':state(error)')).to.equal(true);

      const before = inherited.client;
      provider.publishableKey = env.publishableKey;
      await provider.updateComplete;
      await waitUntil(() => inherited.client !== before, 'provider client not followed');
      await settled(inherited);
      expect(inherited.matches(':state(ready)')).to.equal(true);
    });
  });

  describe('locale and accessibility', () => {
    it('speaks Arabic under <div lang="ar" dir="rtl">, names in Arabic with fallbacks', async () => {
      const wrapper = await fixture(html`<div lang="ar" dir="rtl">
        <adalat-court-picker .client=${env.client}></adalat-court-picker>
      </div>`);
      const picker = wrapper.querySelector('adalat-court-picker')!;
      await settled(picker);
      expect(picker.locale).to.equal('ar');
      expect(picker.dir).to.equal('rtl');
      expect(picker.getAttribute('dir')).to.equal('rtl');
      expect(labelOf(picker, 'jurisdiction')).to.equal('الولاية القضائية');
      expect(labelOf(picker, 'court')).to.equal('المحكمة');
      expect(labelOf(picker, 'category')).to.equal('نوع الدعوى');
      const names = [...selectOf(picker, 'jurisdiction').options].map((o) => o.textContent!.trim());
      expect(names).to.include.members(['فلسطين', 'المملكة العربية السعودية']);
      // Iran has no Arabic name: its own first language (Persian) stands in.
      expect(names).to.include('ایران');

      await choose(picker, 'jurisdiction', 'PS');
      const courts = [...selectOf(picker, 'court').options].map((o) => o.textContent!.trim());
      expect(courts).to.include('محكمة صلح رام الله');
      expect(statusOf(picker)).to.equal(`عدد المحاكم: ${new Intl.NumberFormat('ar', { numberingSystem: 'arab' }).format(seedCourts('PS').length)}`);
    });

    it('lets a slot replace a label', async () => {
      const picker = await fixture<AdalatCourtPicker>(html`<adalat-court-picker .client=${env.client}>
        <span slot="court-label">Court of filing</span>
      </adalat-court-picker>`);
      await settled(picker);
      const slot = picker.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=court-label]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Court of filing']);
    });

    it('passes axe in LTR, fully chosen', async () => {
      const picker = await pickerWithClient();
      await choose(picker, 'jurisdiction', 'PS');
      await choose(picker, 'court', 'crt_ps_ramallah_magistrate');
      await choose(picker, 'category', 'civil.contract.sale');
      await expect(picker).to.be.accessible();
    });

    it('passes axe in RTL Arabic, and in its error state', async () => {
      const wrapper = await fixture(html`<div lang="ar" dir="rtl">
        <adalat-court-picker required .client=${env.client}></adalat-court-picker>
      </div>`);
      const picker = wrapper.querySelector('adalat-court-picker')!;
      await settled(picker);
      await choose(picker, 'jurisdiction', 'SA');
      await choose(picker, 'court', 'crt_sa_riyadh_commercial');
      await expect(wrapper).to.be.accessible();

      env.sandbox.faults.failNext({ status: 500, path: '/v1/courts' });
      await choose(picker, 'jurisdiction', 'PS');
      expect(picker.matches(':state(error)')).to.equal(true);
      await expect(wrapper).to.be.accessible();
    });
  });
});

/** A sandbox client whose requests the test can inspect (their abort signals, their URLs). */
function sandboxClientWithFetch(onRequest: (request: Request) => void) {
  return new (env.client.constructor as typeof import('@adalat/sdk').AdalatClient)({
    baseUrl: location.origin,
    auth: { publishableKey: env.publishableKey },
    retry: false,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      onRequest(request);
      return fetch(request);
    },
  });
}
