import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Optimizely', () => {
  it('reports the user ID and attributes of a user context', () => {
    expect(
      reports(
        `import { createInstance } from '@optimizely/optimizely-sdk';\nconst client = createInstance({ projectConfigManager });\nconst ctx = client.createUserContext(member.id, { email: user.email, plan: 'pro' });\nctx.setAttribute('phone', customer.phone);`,
      ),
    ).toEqual([
      '3: user ID reaches Optimizely createUserContext (identity argument)',
      '3: email reaches Optimizely createUserContext',
      '4: phone number reaches Optimizely userContext.setAttribute',
    ]);
  });
  it('reports legacy client calls and event tags', () => {
    expect(
      reports(
        `const optimizelySdk = require('@optimizely/optimizely-sdk');\nconst client = optimizelySdk.createInstance({ sdkKey });\nclient.track('purchase', member.id, { country: 'FR' }, { buyer_email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches Optimizely track (identity argument)',
      '3: email reaches Optimizely track',
    ]);
  });
  it('reports the React SDK client and hooks', () => {
    expect(
      reports(
        `import { createInstance, useTrackEvent } from '@optimizely/react-sdk';\nconst optimizely = createInstance({ sdkKey });\noptimizely.setUser({ id: member.id });\nconst [track] = useTrackEvent();\ntrack('signup', { email: user.email });`,
      ),
    ).toEqual(['3: user ID reaches Optimizely setUser', '5: email reaches Optimizely track']);
  });
  it('reports attributes pushed to Optimizely Web', () => {
    expect(reports(`window.optimizely.push({ type: 'user', attributes: { email: user.email } });`)).toEqual([
      '1: email reaches Optimizely optimizely.push',
    ]);
  });
  it('stays silent on decisions and neutral event tags', () => {
    expect(
      reports(
        `import { createInstance } from '@optimizely/optimizely-sdk';\nconst ctx = createInstance({ sdkKey }).createUserContext(anonymousId, { plan: plan.name });\nctx.decide('checkout_flow');\nctx.trackEvent('purchase', { revenue: cart.total });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const client = { createUserContext: (..._a: unknown[]) => ({}) };\nclient.createUserContext(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('reads the user given to the OptimizelyProvider component', () => {
    expect(
      reports(
        `import { OptimizelyProvider } from '@optimizely/react-sdk';\nexport const App = () => <OptimizelyProvider optimizely={client} user={{ id: member.id, attributes: { email: member.email, plan: 'pro' } }}><Main /></OptimizelyProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual([
      '2: user ID reaches Optimizely <OptimizelyProvider>',
      '2: email reaches Optimizely <OptimizelyProvider>',
    ]);
    expect(
      reports(
        `import { OptimizelyProvider } from '@optimizely/react-sdk';\nexport const App = () => <OptimizelyProvider optimizely={client} user={{ id: visitorId }}><Main /></OptimizelyProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual([]);
  });
});
