import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Plausible', () => {
  it('reports custom properties given to the plausible global', () => {
    expect(reports(`window.plausible('Signup', { props: { email: user.email, plan: 'pro' } });`)).toEqual([
      '1: email reaches Plausible plausible',
    ]);
  });
  it('reports props passed to track from the npm tracker', () => {
    expect(
      reports(
        `import { init, track } from '@plausible-analytics/tracker';\ninit({ domain: 'example.com', customProperties: { customer_phone: customer.phone } });\ntrack('Download', { props: { user_email: user.email } });`,
      ),
    ).toEqual(['2: phone number reaches Plausible init', '3: email reaches Plausible track']);
  });
  it('reports props passed to the community plausible-tracker', () => {
    expect(
      reports(
        `const Plausible = require('plausible-tracker');\nconst { trackEvent } = Plausible({ domain: 'example.com' });\ntrackEvent('Invite', { props: { invitee: invitee.email } });`,
      ),
    ).toEqual(['3: email reaches Plausible trackEvent']);
  });
  it('stays silent on neutral props and revenue', () => {
    expect(
      reports(
        `plausible('Purchase', { props: { plan: plan.name }, revenue: { amount: cart.total, currency: 'EUR' } });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local plausible function', () => {
    expect(
      reports(
        `function plausible(_e: string, _o?: object) {}\nplausible('Signup', { props: { email: user.email } });`,
      ),
    ).toEqual([]);
  });
});
