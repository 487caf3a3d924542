import { expect } from '@open-wc/testing';
import { AdalatCore } from '@adalat/sdk/core';
import { LoadTarget } from './load-target.ts';

const client = () => new AdalatCore({ baseUrl: 'https://api.example', auth: { publishableKey: 'pk_test_loadTarget0000000000' } });

describe('LoadTarget', () => {
  it('asks for a load only while connected, and only when the client or the key changed', () => {
    const target = new LoadTarget<string | null>();
    const a = client();
    expect(target.retarget(a, 'law_ps_001')).to.equal(false);
    target.connect();
    expect(target.retarget(a, 'law_ps_001')).to.equal(true);
    expect(target.retarget(a, 'law_ps_001')).to.equal(false);
    expect(target.retarget(a, 'law_ps_002')).to.equal(true);
    expect(target.retarget(client(), 'law_ps_002')).to.equal(true);
    expect(target.key).to.equal('law_ps_002');
  });

  it('ends the live subscription when the target changes and when the host disconnects', () => {
    const target = new LoadTarget<string>();
    const stopped: string[] = [];
    const a = client();
    target.connect();
    target.retarget(a, 'first');
    target.follow(() => stopped.push('first'));
    target.retarget(a, 'first');
    expect(stopped).to.deep.equal([]);
    target.retarget(a, 'second');
    target.follow(() => stopped.push('second'));
    expect(stopped).to.deep.equal(['first']);
    target.disconnect();
    expect(stopped).to.deep.equal(['first', 'second']);
    expect(target.client).to.equal(undefined);
    expect(target.key).to.equal(undefined);
    target.connect();
    expect(target.retarget(a, 'second')).to.equal(true);
  });
});
