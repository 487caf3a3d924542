import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AdalatClient } from '@adalat/sdk';
import '../define/notification-list.ts';
import type { AdalatNotificationList } from './notification-list.ts';
import { NotificationListController } from './notification-list.controller.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';
import { ministryOf } from '../test-support/widget-session.ts';
import { part, parts, partText as text } from '../test-support/parts.ts';

const env = useTestSandbox();

const LIST_OPERATIONS = ['notifications.listForPerson', 'notifications.listForLawyer', 'notifications.open', 'notifications.downloadAttachment', 'events.stream'];
const sandboxNow = () => env.sandbox.clock.now();

/** A widget client of the Palestinian ministry scoped to a person (or a bar association's, to a lawyer). */
async function widgetFor(subject: { person?: string; lawyers?: string[] }, operations = LIST_OPERATIONS, ttlSeconds?: number): Promise<AdalatClient> {
  const partner = subject.person ? ministryOf(env, 'PS') : env.sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'bar_association')!;
  const server = new AdalatClient({ baseUrl: location.origin, auth: { secretKey: partner.secretKey, allowInBrowser: true }, retry: false });
  const session = await server.widgetSessions.create({ subjects: subject, operations, ...(ttlSeconds === undefined ? {} : { ttlSeconds }) });
  if (ttlSeconds !== undefined) env.sandbox.clock.set(new Date(Date.parse(session.expiresAt) + 1000));
  return new AdalatClient({ baseUrl: location.origin, auth: { publishableKey: partner.publishableKey, clientSecret: () => session.clientSecret }, retry: false });
}


async function list(attrs: { person?: string; lawyer?: string }, client: AdalatClient, lang = 'en', dir = 'ltr'): Promise<AdalatNotificationList> {
  const wrapper = await fixture(html`<div lang=${lang} dir=${dir}>
    <adalat-notification-list person-id=${attrs.person ?? ''} lawyer-id=${attrs.lawyer ?? ''} .client=${client} .now=${sandboxNow}></adalat-notification-list>
  </div>`);
  const el = wrapper.querySelector('adalat-notification-list')!;
  await waitUntil(() => el.controller.status !== 'loading' && el.controller.status !== 'idle', 'list still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const openedAt = (id: string) => env.sandbox.store.notices.notifications.get(id)!.openedAt;

describe('<adalat-notification-list>', () => {
  it('lists a person’s notices without recording receipt', async () => {
    const el = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }));
    expect(el.matches(':state(ready)')).to.equal(true);
    const items = parts(el, 'item');
    expect(items).to.have.length(3);
    expect(parts(el, 'item-delivered')).to.have.length(2);
    expect(text(el, 'kind')).to.equal('Hearing summons');
    expect(text(el, 'served')).to.match(/^Counts as served .+ unless opened before$/);
    for (const notice of el.controller.items) expect(openedAt(notice.id)).to.equal(notice.openedAt);
  });

  it('asks before opening; cancelling records nothing; confirming shows the content and records receipt', async () => {
    const el = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }));
    const summons = el.controller.items.find((n) => n.kind === 'hearing_summons')!;
    const openButton = () => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-open="${summons.id}"]`)!;

    openButton().click();
    await el.updateComplete;
    expect(part(el, 'confirm')!.getAttribute('role')).to.equal('group');
    expect(text(el, 'confirm-text')).to.contain('recorded as received');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirm-open'));
    part(el, 'confirm-cancel')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(openedAt(summons.id)).to.equal(null);

    const opened = new Promise<CustomEvent>((resolve) => el.addEventListener('adalat-notification-opened', (e) => resolve(e as CustomEvent), { once: true }));
    openButton().click();
    await el.updateComplete;
    part(el, 'confirm-open')!.click();
    const event = await opened;
    await el.updateComplete;
    expect(event.detail.id).to.equal(summons.id);
    expect(openedAt(summons.id)).to.equal('2026-11-23T07:00:00Z');
    expect(text(el, 'content')).to.contain('summoned');
    expect(text(el, 'status')).to.match(/^Notice opened; receipt recorded on /);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'content'));
  });

  it('shows a lawyer’s collect-by and updates live when a notice arrives', async () => {
    const lawyer = 'law_ps_011';
    const el = await list({ lawyer }, await widgetFor({ lawyers: [lawyer] }));
    const before = el.controller.items.length;
    expect(text(el, 'collect-by')).to.match(/^Collect by /);
    await new Promise((resolve) => setTimeout(resolve, 300));
    env.sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: lawyer }, kind: 'memorandum_served', caseId: 'cas_ps_001' });
    await waitUntil(() => el.controller.items.length === before + 1, 'new notice not shown', { timeout: 5000 });
  });

  it('a failed opening says so and records nothing; a refused list is a permission error', async () => {
    const el = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }, ['notifications.listForPerson']));
    const notice = el.controller.items.find((n) => n.status === 'delivered')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-open="${notice.id}"]`)!.click();
    await el.updateComplete;
    part(el, 'confirm-open')!.click();
    await waitUntil(() => part(el, 'open-error') !== null, 'no open error', { timeout: 5000 });
    expect(part(el, 'open-error')!.getAttribute('role')).to.equal('alert');
    expect(openedAt(notice.id)).to.equal(null);

    const denied = await list({ person: 'per_ps_002' }, await widgetFor({ person: 'per_ps_001' }));
    expect(denied.matches(':state(error)')).to.equal(true);
    expect(part(denied, 'error-permission')).to.not.equal(null);
  });

  it('an expired session shows the expired-session error; a 5xx offers a retry that recovers', async () => {
    const expired = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }, LIST_OPERATIONS, 60));
    expect(expired.matches(':state(error)')).to.equal(true);
    expect(part(expired, 'error-expired')).to.not.equal(null);
    env.sandbox.reset();

    const client = await widgetFor({ person: 'per_ps_001' });
    env.sandbox.faults.failNext({ status: 500, path: '/v1/people/per_ps_001/notifications' });
    const failing = await list({ person: 'per_ps_001' }, client);
    expect(failing.matches(':state(error)')).to.equal(true);
    part(failing, 'retry')!.click();
    await waitUntil(() => failing.controller.status === 'ready', 'retry did not recover', { timeout: 5000 });
  });

  it('passes axe in LTR (en) with the confirmation open, and in RTL (ar)', async () => {
    const el = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }));
    parts(el, 'open')[0]!.click();
    await el.updateComplete;
    await expect(el.parentElement).to.be.accessible();
    const ar = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }), 'ar', 'rtl');
    expect(text(ar, 'kind')).to.equal('تبليغ بموعد جلسة');
    await expect(ar.parentElement).to.be.accessible();
  });
});

describe('NotificationListController without the element', () => {
  it('lists and opens for any host', async () => {
    const client = await widgetFor({ person: 'per_ps_001' });
    const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    const controller = new NotificationListController(host, { client: () => client, recipient: () => ({ kind: 'person', id: 'per_ps_001' }), live: () => false });
    controller.hostConnected();
    await waitUntil(() => controller.status === 'ready', 'controller did not load', { timeout: 5000 });
    const notice = controller.items.find((n) => n.status === 'delivered')!;
    const opened = await controller.open(notice.id);
    expect(opened.receipt.openedAt).to.equal('2026-11-23T07:00:00Z');
    expect(controller.items.find((n) => n.id === notice.id)!.status).to.equal('opened');
    controller.hostDisconnected();
  });
});

describe('<adalat-notification-list> with an opened notice', () => {
  it('shows it again without asking: its receipt is already recorded', async () => {
    const el = await list({ person: 'per_ps_001' }, await widgetFor({ person: 'per_ps_001' }));
    const opened = el.controller.items.find((n) => n.status === 'opened')!;
    const before = openedAt(opened.id);
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-open="${opened.id}"]`)!.click();
    await waitUntil(() => el.controller.opened.has(opened.id), 'not shown', { timeout: 5000 });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(openedAt(opened.id)).to.equal(before);
    expect(text(el, 'receipt')).to.match(/^Received \(opened\) on /);
  });
});
