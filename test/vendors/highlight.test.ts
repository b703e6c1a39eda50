import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

const H = "import { H } from 'highlight.run';\n";

describe('Highlight', () => {
  it('identify, track, errors and feedback', () => {
    expect(
      reports(`${H}H.identify(member.email, { plan: 'pro', phone: member.phone });
H.track('Checkout', { buyer: buyer.fullName });
H.consumeError(error, \`failed for \${user.email}\`);
H.addSessionFeedback({ verbatim: 'slow', userName: reporterName, userEmail: reporterEmail });`),
    ).toEqual([
      '2: email reaches Highlight identify (identity argument)',
      '2: phone number reaches Highlight identify',
      '3: name reaches Highlight track',
      '4: email reaches Highlight consumeError',
      '5: name reaches Highlight addSessionFeedback',
      '5: email reaches Highlight addSessionFeedback',
    ]);
  });

  it('stays silent on neutral data and on other objects named H', () => {
    expect(
      reports(`${H}H.track('Checkout', { plan: plan.name, items: 3 });\nH.consumeError(error);`),
    ).toEqual([]);
    expect(reports('const H = { identify() {} };\nH.identify(user.email);')).toEqual([]);
  });
});
