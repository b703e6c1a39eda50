import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

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

describe('Plausible: next-plausible', () => {
  it('reports the props and custom URL of the function from usePlausible', () => {
    expect(
      reports(
        `import { usePlausible } from 'next-plausible';\nexport function Signup() {\n  const plausible = usePlausible();\n  plausible('Signup', { props: { email: user.email, plan: 'pro' } });\n  plausible('pageview', { u: \`/users/\${user.email}\` });\n}`,
        { filename: 'signup.tsx' },
      ),
    ).toEqual(['4: email reaches Plausible plausible', '5: email reaches Plausible plausible']);
  });
  it('reports custom properties given to PlausibleProvider (init and the older pageviewProps)', () => {
    expect(
      reports(
        `import PlausibleProvider from 'next-plausible';\nexport const A = ({ children }) => <PlausibleProvider src={SRC} init={{ customProperties: { userId: member.id } }}>{children}</PlausibleProvider>;\nexport const B = ({ children }) => <PlausibleProvider domain="example.com" pageviewProps={{ author: user.email }}>{children}</PlausibleProvider>;`,
        { filename: 'layout.tsx' },
      ),
    ).toEqual([
      '2: user ID reaches Plausible <PlausibleProvider>',
      '3: email reaches Plausible <PlausibleProvider>',
    ]);
  });
  it('stays silent on neutral props and a local plausible function', () => {
    expect(
      reports(
        `import PlausibleProvider, { usePlausible } from 'next-plausible';\nexport function C() {\n  const plausible = usePlausible();\n  plausible('Download', { props: { format: 'pdf' }, revenue: { currency: 'EUR', amount: 10 } });\n  return <PlausibleProvider src={SRC} init={{ customProperties: { section: 'docs' } }} />;\n}\nconst track = (..._a: unknown[]) => undefined;\ntrack('Signup', { props: { email: user.email } });`,
        { filename: 'c.tsx' },
      ),
    ).toEqual([]);
  });
  it('typed: the same reports with typed data', () => {
    expect(
      typedReports(
        "import { usePlausible } from 'next-plausible';\nimport type { EmailAddress, Settings } from './types';\nexport function useSignup(to: EmailAddress, s: Settings) {\n  const plausible = usePlausible();\n  plausible('Invite', { props: { to, email: s.email, theme: s.theme } });\n}",
      ),
    ).toEqual(['5: email reaches Plausible plausible']);
  });
});
