import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Statsig', () => {
  it('reports the user given to updateUserAsync on a StatsigClient', () => {
    expect(reports(`import { StatsigClient } from '@statsig/js-client';\nconst client = new StatsigClient(SDK_KEY, { userID: 'anon' });\nawait client.updateUserAsync({ userID: member.id, email: user.email });`))
      .toEqual(['3: user ID reaches Statsig updateUserAsync', '3: email reaches Statsig updateUserAsync']);
  });
  it('reports event metadata from the useStatsigClient hook', () => {
    expect(reports(`import { useStatsigClient } from '@statsig/react-bindings';\nconst { logEvent } = useStatsigClient();\nlogEvent('invite_sent', 'web', { invitee: invitee.email });`))
      .toEqual(['3: email reaches Statsig logEvent']);
  });
  it('reports the initial user of useClientAsyncInit', () => {
    expect(reports(`import { useClientAsyncInit } from '@statsig/react-bindings';\nconst { client } = useClientAsyncInit(SDK_KEY, { userID: member.id });\nclient.logEvent({ eventName: 'signup', metadata: { phone: customer.phone } });`))
      .toEqual(['2: user ID reaches Statsig useClientAsyncInit', '3: phone number reaches Statsig logEvent']);
  });
  it('reports the user of server-side calls (require)', () => {
    expect(reports(`const Statsig = require('statsig-node');\nStatsig.logEvent({ userID: member.id }, 'export');\nconst on = Statsig.checkGateSync({ userID: 'x', email: user.email }, 'new_ui');`))
      .toEqual(['2: user ID reaches Statsig logEvent', '3: email reaches Statsig checkGateSync']);
  });
  it('stays silent on neutral events and users', () => {
    expect(reports(`import { StatsigClient } from '@statsig/js-client';\nconst client = new StatsigClient(SDK_KEY, { custom: { plan: 'pro' } });\nclient.logEvent('export_clicked', 'csv', { source: 'toolbar' });\nclient.checkGate('new_ui');`))
      .toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(reports(`const statsig = { logEvent(..._a: unknown[]) {}, updateUserAsync(_u: unknown) {} };\nstatsig.updateUserAsync({ userID: member.id, email: user.email });\nstatsig.logEvent('x', 'y', { email: user.email });`))
      .toEqual([]);
  });
  it('reports the user given to the StatsigClient constructor', () => {
    expect(reports(`import { StatsigClient } from '@statsig/js-client';\nconst client = new StatsigClient(SDK_KEY, { userID: member.id, email: user.email });`))
      .toEqual(['2: user ID reaches Statsig new StatsigClient', '2: email reaches Statsig new StatsigClient']);
  });
  it('reports the user given to the CDN global StatsigClient', () => {
    expect(reports(`const client = new window.Statsig.StatsigClient(SDK_KEY, { userID: member.id });`))
      .toEqual(['1: user ID reaches Statsig new StatsigClient']);
  });
  it('stays silent on a constructor with a literal or hashed user', () => {
    expect(reports(`import { StatsigClient } from '@statsig/js-client';\nnew StatsigClient(SDK_KEY, { userID: sha256(member.id), custom: { plan: 'pro' } });`))
      .toEqual([]);
  });
});
