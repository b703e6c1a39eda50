import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Split', () => {
  it('reports the user key given to SplitFactory and client()', () => {
    expect(
      reports(
        `import { SplitFactory } from '@splitsoftware/splitio';\nconst factory = SplitFactory({ core: { authorizationKey: KEY, key: member.id } });\nconst client = factory.client(user.email);`,
      ),
    ).toEqual(['2: user ID reaches Split SplitFactory', '3: email reaches Split client (identity argument)']);
  });
  it('reports attributes and event properties of the isomorphic client', () => {
    expect(
      reports(
        `const { SplitFactory } = require('@splitsoftware/splitio');\nconst client = SplitFactory({ core: { authorizationKey: KEY } }).client();\nclient.getTreatment(user.email, 'new_checkout', { plan: 'pro' });\nclient.track(customer.key, 'user', 'purchase', 10, { buyer_phone: customer.phone });`,
      ),
    ).toEqual([
      '3: email reaches Split getTreatment',
      '4: user ID reaches Split track',
      '4: phone number reaches Split track',
    ]);
  });
  it('reports the React hooks', () => {
    expect(
      reports(
        `import { useSplitClient, useSplitTreatments } from '@splitsoftware/splitio-react';\nconst { client } = useSplitClient({ splitKey: member.id });\nuseSplitTreatments({ names: ['a'], attributes: { email: user.email } });\nclient.getTreatment('a', { phone: customer.phone });`,
      ),
    ).toEqual([
      '2: user ID reaches Split useSplitClient',
      '3: email reaches Split useSplitTreatments',
      '4: phone number reaches Split getTreatment',
    ]);
  });
  it('stays silent on flag names and neutral attributes', () => {
    expect(
      reports(
        `import { SplitFactory } from '@splitsoftware/splitio-browserjs';\nconst client = SplitFactory({ core: { authorizationKey: KEY, key: anonymousId } }).client();\nclient.getTreatment(FLAGS.newCheckout, { plan: plan.name });\nclient.track('user', 'page_load', 42);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local client with the same method names', () => {
    expect(
      reports(
        `const client = { getTreatment: (..._a: unknown[]) => 'on' };\nclient.getTreatment(user.email, 'flag', { email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('reads the props of the React components: the factory config, and the key and attributes of a client or treatments', () => {
    expect(
      reports(
        `import { SplitFactoryProvider, SplitClient, SplitTreatments } from '@splitsoftware/splitio-react';\nexport const App = () => (\n  <SplitFactoryProvider config={{ core: { authorizationKey: KEY, key: user.email } }}>\n    <SplitClient splitKey={member.id} attributes={{ plan: 'pro' }}>\n      <SplitTreatments names={['beta']} attributes={{ phone: customer.phone }}>{render}</SplitTreatments>\n    </SplitClient>\n  </SplitFactoryProvider>\n);`,
        { filename: 'app.tsx' },
      ),
    ).toEqual([
      '3: email reaches Split <SplitFactoryProvider>',
      '4: user ID reaches Split <SplitClient>',
      '5: phone number reaches Split <SplitTreatments>',
    ]);
  });
});
