import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

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

describe('New Relic: the browser global without imports, and more agent methods', () => {
  it('reports setCustomAttribute, setUserId and interaction().setAttribute on the snippet global', () => {
    expect(
      reports(
        `newrelic.setCustomAttribute('email', user.email);\nwindow.newrelic.setUserId(user.email);\nnewrelic.interaction().setName('checkout').setAttribute('customerPhone', customer.phone);`,
      ),
    ).toEqual([
      '1: email reaches New Relic setCustomAttribute',
      '2: email reaches New Relic setUserId (identity argument)',
      '3: phone number reaches New Relic interaction.setAttribute',
    ]);
  });
  it('reports measure attributes and an entity API from register', () => {
    expect(
      reports(
        `newrelic.measure('checkout', { customAttributes: { email: user.email } });\nconst widget = newrelic.register({ id: 'widget', name: 'Widget' });\nwidget.setUserId(member.id);`,
      ),
    ).toEqual([
      '1: email reaches New Relic measure',
      '3: user ID reaches New Relic setUserId (identity argument)',
    ]);
  });
  it('reports setUserID, span attributes and log events of the Node.js agent', () => {
    expect(
      reports(
        `const newrelic = require('newrelic');\nnewrelic.setUserID(member.id);\nnewrelic.addCustomSpanAttribute('email', user.email);\nnewrelic.addCustomSpanAttributes({ phone: customer.phone });\nnewrelic.recordLogEvent({ message: \`signup \${user.email}\`, level: 'info', userId: member.id, error: err });`,
      ),
    ).toEqual([
      '2: user ID reaches New Relic setUserID (identity argument)',
      '3: email reaches New Relic addCustomSpanAttribute',
      '4: phone number reaches New Relic addCustomSpanAttributes',
      '5: email reaches New Relic recordLogEvent',
      '5: user ID reaches New Relic recordLogEvent',
    ]);
  });
  it('stays silent on neutral log events, hashed user IDs and a local newrelic', () => {
    expect(
      reports(
        `import newrelic from 'newrelic';\nnewrelic.recordLogEvent({ message: 'cannot find file', level: 'ERROR', error: err });\nnewrelic.setUserID(sha256(member.id));\nfunction f(newrelic: { setUserId(id: string): void }) { newrelic.setUserId(member.id); }`,
      ),
    ).toEqual([]);
  });
  it('typed: the Node.js agent with typed data', () => {
    expect(
      typedReports(
        "import newrelic from 'newrelic';\nimport type { EmailAddress, Member } from './types';\nexport function f(m: Member, to: EmailAddress) {\n  newrelic.setUserID(m.id);\n  newrelic.addCustomAttributes({ to, plan: m.plan });\n}",
      ),
    ).toEqual([
      '4: user ID reaches New Relic setUserID (identity argument)',
      '5: email reaches New Relic addCustomAttributes',
    ]);
  });
  it('reports wrapped-logger attributes and LLM custom attributes', () => {
    expect(
      reports(
        `newrelic.wrapLogger(console, 'info', { customAttributes: { userId: member.id } });\nimport agent from 'newrelic';\nagent.withLlmCustomAttributes({ 'llm.user': user.email }, async () => run());`,
      ),
    ).toEqual([
      '1: user ID reaches New Relic wrapLogger',
      '3: email reaches New Relic withLlmCustomAttributes',
    ]);
  });
});
