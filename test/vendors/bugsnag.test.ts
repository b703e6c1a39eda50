import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Bugsnag', () => {
  it('reports the user given to start', () => {
    expect(
      reports(
        `import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: KEY, user: { id: member.id, email: user.email } });`,
      ),
    ).toEqual(['2: user ID reaches Bugsnag start', '2: email reaches Bugsnag start']);
  });
  it('reports positional setUser arguments (require)', () => {
    expect(
      reports(
        `const Bugsnag = require('@bugsnag/browser');\nBugsnag.setUser(member.id, user.email, 'anon');`,
      ),
    ).toEqual(['2: user ID reaches Bugsnag setUser (identity argument)', '2: email reaches Bugsnag setUser']);
  });
  it('reports metadata added through the onError callback of notify', () => {
    expect(
      reports(
        `import Bugsnag from '@bugsnag/js';\nBugsnag.notify(error, (event) => {\n  event.addMetadata('account', 'phone', customer.phone);\n});`,
      ),
    ).toEqual(['3: phone number reaches Bugsnag event.addMetadata']);
  });
  it('reports breadcrumb metadata on a started client and on the global', () => {
    expect(
      reports(
        `import Bugsnag from '@bugsnag/node';\nconst client = Bugsnag.start(KEY);\nclient.leaveBreadcrumb('Invite', { email: invitee.email });\nwindow.Bugsnag.addMetadata('user', { ...user });`,
      ),
    ).toEqual([
      '3: email reaches Bugsnag leaveBreadcrumb',
      '4: whole user object reaches Bugsnag addMetadata',
    ]);
  });
  it('stays silent on plain notify calls and neutral metadata', () => {
    expect(
      reports(
        `import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: KEY, appVersion: '1.2.3' });\nBugsnag.notify(error);\nBugsnag.addMetadata('build', 'commit', sha);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const Bugsnag = { setUser(..._a: unknown[]) {}, notify(..._a: unknown[]) {} };\nBugsnag.setUser(member.id, user.email);`,
      ),
    ).toEqual([]);
  });
  it('reports the email and name positions of setUser whatever the values are called', () => {
    expect(reports(`import Bugsnag from '@bugsnag/js';\nBugsnag.setUser(member.id, a, b);`)).toEqual([
      '2: user ID reaches Bugsnag setUser (identity argument)',
      '2: email reaches Bugsnag setUser',
      '2: name reaches Bugsnag setUser',
    ]);
  });
  it('stays silent on literal or hashed email and name in setUser', () => {
    expect(
      reports(
        `import Bugsnag from '@bugsnag/js';\nBugsnag.setUser('anonymous', sha256(user.email), 'Guest');`,
      ),
    ).toEqual([]);
  });
});

describe('Bugsnag: the CDN global in a file that imports nothing', () => {
  it('reports the Bugsnag global bare and through window', () => {
    expect(
      reports(
        `Bugsnag.start({ apiKey: KEY, user: { id: member.id } });\nwindow.Bugsnag.setUser(member.id, user.email, user.name);\nwindow.Bugsnag.addMetadata('account', { phone: customer.phone });`,
      ),
    ).toEqual([
      '1: user ID reaches Bugsnag start',
      '2: user ID reaches Bugsnag setUser (identity argument)',
      '2: email reaches Bugsnag setUser',
      '2: name reaches Bugsnag setUser',
      '3: phone number reaches Bugsnag addMetadata',
    ]);
  });
  it('stays silent on a local Bugsnag', () => {
    expect(
      reports(`const Bugsnag = { setUser(..._a: unknown[]) {} };\nBugsnag.setUser(member.id, user.email);`),
    ).toEqual([]);
  });
});
