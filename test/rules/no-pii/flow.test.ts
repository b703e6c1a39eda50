// Every flow form of no-pii, as `line: message` lists: what is reported, and what stays silent.
import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../../helpers/lint.js';

const MP = "import mixpanel from 'mixpanel-browser';";
const PH = "import posthog from 'posthog-js';";

describe('SDK identity from the code', () => {
  const cases: [string, string, string[]][] = [
    [
      'default import',
      `${MP}\nmixpanel.identify(user.id);`,
      ['2: user ID reaches Mixpanel identify (identity argument)'],
    ],
    [
      'renamed named import',
      "import { setUser as su } from '@sentry/react';\nsu({ email: u.email });",
      ['2: email reaches Sentry setUser'],
    ],
    [
      'namespace import',
      "import * as amplitude from '@amplitude/analytics-browser';\namplitude.setUserId(member.id);",
      ['2: user ID reaches Amplitude setUserId (identity argument)'],
    ],
    [
      'require',
      "const Mixpanel = require('mixpanel');\nconst mp = Mixpanel.init('t');\nmp.people.set(customer.id, { $email: customer.email });",
      ['3: user ID reaches Mixpanel people.set (identity argument)', '3: email reaches Mixpanel people.set'],
    ],
    [
      'await import()',
      "export async function f(user) {\n  const { default: posthog } = await import('posthog-js');\n  posthog.identify(user.id);\n}",
      ['3: user ID reaches PostHog identify (identity argument)'],
    ],
    [
      'constructor in a class field',
      "import { PostHog } from 'posthog-node';\nclass T {\n  client = new PostHog('k');\n  seen(user) { this.client.capture({ distinctId: user.id, event: 'seen' }); }\n}",
      ['4: user ID reaches PostHog capture'],
    ],
    [
      'client assigned in a constructor',
      "import mixpanel from 'mixpanel-browser';\nclass T {\n  constructor() { this.mp = mixpanel; }\n  id(user) { this.mp.identify(user.id); }\n}",
      ['4: user ID reaches Mixpanel identify (identity argument)'],
    ],
    [
      'React hook',
      "import { usePostHog } from 'posthog-js/react';\nexport function useX(member) {\n  const ph = usePostHog();\n  ph?.identify(member.id);\n}",
      ['4: user ID reaches PostHog identify (identity argument)'],
    ],
    [
      'global through globalThis, with a TS cast',
      '(globalThis as any).mixpanel.people.set({ $name: user.fullName });',
      ['1: name reaches Mixpanel people.set'],
    ],
    [
      'non-null assertion and optional call',
      'window.analytics!.identify?.(member.id);',
      ['1: user ID reaches Segment identify (identity argument)'],
    ],
    [
      'command function',
      "gtag('set', 'user_properties', { email: user.email });",
      ["1: email reaches Google Analytics gtag('set')"],
    ],
    [
      'array queue',
      "window._paq.push(['setUserId', member.id]);",
      ["1: user ID reaches Matomo _paq.push(['setUserId'])"],
    ],
    [
      'callback parameter',
      "import * as Sentry from '@sentry/browser';\nSentry.withScope((scope) => scope.setUser({ id: user.id }));",
      ['2: user ID reaches Sentry scope.setUser'],
    ],
    [
      'the vendor snippet pasted in the file',
      "function gtag() { dataLayer.push(arguments); }\ngtag('config', 'G-1', { user_id: user.id });",
      ["2: user ID reaches Google Analytics gtag('config')"],
    ],
    [
      'a local helper that pushes its arguments to a queue',
      "const mtm = (...args) => window._paq.push(args);\nmtm('setUserId', user.username);",
      ["2: name reaches Matomo _paq.push(['setUserId']) (identity argument)"],
    ],
  ];
  for (const [name, code, expected] of cases) it(name, () => expect(reports(code)).toEqual(expected));

  it('a local object with the same method names is not a sink', () => {
    expect(reports('const analytics = { identify(id) {} };\nanalytics.identify(user.id);')).toEqual([]);
  });
  it('a parameter named like a vendor global is not the global', () => {
    expect(reports('export function f(mixpanel) { mixpanel.identify(user.id); }')).toEqual([]);
  });
});

describe('personal data by name, context and shape', () => {
  const cases: [string, string, string[]][] = [
    [
      'camelCase, snake_case, $keys and vendor keys',
      `${MP}\nmixpanel.register({ userEmail: a, user_phone: b, $name: c, em: d });`,
      [
        '2: email reaches Mixpanel register',
        '2: phone number reaches Mixpanel register',
        '2: name reaches Mixpanel register',
        '2: email reaches Mixpanel register',
      ],
    ],
    [
      'the owner decides what name and id mean',
      `${MP}\nmixpanel.track('x', { who: author.name, plan: plan.name, org: workspace.id, order: order.id });`,
      ['2: name reaches Mixpanel track', '2: organization ID reaches Mixpanel track'],
    ],
    [
      'an email-shaped template',
      `${MP}\nmixpanel.track('x', { contact: \`\${handle}@example.com\` });`,
      ['2: name reaches Mixpanel track'],
    ],
    [
      'derived values are not the data',
      `${MP}\nmixpanel.track('x', { verified: user.emailVerified, has: !!user.phone, len: user.name.length, domain: emailDomain });`,
      [],
    ],
    [
      'btoa and toLowerCase are not sanitizers',
      `${MP}\nmixpanel.track('x', { a: btoa(user.email), b: user.email.toLowerCase() });`,
      ['2: email reaches Mixpanel track', '2: email reaches Mixpanel track'],
    ],
    [
      'a key completes an unknown value',
      `${MP}\nmixpanel.people.set({ $email: input.value });`,
      ['2: email reaches Mixpanel people.set'],
    ],
    [
      'a neutral value is not made personal by its key',
      `${MP}\nmixpanel.track('x', { email: 'weekly', location: permissionState });`,
      [],
    ],
    [
      'parts of an address',
      `${MP}\nmixpanel.track('x', { line: customer.homeAddress.line1 });`,
      ['2: postal address reaches Mixpanel track'],
    ],
    [
      'places of businesses',
      `${MP}\nmixpanel.track('x', { at: store.address.line1, lat: hotel.location.lat });`,
      [],
    ],
  ];
  for (const [name, code, expected] of cases) it(name, () => expect(reports(code)).toEqual(expected));
});

describe('flow within a file', () => {
  const cases: [string, string, string[]][] = [
    [
      'alias and destructuring',
      `${PH}\nconst { email: contact } = member;\nconst who = contact;\nposthog.capture('x', { who });`,
      ['4: email reaches PostHog capture'],
    ],
    [
      'rest of a destructured user',
      `${PH}\nconst { password, ...rest } = user;\nposthog.capture('x', rest);`,
      ['3: whole user object reaches PostHog capture'],
    ],
    [
      'conditional and nullish values',
      `${PH}\nposthog.capture('x', { e: signedIn ? user.email : null, n: user.name ?? 'anon' });`,
      ['2: email reaches PostHog capture', '2: name reaches PostHog capture'],
    ],
    [
      'Object.assign into a payload built earlier',
      `${PH}\nconst p = {};\nObject.assign(p, { phone: customer.phone });\nposthog.capture('x', p);`,
      ['3: phone number reaches PostHog capture'],
    ],
    [
      'bracket mutation',
      `${PH}\nconst p = {};\np['Home Address'] = form.homeAddress;\nposthog.capture('x', p);`,
      ['3: postal address reaches PostHog capture'],
    ],
    [
      'a conditional payload: both branches',
      "import { useLDClient } from 'launchdarkly-react-client-sdk';\nconst ld = useLDClient();\nld.identify(signedIn ? { kind: 'user', key: user.id } : { kind: 'user', key: 'anon', anonymous: true });",
      ['3: user ID reaches LaunchDarkly identify'],
    ],
    [
      'arrow wrapper, report at the caller',
      `${PH}\nconst track = (name, props) => posthog.capture(name, props);\ntrack('x', { email: member.email });\ntrack('y', { count: 2 });`,
      ['3: email reaches PostHog capture through track'],
    ],
    [
      'method of a local object',
      `${PH}\nconst tracker = { identify(id) { posthog.identify(id); } };\ntracker.identify(member.id);`,
      ['3: user ID reaches PostHog identify through identify'],
    ],
    [
      'class method through this',
      `${PH}\nclass A {\n  id(key) { posthog.identify(key); }\n  login(u) { this.id(u.id); }\n}`,
      ['4: user ID reaches PostHog identify through id'],
    ],
    [
      'two levels of wrappers',
      `${PH}\nfunction low(p) { posthog.capture('e', p); }\nfunction high(x) { low(x); }\nhigh({ email: user.email });`,
      ['4: email reaches PostHog capture through high'],
    ],
    [
      'a hook that returns tracking callbacks',
      `${PH}\nfunction useTracking() { return { track: (e, p) => posthog.capture(e, p) }; }\nconst { track } = useTracking();\ntrack('x', { phone: user.phone });`,
      ['4: phone number reaches PostHog capture through track'],
    ],
    [
      'useCallback wrapper',
      `${PH}\nconst track = useCallback((e, p) => posthog.capture(e, p), []);\ntrack('x', { email: user.email });`,
      ['3: email reaches PostHog capture through track'],
    ],
    [
      'a wrapper that reads personal data itself is reported inside',
      `${PH}\nfunction seen(u) { posthog.capture('seen', { email: u.email }); }`,
      ['2: email reaches PostHog capture'],
    ],
    [
      'a personal parameter name is reported inside',
      `${PH}\nfunction setEmail(email) { posthog.setPersonProperties({ email }); }`,
      ['2: email reaches PostHog setPersonProperties'],
    ],
    [
      'a generic bag named user is filled by the caller',
      `${PH}\nfunction refresh(user: Record<string, string>) { posthog.setPersonProperties(user); }\nrefresh({ plan: 'pro' });\nrefresh({ email: member.email });`,
      ['4: email reaches PostHog setPersonProperties through refresh'],
    ],
    [
      'sanitised at the caller',
      `${PH}\nconst track = (id) => posthog.identify(id);\ntrack(hashPii(user.id));`,
      [],
    ],
  ];
  for (const [name, code, expected] of cases) it(name, () => expect(reports(code)).toEqual(expected));
});

describe('odd code is skipped without throwing', () => {
  const cases: [string, string][] = [
    ['empty file', ''],
    ['only comments', '// mixpanel.identify(user.id)'],
    ['computed members and dynamic keys', `${MP}\nmixpanel[method](user[field], { [key]: value });`],
    ['recursive aliases', `${MP}\nlet a = b; let b = a;\nmixpanel.track('x', { a });`],
    [
      'recursive wrappers',
      `${PH}\nfunction f(x) { g(x); posthog.capture('e', x); }\nfunction g(y) { f(y); }\nf({ n: 1 });`,
    ],
    ['spread arguments', `${MP}\nmixpanel.track(...args);`],
  ];
  for (const [name, code] of cases) it(name, () => expect(() => reports(code)).not.toThrow());
});

describe('typings of globals', () => {
  it('declare const / declare function stand for the global itself', () => {
    expect(
      reports(
        "declare const mixpanel: any;\ndeclare function fbq(...args: unknown[]): void;\nmixpanel.identify(user.id);\nfbq('init', '123', { em: user.email });",
      ),
    ).toEqual([
      '3: user ID reaches Mixpanel identify (identity argument)',
      adMatching(4, 'email', 'Meta Pixel', "fbq('init')"),
    ]);
  });
});

describe('ids that are not a person', () => {
  it("a session's own id is not a user ID, its user's is", () => {
    expect(
      reports(
        "import * as Sentry from '@sentry/browser';\nSentry.setTag('session', session.id);\nSentry.setTag('user', session.user.id);",
      ),
    ).toEqual(['3: user ID reaches Sentry setTag']);
  });
});

describe('arrays in payloads', () => {
  it('objects and values inside arrays are checked under their key', () => {
    expect(
      reports(
        "import posthog from 'posthog-js';\nposthog.capture('x', { attendees: [{ email: a.email }, { plan: 'pro' }], phones: [customer.phone] });",
      ),
    ).toEqual(['2: email reaches PostHog capture', '2: phone number reaches PostHog capture']);
  });
});

describe('numbered names', () => {
  it('line1, email2, address_line_2 keep their category', () => {
    expect(
      reports(
        "import posthog from 'posthog-js';\nposthog.capture('x', { a: form.addressLine1, b: contact.email2, c: form.address_line_2 });",
      ),
    ).toEqual([
      '2: postal address reaches PostHog capture',
      '2: email reaches PostHog capture',
      '2: postal address reaches PostHog capture',
    ]);
  });
});

describe('suggestions on parenthesized arguments', () => {
  it('dropping a parenthesized last argument removes its parentheses too', async () => {
    const { lint } = await import('../../helpers/lint.js');
    const code = "window.analytics.track('Signed Up', (0, user.email));";
    const [message] = lint(code).filter((m) => m.message.startsWith('email'));
    const fix = message.suggestions?.[0]?.fix;
    expect(fix && code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1])).toBe(
      "window.analytics.track('Signed Up');",
    );
  });

  it('an identity argument, parenthesized or not, is not dropped', async () => {
    const { lint } = await import('../../helpers/lint.js');
    const [message] = lint('window.analytics.alias(team.name, (0, user.email));').filter((m) =>
      m.message.startsWith('email'),
    );
    expect(message.message).toBe('email reaches Segment alias (identity argument)');
    expect(message.suggestions ?? []).toEqual([]);
  });
});
