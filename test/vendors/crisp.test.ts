import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Crisp', () => {
  it('reports user data pushed onto $crisp', () => {
    expect(
      reports(
        `window.$crisp.push(['set', 'user:email', [user.email]]);\n$crisp.push(['set', 'user:phone', [customer.phone]]);`,
      ),
    ).toEqual([
      "1: email reaches Crisp $crisp.push(['set'])",
      "2: phone number reaches Crisp $crisp.push(['set'])",
    ]);
  });
  it('reports session data pushed onto $crisp', () => {
    expect(
      reports(`$crisp.push(['set', 'session:data', [[['plan', 'pro'], ['email', user.email]]]]);`),
    ).toEqual(["1: email reaches Crisp $crisp.push(['set'])"]);
  });
  it('reports the crisp-sdk-web singleton', () => {
    expect(
      reports(
        `import { Crisp } from 'crisp-sdk-web';\nCrisp.configure(WEBSITE_ID, { tokenId: member.id });\nCrisp.user.setEmail(user.email);\nCrisp.session.pushEvent('signup', { phone: customer.phone });`,
      ),
    ).toEqual([
      '2: user ID reaches Crisp configure',
      '3: email reaches Crisp user.setEmail (identity argument)',
      '4: phone number reaches Crisp session.pushEvent',
    ]);
  });
  it('stays silent on configuration and neutral session data', () => {
    expect(
      reports(
        `import { Crisp } from 'crisp-sdk-web';\nCrisp.configure(WEBSITE_ID);\nCrisp.session.setData({ plan: plan.name });\n$crisp.push(['config', 'position:reverse', [true]]);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local $crisp array', () => {
    expect(
      reports(`const $crisp: unknown[] = [];\n$crisp.push(['set', 'user:email', [user.email]]);`),
    ).toEqual([]);
  });
});
