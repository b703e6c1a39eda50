import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('New Relic', () => {
  it('reports a user ID given to setUserId on the global', () => {
    expect(reports(`newrelic.setUserId(member.id);`)).toEqual([
      '1: user ID reaches New Relic setUserId (identity argument)',
    ]);
  });
  it('reports a custom attribute keyed as an email through window', () => {
    expect(reports(`window.newrelic.setCustomAttribute('userEmail', session.value);`)).toEqual([
      '1: email reaches New Relic setCustomAttribute',
    ]);
  });
  it('reports page action attributes on an npm BrowserAgent', () => {
    expect(
      reports(
        `import { BrowserAgent } from '@newrelic/browser-agent/loaders/browser-agent';\nconst agent = new BrowserAgent(options);\nagent.addPageAction('checkout', { phone: customer.phone });`,
      ),
    ).toEqual(['3: phone number reaches New Relic addPageAction']);
  });
  it('reports error attributes and log attributes, not the error', () => {
    expect(
      reports(
        `newrelic.noticeError(error, { email: user.email });\nnewrelic.log('Signup', { customAttributes: { ...user } });`,
      ),
    ).toEqual(['1: email reaches New Relic noticeError', '2: whole user object reaches New Relic log']);
  });
  it('reports custom attributes, custom events and error attributes of the Node.js agent (require and default import)', () => {
    expect(
      reports(
        `const newrelic = require('newrelic');\nnewrelic.addCustomAttribute('email', req.user.email);\nnewrelic.addCustomAttributes({ userId: req.user.id, plan: 'pro' });\nnewrelic.recordCustomEvent('Signup', { phone: customer.phone });`,
      ),
    ).toEqual([
      '2: email reaches New Relic addCustomAttribute',
      '3: user ID reaches New Relic addCustomAttributes',
      '4: phone number reaches New Relic recordCustomEvent',
    ]);
    expect(
      reports(`import newrelic from 'newrelic';\nnewrelic.noticeError(err, { email: user.email });`),
    ).toEqual(['2: email reaches New Relic noticeError']);
  });
  it('stays silent on neutral Node.js agent attributes', () => {
    expect(
      reports(
        `import newrelic from 'newrelic';\nnewrelic.addCustomAttribute('plan', plan.name);\nnewrelic.addCustomAttributes({ orderValue: order.total });\nnewrelic.noticeError(err);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on errors and neutral attributes', () => {
    expect(
      reports(
        `newrelic.noticeError(error);\nnewrelic.setCustomAttribute('plan', plan.name);\nnewrelic.addPageAction('Export Clicked', { format: 'csv' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const newrelic = { setUserId(_id: string) {}, addPageAction(..._a: unknown[]) {} };\nnewrelic.setUserId(member.id);\nnewrelic.addPageAction('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
