import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Grafana Faro', () => {
  it('reports the user of initializeFaro and setUser', () => {
    expect(
      reports(
        `import { initializeFaro, faro } from '@grafana/faro-web-sdk';\ninitializeFaro({ url: URL, app: { name: 'web' }, user: { id: member.id, email: user.email } });\nfaro.api.setUser({ id: member.id, username: user.username, attributes: { plan: 'pro' } });`,
      ),
    ).toEqual([
      '2: user ID reaches Grafana Faro initializeFaro',
      '2: email reaches Grafana Faro initializeFaro',
      '3: user ID reaches Grafana Faro api.setUser',
      '3: name reaches Grafana Faro api.setUser',
    ]);
  });
  it('reports event attributes, log arguments and context, error context (faro-react)', () => {
    expect(
      reports(
        `import { faro } from '@grafana/faro-react';\nfaro.api.pushEvent('signup', { email: user.email });\nfaro.api.pushLog([\`login \${user.email}\`], { context: { phone: customer.phone } });\nfaro.api.pushError(err, { context: { userId: member.id } });`,
      ),
    ).toEqual([
      '2: email reaches Grafana Faro api.pushEvent',
      '3: email reaches Grafana Faro api.pushLog',
      '3: phone number reaches Grafana Faro api.pushLog',
      '4: user ID reaches Grafana Faro api.pushError',
    ]);
  });
  it('reports the instance returned by initializeFaro and the window.faro global', () => {
    expect(
      reports(
        `import { initializeFaro } from '@grafana/faro-web-sdk';\nconst instance = initializeFaro({ url: URL, app: { name: 'web' } });\ninstance.api.setSession({ attributes: { email: user.email } });\nwindow.faro.api.setUser({ email: user.email });`,
      ),
    ).toEqual(['3: email reaches Grafana Faro api.setSession', '4: email reaches Grafana Faro api.setUser']);
  });
  it('stays silent on errors, neutral events and a local faro', () => {
    expect(
      reports(
        `import { faro } from '@grafana/faro-web-sdk';\nfaro.api.pushError(err);\nfaro.api.pushEvent('dashboard_viewed', { plan: 'pro' });\nfaro.api.setUser({ id: hash(member.id) });\nfunction f(faro: { api: { setUser(u: unknown): void } }) { faro.api.setUser({ email: user.email }); }`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, and a typed record with personal fields', () => {
    expect(
      typedReports(
        "import { faro } from '@grafana/faro-web-sdk';\nimport type { Contact, Member } from './types';\nexport function f(m: Member, c: Contact) {\n  faro.api.setUser({ id: m.id, attributes: { plan: m.plan } });\n  faro.api.pushEvent('contact_saved', { contact: c });\n}",
      ),
    ).toEqual([
      '4: user ID reaches Grafana Faro api.setUser',
      '5: whole user object reaches Grafana Faro api.pushEvent',
    ]);
  });
  it('reports measurement context', () => {
    expect(
      reports(
        `import { faro } from '@grafana/faro-web-sdk';\nfaro.api.pushMeasurement({ type: 'cart', values: { items: 3 } }, { context: { email: user.email } });`,
      ),
    ).toEqual(['2: email reaches Grafana Faro api.pushMeasurement']);
  });
});
