import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Adobe Web SDK', () => {
  it('reports identities in xdm.identityMap', () => {
    expect(
      reports(
        `alloy('sendEvent', { xdm: { identityMap: { CRMID: [{ id: member.id, authenticatedState: 'authenticated' }] } } });`,
      ),
    ).toEqual(["1: user ID reaches Adobe Web SDK alloy('sendEvent')"]);
  });
  it('reports free-form data from an instance made by createInstance', () => {
    expect(
      reports(
        `import { createInstance } from '@adobe/alloy';\nconst alloy = createInstance({ name: 'alloy' });\nalloy('sendEvent', { data: { email: user.email } });`,
      ),
    ).toEqual(["3: email reaches Adobe Web SDK alloy('sendEvent')"]);
  });
  it('reports XDM fields through window.alloy and the server SDK', () => {
    expect(
      reports(
        `window.alloy('sendEvent', { xdm: { person: { phone: customer.phone } } });\nimport { createInstance } from '@adobe/alloy-node';\ncreateInstance().sendEvent({ data: { email: user.email } });`,
      ),
    ).toEqual([
      "1: phone number reaches Adobe Web SDK alloy('sendEvent')",
      '3: email reaches Adobe Web SDK sendEvent',
    ]);
  });
  it('stays silent on configuration and neutral page views', () => {
    expect(
      reports(
        `alloy('configure', { datastreamId: DATASTREAM, orgId: ORG_ID });\nalloy('sendEvent', { xdm: { eventType: 'web.webpagedetails.pageViews', web: { webPageDetails: { name: page.title } } } });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local alloy function', () => {
    expect(
      reports(
        `const alloy = (..._a: unknown[]) => Promise.resolve();\nalloy('sendEvent', { data: { email: user.email } });`,
      ),
    ).toEqual([]);
  });
});
