import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Dub', () => {
  it('reports the customer of track.lead and track.sale on the server SDK', () => {
    expect(
      reports(
        `import { Dub } from 'dub';\nconst dub = new Dub({ token: process.env.DUB_API_KEY });\nawait dub.track.lead({ clickId, eventName: 'Sign Up', customerExternalId: user.id, customerName: user.name, customerEmail: user.email, customerAvatar: user.image });\nawait dub.track.sale({ customerExternalId: member.id, amount: 3000, paymentProcessor: 'stripe', metadata: { phone: customer.phone } });`,
      ),
    ).toEqual([
      '3: user ID reaches Dub track.lead',
      '3: name reaches Dub track.lead',
      '3: email reaches Dub track.lead',
      '4: user ID reaches Dub track.sale',
      '4: phone number reaches Dub track.sale',
    ]);
  });
  it('reports the email and name fields whatever the values are called', () => {
    expect(
      reports(
        `import { Dub } from 'dub';\nconst dub = new Dub();\nawait dub.track.lead({ clickId, eventName: 'Sign Up', customerExternalId: hashed, customerEmail: form.value, customerName: form.display });`,
      ),
    ).toEqual(['3: email reaches Dub track.lead', '3: name reaches Dub track.lead']);
  });
  it('reports the standalone trackLead function and the older externalId field', () => {
    expect(
      reports(
        `import { DubCore } from 'dub/core.js';\nimport { trackLead } from 'dub/funcs/trackLead.js';\nconst dub = new DubCore({ token: KEY });\nawait trackLead(dub, { clickId, eventName: 'Sign Up', externalId: member.id });`,
      ),
    ).toEqual(['4: user ID reaches Dub trackLead']);
  });
  it('reports trackLead of the client-side script (useAnalytics and the global)', () => {
    expect(
      reports(
        `import { useAnalytics } from '@dub/analytics/react';\nexport function Signup() {\n  const { trackLead } = useAnalytics();\n  trackLead({ eventName: 'Sign Up', customerExternalId: member.id });\n}\nwindow.dubAnalytics.trackSale({ eventName: 'Purchase', customerExternalId: 'c_1', amount: 10, metadata: { email: user.email } });`,
      ),
    ).toEqual(['4: user ID reaches Dub trackLead', '6: email reaches Dub trackSale']);
  });
  it('stays silent on literal or hashed customers and on look-alikes', () => {
    expect(
      reports(
        `import { Dub } from 'dub';\nconst dub = new Dub();\nawait dub.track.lead({ clickId, eventName: 'Sign Up', customerExternalId: sha256(member.id) });\nawait dub.track.sale({ customerExternalId: 'cus_123', customerName: 'Guest', amount: 10, metadata: { plan: 'pro' } });\nconst track = { lead: (..._a: unknown[]) => undefined };\ntrack.lead({ customerEmail: user.email });`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, and a branded email behind a neutral name', () => {
    expect(
      typedReports(
        "import { Dub } from 'dub';\nimport type { EmailAddress, Member } from './types';\nconst dub = new Dub({ token: 'k' });\nexport async function f(m: Member, to: EmailAddress) {\n  await dub.track.lead({ clickId: 'c', eventName: 'Sign Up', customerExternalId: m.id, metadata: { to, plan: m.plan } });\n}",
      ),
    ).toEqual(['5: user ID reaches Dub track.lead', '5: email reaches Dub track.lead']);
  });
});
