import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Honeybadger', () => {
  it('reports setContext and the context, params and details of notify', () => {
    expect(
      reports(
        `import Honeybadger from '@honeybadger-io/js';\nHoneybadger.configure({ apiKey: KEY });\nHoneybadger.setContext({ user_id: member.id, user_email: user.email });\nHoneybadger.notify(err, { context: { phone: customer.phone } });\nHoneybadger.notify('Checkout failed', 'CheckoutError', { params: { email: user.email } });`,
      ),
    ).toEqual([
      '3: user ID reaches Honeybadger setContext',
      '3: email reaches Honeybadger setContext',
      '4: phone number reaches Honeybadger notify',
      '5: email reaches Honeybadger notify',
    ]);
  });
  it('reports breadcrumb metadata, Insights events and what beforeNotify sets (require)', () => {
    expect(
      reports(
        `const Honeybadger = require('@honeybadger-io/js');\nHoneybadger.addBreadcrumb('Clicked', { metadata: { email: user.email }, category: 'ui' });\nHoneybadger.event('signup', { userId: member.id });\nHoneybadger.beforeNotify((notice) => { notice.context = { phone: customer.phone }; });`,
      ),
    ).toEqual([
      '2: email reaches Honeybadger addBreadcrumb',
      '3: user ID reaches Honeybadger event',
      '4: phone number reaches Honeybadger notice.context',
    ]);
  });
  it('reports the CDN global, bare and through window', () => {
    expect(
      reports(
        `Honeybadger.setContext({ user_id: member.id });\nwindow.Honeybadger.notify(\`failed for \${user.email}\`);`,
      ),
    ).toEqual(['1: user ID reaches Honeybadger setContext', '2: email reaches Honeybadger notify']);
  });
  it('stays silent on errors, neutral context and a local Honeybadger', () => {
    expect(
      reports(
        `import Honeybadger from '@honeybadger-io/js';\nHoneybadger.notify(err);\nHoneybadger.setContext({ plan: 'pro', release: VERSION });\nHoneybadger.notify(err, { context: { region: 'eu' }, tags: ['checkout'] });\nfunction f(Honeybadger: { setContext(c: unknown): void }) { Honeybadger.setContext({ email: user.email }); }`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, and a branded email behind a neutral name', () => {
    expect(
      typedReports(
        "import Honeybadger from '@honeybadger-io/js';\nimport type { EmailAddress, Member } from './types';\nexport function f(m: Member, to: EmailAddress, err: Error) {\n  Honeybadger.setContext({ user_id: m.id, plan: m.plan });\n  Honeybadger.notify(err, { context: { to } });\n}",
      ),
    ).toEqual(['4: user ID reaches Honeybadger setContext', '5: email reaches Honeybadger notify']);
  });
  it('reports notifyAsync, logEvent and resetContext, and chained setters', () => {
    expect(
      reports(
        `import Honeybadger from '@honeybadger-io/js';\nawait Honeybadger.notifyAsync(err, { session: { email: user.email } });\nHoneybadger.logEvent({ userId: member.id });\nHoneybadger.resetContext({ phone: customer.phone }).setContext({ plan: 'pro' });\nHoneybadger.factory({ apiKey: KEY }).setContext({ email: user.email });`,
      ),
    ).toEqual([
      '2: email reaches Honeybadger notifyAsync',
      '3: user ID reaches Honeybadger logEvent',
      '4: phone number reaches Honeybadger resetContext',
      '5: email reaches Honeybadger setContext',
    ]);
  });
});
