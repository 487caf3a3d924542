import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AdalatClient } from '@adalat/sdk';
import { AdalatCore } from '@adalat/sdk/core';
import { policyResource } from '@adalat/sdk/resources/policy';
import { AdalatProvider } from '../provider/provider.ts';
import { defineElement } from '../define.ts';
import '../test-support/probe.ts';
import type { AdalatProbe } from '../test-support/probe.ts';
import { expectNotSame, expectSame } from '../test-support/same.ts';

// This file defines <adalat-provider> itself, in the first test, to see an element wait for it.
const clientText = (probe: AdalatProbe) => probe.shadowRoot!.querySelector('#client')!.textContent;
const newClient = (publishableKey = 'pk_test_probe') =>
  new AdalatClient({ baseUrl: location.origin, auth: { publishableKey }, retry: false });

describe('ClientController (through AdalatElement)', () => {
  it('waits for a provider that is not defined yet, then uses its client', async () => {
    expect(customElements.get('adalat-provider')).to.equal(undefined);
    const provider = await fixture(html`<adalat-provider base-url=${location.origin} publishable-key="pk_test_later">
      <adalat-probe></adalat-probe>
    </adalat-provider>`);
    const probe = provider.querySelector('adalat-probe')!;
    await probe.updateComplete;
    expectSame(probe.client, undefined, 'client');
    expect(probe.clientError).to.equal(undefined);
    expect(clientText(probe)).to.equal('pending');

    defineElement('adalat-provider', AdalatProvider);
    await waitUntil(() => probe.client !== undefined, 'client not resolved after the provider was defined');
    expectSame(probe.client, (provider as AdalatProvider).client, 'probe client');
    await probe.updateComplete;
    expect(clientText(probe)).to.equal('client');
  });

  it('reports missing_client with no provider and no client', async () => {
    const probe = await fixture<AdalatProbe>(html`<adalat-probe></adalat-probe>`);
    expectSame(probe.client, undefined, 'client');
    expect(probe.clientError?.code).to.equal('missing_client');
    expect(clientText(probe)).to.equal('missing_client');
  });

  it('reports missing_client under a provider that lacks a key, until it gets one', async () => {
    const provider = await fixture<AdalatProvider>(html`<adalat-provider base-url=${location.origin}>
      <adalat-probe></adalat-probe>
    </adalat-provider>`);
    const probe = provider.querySelector('adalat-probe')!;
    expect(probe.clientError?.code).to.equal('missing_client');
    provider.publishableKey = 'pk_test_now';
    await provider.updateComplete;
    expect(probe.client).to.be.instanceOf(AdalatCore);
    expectSame(probe.client, provider.client, 'probe client');
  });

  it('prefers an explicit client, and falls back to the provider when it is unset', async () => {
    const own = newClient();
    const provider = await fixture<AdalatProvider>(html`<adalat-provider base-url=${location.origin} publishable-key="pk_test_p">
      <adalat-probe .client=${own}></adalat-probe>
    </adalat-provider>`);
    const probe = provider.querySelector('adalat-probe')!;
    expectSame(probe.client, own, 'explicit client');
    expectNotSame(provider.client, own, 'provider client');
    probe.client = undefined;
    expect(probe.client).to.be.instanceOf(AdalatCore);
    expectSame(probe.client, provider.client, 'client after unsetting');
  });

  it('finds the nearest provider through shadow roots, and re-resolves when moved', async () => {
    const root = await fixture(html`<div>
      <adalat-provider id="outer" base-url=${location.origin} publishable-key="pk_test_outer">
        <div class="host"></div>
        <adalat-provider id="inner" base-url=${location.origin} publishable-key="pk_test_inner"></adalat-provider>
      </adalat-provider>
    </div>`);
    const outer = root.querySelector<AdalatProvider>('#outer')!;
    const inner = root.querySelector<AdalatProvider>('#inner')!;
    const shadow = root.querySelector('.host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><adalat-probe></adalat-probe></section>';
    const probe = shadow.querySelector('adalat-probe')!;
    expect(probe.client).to.be.instanceOf(AdalatCore);
    expectSame(probe.client, outer.client, 'client through the shadow root');

    inner.append(probe);
    expectSame(probe.client, inner.client, 'client after the move');
    expectNotSame(inner.client, outer.client, 'inner and outer clients');
  });

  it('gives one provider one client for all its elements, and a provider .client overrides its attributes', async () => {
    const provider = await fixture<AdalatProvider>(html`<adalat-provider base-url=${location.origin} publishable-key="pk_test_same">
      <adalat-probe></adalat-probe><adalat-probe></adalat-probe>
    </adalat-provider>`);
    const [a, b] = provider.querySelectorAll('adalat-probe');
    expect(a!.client).to.be.instanceOf(AdalatCore);
    expectSame(a!.client, b!.client, 'clients of two elements');
    const own = newClient();
    provider.client = own;
    await provider.updateComplete;
    expectSame(a!.client, own, 'first element after provider.client');
    expectSame(b!.client, own, 'second element after provider.client');
  });

  it('sends a widget session’s client secret from the provider’s clientSecret', async () => {
    const seen: Array<string | null> = [];
    const provider = await fixture<AdalatProvider>(html`<adalat-provider base-url=${location.origin} publishable-key="pk_test_widget">
      <adalat-probe></adalat-probe>
    </adalat-provider>`);
    const publicClient = provider.client;
    provider.clientSecret = async () => 'wss_secret_one';
    await provider.updateComplete;
    const widgetClient = provider.client!;
    expect(widgetClient).to.be.instanceOf(AdalatCore);
    expectNotSame(widgetClient, publicClient, 'widget client');
    expectSame(provider.querySelector('adalat-probe')!.client, widgetClient, 'element client');

    // Intercept the outgoing request at fetch level to read the header the SDK sends.
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      seen.push(new Request(input, init).headers.get('Adalat-Client-Secret'));
      return new Response(JSON.stringify({ data: [], nextCursor: null }), { headers: { 'content-type': 'application/json' } });
    };
    try {
      await policyResource(widgetClient).listJurisdictions({}).catch(() => undefined);
      provider.clientSecret = 'wss_secret_two'; // swapped source, same client
      await provider.updateComplete;
      expectSame(provider.client, widgetClient, 'client after swapping the secret');
      await policyResource(widgetClient).listJurisdictions({}).catch(() => undefined);
    } finally {
      window.fetch = realFetch;
    }
    expect(seen).to.deep.equal(['wss_secret_one', 'wss_secret_two']);
  });
});
