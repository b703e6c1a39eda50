// no-pii reports at every caller of a wrapper that passes personal data, also when the wrapper's
// parameter has a personal name (its own sink is reported too, once), through members and spreads of
// the parameter, any number of wrapper levels, same file and across files, untyped and typed; a
// wrapper that hashes the value or carries an eslint-disable comment on its sink silences its callers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reports } from '../../helpers/lint.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'project');
const app = (name: string) => join(root, 'src', 'app', name);
const PH = "import posthog from 'posthog-js';";

const modes = [
  ['untyped', (code: string) => reports(code, { filename: app('page.ts') })],
  ['typed', (code: string) => reports(code, { filename: app('page.ts'), typed: root })],
] as const;

for (const [mode, check] of modes) {
  describe(`callers of the project's wrappers (${mode})`, () => {
    it('a parameter named as personal data: the caller is reported at its argument', () => {
      expect(
        check(
          "import { tagPerson } from '../lib/amplitude-wrappers.js';\ntagPerson(reader.id);\ntagPerson('anonymous');",
        ),
      ).toEqual(['2: user ID reaches Amplitude setUserId through tagPerson (lib/amplitude-wrappers.js)']);
    });

    it('a record parameter read inside (user.id into the distinct ID): callers that pass a user', () => {
      expect(
        check(
          "import { track } from '../lib/server-events';\ntrack(ctx.user, { event: 'space_open' });\ntrack({ id: session.userId, isGuest: false }, { event: 'login' });",
        ),
      ).toEqual([
        '2: user ID reaches PostHog capture through track (lib/server-events.ts)',
        '3: user ID reaches PostHog capture through track (lib/server-events.ts)',
      ]);
    });

    it('a spread of the user into the argument: the member comes from the spread', () => {
      expect(
        check(
          "import { track } from '../lib/server-events';\ntrack({ ...ctx.user, anonymousId: undefined }, { event: 'poll_view' });",
        ),
      ).toEqual(['2: user ID reaches PostHog capture through track (lib/server-events.ts)']);
    });

    it("members of the caller's event reach the payload the wrapper spreads it into", () => {
      expect(
        check(
          "import { track, identifyGroup } from '../lib/server-events';\nconst guest = { id: 'g', isGuest: true };\ntrack(guest, { event: 'x', properties: { email: invite.email } });\ntrack(guest, { event: 'y', groups: { space: space.id } });\ntrack(guest, { event: 'z', properties: { count: 2 } });\nidentifyGroup({ groupType: 'company', groupKey: org.id });\nidentifyGroup({ groupType: 'poll', groupKey: poll.id });",
        ),
      ).toEqual([
        '3: email reaches PostHog capture through track (lib/server-events.ts)',
        '4: organization ID reaches PostHog capture through track (lib/server-events.ts)',
        '6: organization ID reaches PostHog groupIdentify through identifyGroup (lib/server-events.ts)',
      ]);
    });

    it("a caller's argument that says nothing of what it holds is left to the report inside", () => {
      expect(
        check(
          "import { track } from '../lib/server-events';\ntrack(event.detail, { event: 'x' });\ntrack(hashed(user), { event: 'y' });",
        ),
      ).toEqual([]);
    });

    it("the wrapper's fix silences its callers: a hash inside, an eslint-disable comment on its sink", () => {
      expect(
        check(
          "import { trackSignup, trackLogin, trackVisit } from '../lib/server-events';\ntrackSignup(user);\ntrackLogin(user);\ntrackVisit(user);",
        ),
      ).toEqual(['4: user ID reaches PostHog capture through trackVisit (lib/server-events.ts)']);
    });

    it('a generic member of a parameter (event.properties) is filled by the caller', () => {
      expect(
        check(
          "import { tagEvent } from '../lib/amplitude-wrappers.js';\ntagEvent({ name: 'x', properties: { email: u.email } });\ntagEvent({ name: 'y', properties: { plan: 'pro' } });",
        ),
      ).toEqual(['2: email reaches Amplitude track through tagEvent (lib/amplitude-wrappers.js)']);
    });
  });
}

describe('the wrapper itself (its own file)', () => {
  const lintLib = (name: string) => (code: string) =>
    reports(code, { filename: join(root, 'src', 'lib', name) });

  it('is reported once at its sink when its parameter is personal by name', () => {
    expect(
      lintLib('t.js')(
        "import * as amp from '@amplitude/analytics-browser';\nexport function tagPerson(memberId) {\n  amp.setUserId(memberId);\n}",
      ),
    ).toEqual(['3: user ID reaches Amplitude setUserId (identity argument)']);
  });

  it('a vendor class re-exported by a workspace package, behind a lazily created client', () => {
    expect(
      lintLib('s.ts')(
        "import { PostHog } from '@acme/analytics-server/server';\nlet client: PostHog | undefined;\nfunction ph() {\n  if (!client) client = new PostHog('k');\n  return client;\n}\nexport function seen(user: { id: string }) {\n  ph()?.capture({ event: 'seen', distinctId: user.id });\n}",
      ),
    ).toEqual(['8: user ID reaches PostHog capture']);
  });
});

describe('callers in the same file', () => {
  it('the wrapper is reported inside and at each caller, through two levels', () => {
    expect(
      reports(
        `${PH}\nfunction setEmail(email) { posthog.setPersonProperties({ email }); }\nfunction onSave(form) { setEmail(form.email); }\nonSave({ email: user.email });\nsetEmail(account.email);\nsetEmail('');`,
      ),
    ).toEqual([
      '2: email reaches PostHog setPersonProperties',
      '3: email reaches PostHog setPersonProperties through setEmail',
      '4: email reaches PostHog setPersonProperties through onSave',
      '5: email reaches PostHog setPersonProperties through setEmail',
    ]);
  });

  it('a personal name destructured two levels deep: reported inside and at the caller that passes the record', () => {
    expect(
      reports(
        `${PH}\nfunction sendX({ user: { email } }) {\n  posthog.capture('x', { email });\n}\nsendX({ user: currentUser });\nsendX({ user: { email: 'x' } });`,
      ),
    ).toEqual(['3: email reaches PostHog capture', '5: email reaches PostHog capture through sendX']);
  });

  it('a rest parameter spread into the sink: each caller argument lands in its position', () => {
    expect(
      reports(
        "import { PostHog } from 'posthog-node';\nclass Analytics {\n  private client = new PostHog('k');\n  capture(...args: unknown[]) {\n    this.client.capture(...args);\n  }\n}\nconst analytics = new Analytics();\nanalytics.capture({ distinctId: user.id, event: 'signup' });\nanalytics.capture({ distinctId: 'server', event: 'cron' });",
      ),
    ).toEqual(['9: user ID reaches PostHog capture through capture']);
    expect(
      reports(
        `${PH}\nconst send = (name, ...rest) => posthog.capture(name, ...rest);\nsend('x', { email: user.email });\nsend('y', { plan: 'pro' });`,
      ),
    ).toEqual(['3: email reaches PostHog capture through send']);
  });

  it('a member with a neutral name (payload.distinctId) is filled by the caller', () => {
    expect(
      reports(
        "import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nfunction capture(payload: { distinctId: string; event: string }) {\n  client.capture({ distinctId: payload.distinctId, event: payload.event });\n}\nfunction identifyGroup(group: { groupKey: string; distinctId?: string }) {\n  client.groupIdentify({ ...group, groupType: 'company', distinctId: group.distinctId ?? 'server' });\n}\ncapture({ distinctId: user.id, event: 'signup' });\ncapture({ distinctId: 'cron', event: 'tick' });\nidentifyGroup({ groupKey: 'acme', distinctId: member.id });\nidentifyGroup({ groupKey: 'acme' });",
      ),
    ).toEqual([
      '9: user ID reaches PostHog capture through capture',
      '11: user ID reaches PostHog groupIdentify through identifyGroup',
    ]);
  });

  it('of two members in a conditional, the one named as personal data is followed', () => {
    expect(
      reports(
        `${PH}\nfunction identify(user) {\n  posthog.identify(user.isGuest ? user.anonymousId : user.id);\n}\nidentify(currentUser);`,
      ),
    ).toEqual([
      '3: user ID reaches PostHog identify',
      '5: user ID reaches PostHog identify through identify',
    ]);
  });

  it('a parameter not named as personal data, passed on: reported where it is filled', () => {
    expect(
      reports(
        `${PH}\nfunction send(u) { posthog.identify(u.id); }\nfunction outer(x) { send(x); }\nouter(member);\nouter(e.detail);`,
      ),
    ).toEqual([
      '2: user ID reaches PostHog identify (identity argument)',
      '4: user ID reaches PostHog identify through outer',
    ]);
  });

  it('eslint-disable forms: -line, a block, a bare disable', () => {
    const code = (comment: string) =>
      `${PH}\nfunction setEmail(email) {\n  ${comment}\n}\nsetEmail(account.email);`;
    const call = 'posthog.setPersonProperties({ email });';
    expect(reports(code(`${call} // eslint-disable-line analytics-privacy/no-pii`))).toEqual([]);
    expect(
      reports(code(`/* eslint-disable analytics-privacy/no-pii */\n  ${call}\n  /* eslint-enable */`)),
    ).toEqual([]);
    expect(reports(code(`/* eslint-disable */ ${call}`))).toEqual([]);
    expect(reports(code(call))).toEqual([
      '3: email reaches PostHog setPersonProperties',
      '5: email reaches PostHog setPersonProperties through setEmail',
    ]);
  });
});
