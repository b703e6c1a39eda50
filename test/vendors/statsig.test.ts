import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Statsig', () => {
  it('reports the user given to updateUserAsync on a StatsigClient', () => {
    expect(
      reports(
        `import { StatsigClient } from '@statsig/js-client';\nconst client = new StatsigClient(SDK_KEY, { userID: 'anon' });\nawait client.updateUserAsync({ userID: member.id, email: user.email });`,
      ),
    ).toEqual(['3: user ID reaches Statsig updateUserAsync', '3: email reaches Statsig updateUserAsync']);
  });
  it('reports event metadata from the useStatsigClient hook', () => {
    expect(
      reports(
        `import { useStatsigClient } from '@statsig/react-bindings';\nconst { logEvent } = useStatsigClient();\nlogEvent('invite_sent', 'web', { invitee: invitee.email });`,
      ),
    ).toEqual(['3: email reaches Statsig logEvent']);
  });
  it('reports the initial user of useClientAsyncInit', () => {
    expect(
      reports(
        `import { useClientAsyncInit } from '@statsig/react-bindings';\nconst { client } = useClientAsyncInit(SDK_KEY, { userID: member.id });\nclient.logEvent({ eventName: 'signup', metadata: { phone: customer.phone } });`,
      ),
    ).toEqual(['2: user ID reaches Statsig useClientAsyncInit', '3: phone number reaches Statsig logEvent']);
  });
  it('reports the user of server-side calls (require)', () => {
    expect(
      reports(
        `const Statsig = require('statsig-node');\nStatsig.logEvent({ userID: member.id }, 'export');\nconst on = Statsig.checkGateSync({ userID: 'x', email: user.email }, 'new_ui');`,
      ),
    ).toEqual(['2: user ID reaches Statsig logEvent', '3: email reaches Statsig checkGateSync']);
  });
  it('stays silent on neutral events and users', () => {
    expect(
      reports(
        `import { StatsigClient } from '@statsig/js-client';\nconst client = new StatsigClient(SDK_KEY, { custom: { plan: 'pro' } });\nclient.logEvent('export_clicked', 'csv', { source: 'toolbar' });\nclient.checkGate('new_ui');`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const statsig = { logEvent(..._a: unknown[]) {}, updateUserAsync(_u: unknown) {} };\nstatsig.updateUserAsync({ userID: member.id, email: user.email });\nstatsig.logEvent('x', 'y', { email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('reports the user given to the StatsigClient constructor', () => {
    expect(
      reports(
        `import { StatsigClient } from '@statsig/js-client';\nconst client = new StatsigClient(SDK_KEY, { userID: member.id, email: user.email });`,
      ),
    ).toEqual(['2: user ID reaches Statsig new StatsigClient', '2: email reaches Statsig new StatsigClient']);
  });
  it('reports the user given to the CDN global StatsigClient', () => {
    expect(
      reports(`const client = new window.Statsig.StatsigClient(SDK_KEY, { userID: member.id });`),
    ).toEqual(['1: user ID reaches Statsig new StatsigClient']);
  });
  it('reports the user given to the StatsigProvider component, in TSX and in JSX (espree)', () => {
    const code = `import { StatsigProvider } from '@statsig/react-bindings';\nexport const App = () => (\n  <StatsigProvider sdkKey={KEY} user={{ userID: user.id, email: user.email }}>\n    <Main />\n  </StatsigProvider>\n);`;
    const expected = [
      '3: user ID reaches Statsig <StatsigProvider>',
      '3: email reaches Statsig <StatsigProvider>',
    ];
    expect(reports(code, { filename: 'app.tsx' })).toEqual(expected);
    expect(reports(code, { filename: 'app.jsx' })).toEqual(expected);
  });
  it('reads the provider through a namespace import and a user built earlier', () => {
    expect(
      reports(
        `import * as statsig from '@statsig/react-bindings';\nconst current = { userID: member.id, custom: { plan: 'pro' } };\nexport const App = () => <statsig.StatsigProvider sdkKey={KEY} user={current} />;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual(['2: user ID reaches Statsig <StatsigProvider>']);
  });
  it('stays silent on a provider given a client, on other props, and on a local component of the same name', () => {
    expect(
      reports(
        `import { StatsigProvider } from '@statsig/react-bindings';\nexport const A = () => <StatsigProvider client={client} loadingComponent={<div title={user.email} />} />;`,
        { filename: 'a.tsx' },
      ),
    ).toEqual([]);
    expect(
      reports(
        `import '@statsig/react-bindings';\nconst StatsigProvider = (p: object) => null;\nexport const B = () => <StatsigProvider user={{ email: user.email }} />;`,
        { filename: 'b.tsx' },
      ),
    ).toEqual([]);
  });
  it('stays silent on a constructor with a literal or hashed user', () => {
    expect(
      reports(
        `import { StatsigClient } from '@statsig/js-client';\nnew StatsigClient(SDK_KEY, { userID: sha256(member.id), custom: { plan: 'pro' } });`,
      ),
    ).toEqual([]);
  });
});
