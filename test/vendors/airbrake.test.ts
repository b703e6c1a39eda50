import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Airbrake', () => {
  it('reports params, context and session of a notice, not the error', () => {
    expect(
      reports(
        `import { Notifier } from '@airbrake/browser';\nconst airbrake = new Notifier({ projectId: 1, projectKey: KEY });\nairbrake.notify({ error: err, params: { email: user.email }, context: { component: 'bootstrap' }, session: { userId: member.id } });\nairbrake.notify(err);`,
      ),
    ).toEqual(['3: email reaches Airbrake notify', '3: user ID reaches Airbrake notify']);
  });
  it('reports a message that embeds personal data (@airbrake/node, require)', () => {
    expect(
      reports(
        `const { Notifier } = require('@airbrake/node');\nconst airbrake = new Notifier({ projectId: 1, projectKey: KEY, environment: 'production' });\nairbrake.notify(\`no account for \${user.email}\`);`,
      ),
    ).toEqual(['3: email reaches Airbrake notify']);
  });
  it('reports what a filter puts on the notice and the scope context', () => {
    expect(
      reports(
        `import { Notifier } from '@airbrake/browser';\nconst airbrake = new Notifier({ projectId: 1, projectKey: KEY });\nairbrake.addFilter((notice) => {\n  notice.params = { phone: customer.phone };\n  notice.context.environment = 'production';\n  return notice;\n});\nairbrake.scope().setContext({ email: user.email });`,
      ),
    ).toEqual([
      '4: phone number reaches Airbrake notice.params',
      '8: email reaches Airbrake scope.setContext',
    ]);
  });
  it('reports a notifier built from the CDN global', () => {
    expect(
      reports(
        `const airbrake = new window.Airbrake.Notifier({ projectId: 1, projectKey: KEY });\nairbrake.notify({ error: err, session: { email: user.email } });`,
      ),
    ).toEqual(['2: email reaches Airbrake notify']);
  });
  it('stays silent on errors, neutral context and look-alike notifiers', () => {
    expect(
      reports(
        `import { Notifier } from '@airbrake/browser';\nconst airbrake = new Notifier({ projectId: 1, projectKey: KEY });\nairbrake.notify({ error: err, context: { severity: 'warning' }, params: { plan: 'pro' } });\nclass Notifier2 { notify(_n: unknown) {} }\nnew Notifier2().notify({ error: err, params: { email: user.email } });\nfunction f(Airbrake: { Notifier: new () => { notify(n: unknown): void } }) { new Airbrake.Notifier().notify({ params: { email: user.email } }); }`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, and typed neutral values stay silent', () => {
    expect(
      typedReports(
        "import { Notifier } from '@airbrake/node';\nimport type { Contact, Settings } from './types';\nconst airbrake = new Notifier({ projectId: 1, projectKey: 'k' });\nexport function f(c: Contact, s: Settings, err: Error) {\n  airbrake.notify({ error: err, params: { contact: c } });\n  airbrake.notify({ error: err, params: { email: s.email, theme: s.theme } });\n}",
      ),
    ).toEqual(['5: whole user object reaches Airbrake notify']);
  });
});
