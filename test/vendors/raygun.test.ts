import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Raygun', () => {
  it('reports the user of setUser on the snippet global rg4js', () => {
    expect(
      reports(
        `rg4js('setUser', { identifier: user.email, isAnonymous: false, email: user.email, fullName: user.fullName });`,
      ),
    ).toEqual([
      "1: email reaches Raygun rg4js('setUser')",
      "1: email reaches Raygun rg4js('setUser')",
      "1: name reaches Raygun rg4js('setUser')",
    ]);
  });
  it('reports custom data of send and withCustomData, and breadcrumb metadata (window.rg4js)', () => {
    expect(
      reports(
        `window.rg4js('send', { error: e, customData: [{ phone: customer.phone }], tags: ['checkout'] });\nwindow.rg4js('withCustomData', { userId: member.id });\nrg4js('recordBreadcrumb', 'Clicked', { email: user.email });`,
      ),
    ).toEqual([
      "1: phone number reaches Raygun rg4js('send')",
      "2: user ID reaches Raygun rg4js('withCustomData')",
      "3: email reaches Raygun rg4js('recordBreadcrumb')",
    ]);
  });
  it('reports setUser through the npm package (import and require)', () => {
    expect(
      reports(
        `import rg4js from 'raygun4js';\nrg4js('enableCrashReporting', true);\nrg4js('setUser', { identifier: member.id, isAnonymous: false });`,
      ),
    ).toEqual(["3: user ID reaches Raygun rg4js('setUser')"]);
    expect(
      reports(`const rg4js = require('raygun4js');\nrg4js('withCustomData', { email: user.email });`),
    ).toEqual(["2: email reaches Raygun rg4js('withCustomData')"]);
  });
  it('reports the positional setUser of the V1 Raygun global, chained', () => {
    expect(
      reports(
        `Raygun.init(KEY).attach();\nRaygun.setUser(user.email, false, user.email, user.fullName).withCustomData({ plan: 'pro' });`,
      ),
    ).toEqual([
      '2: email reaches Raygun setUser (identity argument)',
      '2: email reaches Raygun setUser',
      '2: name reaches Raygun setUser',
    ]);
  });
  it('reports the userInfo and custom data of the Node.js client', () => {
    expect(
      reports(
        `import * as Raygun from 'raygun';\nconst client = new Raygun.Client().init({ apiKey: KEY });\nclient.send(err, { userInfo: { identifier: member.id, email: user.email }, customData: { phone: customer.phone } });`,
      ),
    ).toEqual([
      '3: user ID reaches Raygun send',
      '3: email reaches Raygun send',
      '3: phone number reaches Raygun send',
    ]);
    expect(
      reports(
        `const raygun = require('raygun');\nconst client = new raygun.Client().init({ apiKey: KEY });\nclient.addBreadcrumb({ message: 'Checkout', customData: { email: user.email } });`,
      ),
    ).toEqual(['3: email reaches Raygun addBreadcrumb']);
  });
  it('stays silent on errors, configuration and neutral custom data', () => {
    expect(
      reports(
        `rg4js('apiKey', KEY);\nrg4js('enableCrashReporting', true);\nrg4js('send', e);\nrg4js('send', { error: e, customData: { plan: 'pro' }, tags: ['checkout'] });\nrg4js('setUser', { identifier: hashId(member.id), isAnonymous: false });\nrg4js('trackEvent', { type: 'pageView', path: '/menu' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local rg4js or Raygun that is not the vendor', () => {
    expect(
      reports(
        `const rg4js = (..._a: unknown[]) => undefined;\nrg4js('setUser', { email: user.email });\nfunction f(Raygun: { setUser(e: string): void }) { Raygun.setUser(user.email); }`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, and a branded email behind a neutral name', () => {
    expect(
      typedReports(
        "import rg4js from 'raygun4js';\nimport type { EmailAddress, Member } from './types';\nexport function f(m: Member, contact: EmailAddress) {\n  rg4js('setUser', { identifier: m.id, isAnonymous: false });\n  rg4js('withCustomData', { contact, plan: m.plan });\n}",
      ),
    ).toEqual([
      "4: user ID reaches Raygun rg4js('setUser')",
      "5: email reaches Raygun rg4js('withCustomData')",
    ]);
    expect(
      typedReports(
        "import rg4js from 'raygun4js';\nimport type { Settings } from './types';\nexport function f(s: Settings) { rg4js('withCustomData', { email: s.email, theme: s.theme }); }",
      ),
    ).toEqual([]);
  });
  it('reports tags and a page path of the snippet, and custom data of the V1 send', () => {
    expect(
      reports(
        `rg4js('withTags', [user.email]);\nrg4js('trackEvent', { type: 'pageView', path: \`/users/\${user.email}\` });\nRaygun.send(err, { userId: member.id }, ['checkout']);\nRaygun.withTags([customer.phone]);`,
      ),
    ).toEqual([
      "1: email reaches Raygun rg4js('withTags')",
      "2: email reaches Raygun rg4js('trackEvent')",
      '3: user ID reaches Raygun send',
      '4: phone number reaches Raygun withTags',
    ]);
  });
});
