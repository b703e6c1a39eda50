import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Vercel Web Analytics', () => {
  it('reports properties given to track from @vercel/analytics', () => {
    expect(
      reports(
        `import { track } from '@vercel/analytics';\ntrack('Signup', { email: user.email, plan: 'pro' });`,
      ),
    ).toEqual(['2: email reaches Vercel Web Analytics track']);
  });
  it('reports the server track and the default export', () => {
    expect(
      reports(
        `import { track } from '@vercel/analytics/server';\nawait track('Invite', { invitee: invitee.email });\nimport va from '@vercel/analytics';\nva.track('Call', { phone: customer.phone });`,
      ),
    ).toEqual([
      '2: email reaches Vercel Web Analytics track',
      '4: phone number reaches Vercel Web Analytics track',
    ]);
  });
  it('reports data pushed to the va queue function', () => {
    expect(reports(`window.va('event', { name: 'signup', data: { email: user.email } });`)).toEqual([
      "1: email reaches Vercel Web Analytics va('event')",
    ]);
  });
  it('stays silent on neutral properties', () => {
    expect(
      reports(
        `import { track } from '@vercel/analytics/react';\ntrack('Purchase', { plan: plan.name, amount: cart.total });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local track function', () => {
    expect(
      reports(`const track = (_n: string, _p?: object) => {};\ntrack('Signup', { email: user.email });`),
    ).toEqual([]);
  });
});
