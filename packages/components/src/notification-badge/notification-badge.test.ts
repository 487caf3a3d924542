import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AdalatClient } from '@adalat/sdk';
import '../define/notification-badge.ts';
import type { AdalatNotificationBadge } from './notification-badge.ts';
import { NotificationBadgeController } from './notification-badge.controller.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';
import { part, partText as text } from '../test-support/parts.ts';

const env = useTestSandbox();

const BADGE_OPERATIONS = ['lawyers.batchNotificationSummaries', 'events.stream'];
const lawyerIds = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `law_ps_${String(i + from).padStart(3, '0')}`);
const sandboxNow = () => env.sandbox.clock.now();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Requests the page's widget client sent, by method and path. */
let sent: string[] = [];
/** When the last session made expires. */
let expiresAt = '';

/** A widget client of the Palestinian Bar Association, scoped to `lawyers`, as its server would mint it. */
async function barWidget(lawyers: string[], operations = BADGE_OPERATIONS, ttlSeconds?: number): Promise<AdalatClient> {
  const bar = env.sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'bar_association')!;
  const server = new AdalatClient({ baseUrl: location.origin, auth: { secretKey: bar.secretKey, allowInBrowser: true }, retry: false });
  const session = await server.widgetSessions.create({ subjects: { lawyers }, operations, ...(ttlSeconds === undefined ? {} : { ttlSeconds }) });
  expiresAt = session.expiresAt;
  sent = [];
  const counting: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(request);
  };
  return new AdalatClient({ baseUrl: location.origin, auth: { publishableKey: bar.publishableKey, clientSecret: () => session.clientSecret }, retry: false, fetch: counting });
}


async function settled(el: AdalatNotificationBadge): Promise<void> {
  await waitUntil(() => el.controller.status !== 'loading' && el.controller.status !== 'idle', 'badge still loading', { timeout: 5000 });
  await el.updateComplete;
}

async function badge(lawyerId: string, client: AdalatClient, lang = 'en', dir = 'ltr'): Promise<AdalatNotificationBadge> {
  const wrapper = await fixture(html`<div lang=${lang} dir=${dir}><adalat-notification-badge lawyer-id=${lawyerId} .client=${client} .now=${sandboxNow}></adalat-notification-badge></div>`);
  const el = wrapper.querySelector('adalat-notification-badge')!;
  await settled(el);
  return el;
}

/** A seeded lawyer with notices pending and on time, and one suspended. */
function seeded() {
  const lawyers = [...env.sandbox.store.lawyers.values()].filter((l) => l.jurisdiction === 'PS' && Number(l.id.slice(-3)) > 8);
  const pendingOf = (id: string) => [...env.sandbox.store.notices.notifications.values()].filter((n) => n.recipient.id === id && n.openedAt === null).length;
  const onTime = lawyers.find((l) => l.status === 'active' && pendingOf(l.id) >= 2)!;
  const suspended = lawyers.find((l) => l.status === 'suspended')!;
  return { onTime: onTime.id, onTimeCount: pendingOf(onTime.id), suspended: suspended.id };
}

describe('<adalat-notification-badge>', () => {
  it('shows the pending count and the time left to collect', async () => {
    const { onTime, onTimeCount } = seeded();
    const el = await badge(onTime, await barWidget([onTime]));
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(part(el, 'count')!.querySelector('[aria-hidden]')!.textContent).to.equal(String(onTimeCount));
    expect(text(el, 'count-label')).to.equal(`${onTimeCount} notices pending`);
    expect(text(el, 'collect-by-open')).to.match(/^Collect (in \d+ (days?|hours?|minutes?)|tomorrow)$/);
    expect(part(el, 'suspended')).to.equal(null);
  });

  it('warns that a lawyer is suspended, with the date', async () => {
    const { suspended } = seeded();
    const el = await badge(suspended, await barWidget([suspended]));
    expect(el.matches(':state(suspended)')).to.equal(true);
    expect(el.matches(':state(overdue)')).to.equal(true);
    expect(part(el, 'suspended')!.getAttribute('role')).to.equal('note');
    expect(text(el, 'suspended')).to.match(/^Access suspended since /);
    expect(text(el, 'collect-by-overdue')).to.match(/^Overdue: was due /);
  });

  it('300 badges on one page make one batch request and share one stream', async () => {
    const ids = lawyerIds(300);
    const client = await barWidget(ids);
    const wrapper = await fixture(html`<div lang="en">${ids.map((id) => html`<adalat-notification-badge lawyer-id=${id} .client=${client}></adalat-notification-badge>`)}</div>`);
    const badges = [...wrapper.querySelectorAll('adalat-notification-badge')];
    await waitUntil(() => badges.every((b) => b.controller.status === 'ready' || b.controller.status === 'empty'), 'badges still loading', { timeout: 10_000 });
    expect(sent.filter((s) => s === 'POST /v1/lawyers/notification-summaries/batch')).to.have.length(1);
    await waitUntil(() => sent.includes('GET /v1/events'), 'no event stream', { timeout: 5000 });
    expect(sent.filter((s) => s === 'GET /v1/events')).to.have.length(1);
  });

  it('updates live when a notice is delivered, and announces it', async () => {
    const { onTime, onTimeCount } = seeded();
    const el = await badge(onTime, await barWidget([onTime]));
    await waitUntil(() => sent.includes('GET /v1/events'), 'no event stream', { timeout: 5000 });
    // Let the stream's headers arrive before the court delivers.
    await new Promise((resolve) => setTimeout(resolve, 200));
    env.sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: onTime }, kind: 'hearing_summons' });
    await waitUntil(() => el.controller.summary.value?.pendingCount === onTimeCount + 1, 'count not updated', { timeout: 5000 });
    await el.updateComplete;
    expect(text(el, 'count-label')).to.equal(`${onTimeCount + 1} notices pending`);
    expect(text(el, 'announcer')).to.equal(`${onTimeCount + 1} notices pending`);
  });

  it('turns suspended live when the clock passes collect-by, and back once the overdue notices are opened', async () => {
    const { onTime } = seeded();
    const pending = () => [...env.sandbox.store.notices.notifications.values()].filter((n) => n.recipient.id === onTime && n.openedAt === null);
    const collectBy = Math.min(...pending().map((n) => Date.parse(n.deliveredAt))) + 3 * DAY;
    // A minute before collect-by, so the session outlives the move past it.
    env.sandbox.clock.set(new Date(collectBy - 60_000));
    const client = await barWidget([onTime], [...BADGE_OPERATIONS, 'notifications.open']);
    const el = await badge(onTime, client);
    expect(el.matches(':state(suspended)')).to.equal(false);
    await waitUntil(() => sent.includes('GET /v1/events'), 'no event stream', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const moved = await fetch('/__sandbox/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: new Date(collectBy + 1000).toISOString() }) });
    expect(moved.status).to.equal(200);
    await waitUntil(() => el.matches(':state(suspended)'), 'not suspended live', { timeout: 5000 });
    expect(text(el, 'suspended')).to.match(/^Access suspended since /);
    const batchReads = sent.filter((s) => s === 'POST /v1/lawyers/notification-summaries/batch').length;

    const overdue = pending().filter((n) => Date.parse(n.deliveredAt) + 3 * DAY < collectBy + 1000);
    expect(overdue.length).to.be.greaterThan(0);
    for (const notice of overdue) await client.notifications.open({ notificationId: notice.id });
    await waitUntil(() => !el.matches(':state(suspended)'), 'still suspended after collecting', { timeout: 5000 });
    expect(part(el, 'suspended')).to.equal(null);
    expect(sent.filter((s) => s === 'POST /v1/lawyers/notification-summaries/batch').length, 'read again live').to.be.greaterThan(batchReads);
  });

  it('the collect-by countdown follows the element’s clock', async () => {
    const { onTime } = seeded();
    const el = await badge(onTime, await barWidget([onTime]));
    const collectBy = Date.parse(el.controller.summary.value!.collectBy!);
    el.now = () => new Date(collectBy - 2 * DAY - 60_000);
    await el.updateComplete;
    expect(text(el, 'collect-by-open')).to.equal('Collect in 2 days');
    el.now = () => new Date(collectBy - 2 * HOUR - 60_000);
    await el.updateComplete;
    expect(text(el, 'collect-by-open')).to.equal('Collect in 2 hours');
    el.now = () => new Date(collectBy + 5 * HOUR);
    await el.updateComplete;
    expect(text(el, 'collect-by-overdue')).to.match(/^Overdue: was due 5 hours ago$/);
    expect(el.matches(':state(overdue)')).to.equal(true);
  });

  it('without notices it is empty; without a lawyer-id it says so', async () => {
    const ids = lawyerIds(1, 1);
    const client = await barWidget(ids);
    const el = await badge('law_ps_001', client);
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(text(el, 'count-label')).to.equal('No notices pending');
    const none = (await fixture(html`<adalat-notification-badge .client=${client}></adalat-notification-badge>`)) as AdalatNotificationBadge;
    expect(none.matches(':state(empty)')).to.equal(true);
    expect(text(none, 'empty')).to.equal('No lawyer is set.');
  });

  it('a lawyer outside the session is a permission error; a 5xx offers a retry that recovers', async () => {
    const { onTime } = seeded();
    const denied = await badge(onTime, await barWidget(['law_ps_001']));
    expect(denied.matches(':state(error)')).to.equal(true);
    expect(part(denied, 'error-permission')!.getAttribute('role')).to.equal('alert');
    expect(text(denied, 'error')).to.equal('This page may not show this lawyer’s notices.');
    expect(part(denied, 'retry')).to.equal(null);

    const client = await barWidget([onTime]);
    env.sandbox.faults.failNext({ status: 503, path: '/v1/lawyers/notification-summaries/batch' });
    const failing = await badge(onTime, client);
    expect(failing.matches(':state(error)')).to.equal(true);
    part(failing, 'retry')!.click();
    await waitUntil(() => failing.controller.status === 'ready', 'retry did not recover', { timeout: 5000 });
  });

  it('an expired session shows the expired-session error and reports it', async () => {
    const { onTime } = seeded();
    const client = await barWidget([onTime], BADGE_OPERATIONS, 60);
    env.sandbox.clock.set(new Date(Date.parse(expiresAt) + 1000));
    const errors: unknown[] = [];
    const wrapper = await fixture(html`<div lang="en"><adalat-notification-badge lawyer-id=${onTime} .client=${client} @adalat-error=${(e: CustomEvent) => errors.push(e.detail)}></adalat-notification-badge></div>`);
    const el = wrapper.querySelector('adalat-notification-badge')!;
    await settled(el);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.controller.errorKind).to.equal('expired');
    expect(text(el, 'error-expired')).to.equal('The session has expired. Reload the page.');
    expect(errors).to.have.length(1);
  });

  it('passes axe in LTR (en) and RTL (ar)', async () => {
    const { onTime, suspended } = seeded();
    const client = await barWidget([onTime, suspended]);
    const en = await badge(suspended, client);
    await expect(en.parentElement).to.be.accessible();
    const ar = await badge(onTime, client, 'ar', 'rtl');
    expect(text(ar, 'count-label')).to.not.contain('notices');
    await expect(ar.parentElement).to.be.accessible();
  });
});

describe('NotificationBadgeController without the element', () => {
  it('loads a summary for any host through the client’s shared loader', async () => {
    const { onTime, onTimeCount } = seeded();
    const client = await barWidget([onTime]);
    const updates: number[] = [];
    const host = {
      addController() {},
      removeController() {},
      requestUpdate: () => updates.push(1),
      updateComplete: Promise.resolve(true),
    };
    const controller = new NotificationBadgeController(host, { client: () => client, lawyerId: () => onTime, live: () => false });
    controller.hostConnected();
    await waitUntil(() => controller.status === 'ready', 'controller did not load', { timeout: 5000 });
    expect(controller.summary.value!.pendingCount).to.equal(onTimeCount);
    expect(controller.phase(env.sandbox.clock.now())).to.equal('open');
    expect(updates.length).to.be.greaterThan(0);
    controller.hostDisconnected();
  });
});
