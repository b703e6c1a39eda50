// Vendor clients the app reaches through its own code (issue 14): accessor functions, async accessors
// and `.then`, later assignments, static fields, getters, typed parameters and SDK callbacks. Every
// case runs twice: without type information, and with it (a real tsconfig): the result is the same.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reports } from '../../helpers/lint.js';

type Case = { name: string; code: string };
type Invalid = Case & { errors: string[] };

/** What `reports` gives for a leak on `line`. */
function leak(line: number, category: string, vendor: string, method: string): string {
  return `${line}: ${category} reaches ${vendor} ${method}`;
}

const PH_NODE = "import { PostHog } from 'posthog-node';";

const valid: Case[] = [
  {
    name: 'a local accessor that returns an object of its own with capture and identify methods',
    code: `${PH_NODE}\nexport const server = new PostHog('k');\nfunction analytics() {\n  return { capture(_m: object) {}, identify(_id: string) {} };\n}\nexport function f(u: { id: string; email: string }) {\n  analytics().capture({ distinctId: u.id, properties: { email: u.email } });\n  analytics().identify(u.id);\n}`,
  },
  {
    name: '.then on a promise that is no vendor value',
    code: "import posthog from 'posthog-js';\nposthog.init('k');\ndeclare function fetchProfile(): Promise<{ identify(id: string, p: object): void }>;\nfetchProfile().then((ph) => ph.identify(user.id, { email: user.email }));",
  },
  {
    name: 'a parameter typed with a same-named type of another package',
    code: "import posthog from 'posthog-js';\nimport type { PostHog } from 'analytics-mock';\nposthog.init('k');\nexport function record(ph: PostHog, guest: { email: string }) {\n  ph.capture({ distinctId: 'srv', event: 'rsvp', properties: { guest_email: guest.email } });\n}",
  },
  {
    name: 'a parameter typed with a local interface named PostHog',
    code: "import posthog from 'posthog-js';\ninterface PostHog {\n  capture(message: object): void;\n}\nposthog.init('k');\nexport function record(ph: PostHog, guest: { email: string }) {\n  ph.capture({ distinctId: 'srv', properties: { guest_email: guest.email } });\n}",
  },
  {
    name: 'a parameter typed with a vendor export that is no class',
    code: "import posthog, { type PostHogConfig } from 'posthog-js';\nposthog.init('k');\nexport function f(config: PostHogConfig) {\n  config.capture('x', { email: user.email });\n}",
  },
  {
    name: 'a callback option of a call that is no vendor init',
    code: "import posthog from 'posthog-js';\nposthog.init('k');\nconst loader = { init(_key: string, _o: object) {} };\nloader.init('k', { loaded: (ph: any) => ph.identify(user.email) });",
  },
  {
    name: 'a callback option the catalog does not list for the vendor',
    code: "import posthog from 'posthog-js';\nposthog.init('k', { before_send: (event: any) => event.identify(user.email) });",
  },
  {
    name: 'a getter of a class of the file that returns no vendor value',
    code: "import posthog from 'posthog-js';\nposthog.init('k');\nclass Store {\n  get people() {\n    return new Map<string, string>();\n  }\n}\nnew Store().people.set('email', user.email);",
  },
  {
    name: 'a let only ever assigned something else',
    code: "import posthog from 'posthog-js';\nposthog.init('k');\nlet client: { capture(m: object): void } | null = null;\nexport function init(queue: { capture(m: object): void }) {\n  client = queue;\n}\nclient?.capture({ email: user.email });",
  },
  {
    name: 'a static field of a class of the file that holds something else',
    code: "import posthog from 'posthog-js';\nposthog.init('k');\nclass Audit {\n  static log = { capture(_m: object) {} };\n}\nAudit.log.capture({ email: user.email });",
  },
];

const ISSUE = `${PH_NODE}
let client: PostHog | undefined;
export function analytics() { return (client ??= new PostHog(process.env.KEY!)); }
export async function getBrowserPosthog() { return (await import('posthog-js')).default; }

export function onPaid(buyer: { email: string; id: string }) {
  analytics().capture({ distinctId: buyer.id, event: 'paid', properties: { email: buyer.email } });
  getBrowserPosthog().then((ph) => ph.identify(buyer.id, { email: buyer.email }));
}
class Telemetry { private static ph = new PostHog('k'); static send(p: object) { Telemetry.ph.capture({ distinctId: 's', event: 'e', properties: p }); } }
export const onShare = (owner: { email: string }) => Telemetry.send({ owner_email: owner.email });
export function record(ph: PostHog, guest: { email: string }) {
  ph.capture({ distinctId: 'srv', event: 'rsvp', properties: { guest_email: guest.email } });
}`;

const invalid: Invalid[] = [
  {
    name: 'the snippet of the issue',
    code: ISSUE,
    errors: [
      leak(7, 'user ID', 'PostHog', 'capture'),
      leak(7, 'email', 'PostHog', 'capture'),
      leak(8, 'user ID', 'PostHog', 'identify (identity argument)'),
      leak(8, 'email', 'PostHog', 'identify'),
      leak(11, 'email', 'PostHog', 'capture through send'),
      leak(13, 'email', 'PostHog', 'capture'),
    ],
  },
  {
    name: 'an accessor that creates the client on first use (??=)',
    code: `${PH_NODE}\nlet client: PostHog | undefined;\nexport function analytics() {\n  return (client ??= new PostHog('k'));\n}\nexport function onPaid(buyer: { id: string }) {\n  analytics().capture({ distinctId: buyer.id, event: 'paid' });\n}`,
    errors: [leak(7, 'user ID', 'PostHog', 'capture')],
  },
  {
    name: 'an accessor named like the vendor global, assigning in an if, called with ?.',
    code: `${PH_NODE}\nlet instance: PostHog | undefined;\nexport function posthog() {\n  if (!instance) instance = new PostHog('k');\n  return instance;\n}\nexport function f(user: { id: string }) {\n  posthog()?.capture({ distinctId: user.id, event: 'x' });\n}`,
    errors: [leak(8, 'user ID', 'PostHog', 'capture')],
  },
  {
    name: 'an arrow accessor and a conditional client',
    code: `${PH_NODE}\nconst enabled = process.env.ON === '1';\nconst client = enabled ? new PostHog('k') : undefined;\nconst ph = () => client;\nph()?.groupIdentify({ groupType: 'space', groupKey: space.id });`,
    errors: [leak(5, 'organization ID', 'PostHog', 'groupIdentify')],
  },
  {
    name: 'an async accessor of a dynamically imported client, and .then',
    code: "export async function getBrowserPosthog() {\n  return (await import('posthog-js')).default;\n}\nexport function f(buyer: { id: string }) {\n  void getBrowserPosthog().then((ph) => ph.identify(buyer.id));\n}",
    errors: [leak(5, 'user ID', 'PostHog', 'identify (identity argument)')],
  },
  {
    name: 'a promise kept in a module-level let, and .then with { default }',
    code: "let loading: Promise<typeof import('posthog-js')> | null = null;\nconst load = async () => {\n  if (!loading) loading = import('posthog-js');\n  return loading;\n};\nexport function f(user: { email: string }) {\n  void load().then(({ default: posthog }) => posthog.capture('x', { email: user.email }));\n}",
    errors: [leak(7, 'email', 'PostHog', 'capture')],
  },
  {
    name: "import('x').then(({ default: sdk }) => ...)",
    code: "import('posthog-js').then(({ default: sdk }) => sdk.identify(user.id));",
    errors: [leak(1, 'user ID', 'PostHog', 'identify (identity argument)')],
  },
  {
    name: 'a module-level let assigned in an init function (and cleared in another)',
    code: "import Mixpanel from 'mixpanel';\nlet client: any;\nexport function init(token: string) {\n  client = Mixpanel.init(token);\n}\nexport function shutdown() {\n  client = undefined;\n}\nexport function seen(user: { email: string }) {\n  client.track('Seen', { email: user.email });\n}",
    errors: [leak(10, 'email', 'Mixpanel', 'track')],
  },
  {
    name: 'a static field, and a static method that forwards its parameter',
    code: `${PH_NODE}\nclass Telemetry {\n  private static ph = new PostHog('k');\n  static send(p: object) {\n    Telemetry.ph.capture({ distinctId: 's', event: 'e', properties: p });\n  }\n  static ping() {\n    this.ph.capture({ distinctId: 's', event: 'ping', properties: { email: admin.email } });\n  }\n}\nexport const onShare = (owner: { email: string }) => Telemetry.send({ owner_email: owner.email });\nTelemetry.send({ plan: 'pro' });`,
    errors: [leak(8, 'email', 'PostHog', 'capture'), leak(11, 'email', 'PostHog', 'capture through send')],
  },
  {
    name: 'a getter of a class of the file, through this and through an instance',
    code: "import mixpanel from 'mixpanel-browser';\nclass Tracker {\n  private mp = mixpanel;\n  get people() {\n    return this.mp.people;\n  }\n  profile(u: { email: string }) {\n    this.people.set({ $email: u.email });\n  }\n}\nexport const tracker = new Tracker();\ntracker.people.set({ $phone: customer.phone });",
    errors: [leak(8, 'email', 'Mixpanel', 'people.set'), leak(12, 'phone number', 'Mixpanel', 'people.set')],
  },
  {
    name: 'a method of a class of the file that returns the client',
    code: `${PH_NODE}\nclass Service {\n  private ph = new PostHog('k');\n  client() {\n    return this.ph;\n  }\n  paid(user: { id: string }) {\n    this.client().capture({ distinctId: user.id, event: 'paid' });\n  }\n}`,
    errors: [leak(8, 'user ID', 'PostHog', 'capture')],
  },
  {
    name: 'a parameter typed with the vendor class (type-only import)',
    code: "import type { PostHog } from 'posthog-node';\nexport function record(ph: PostHog, guest: { email: string }) {\n  ph.capture({ distinctId: 'srv', event: 'rsvp', properties: { guest_email: guest.email } });\n}",
    errors: [leak(3, 'email', 'PostHog', 'capture')],
  },
  {
    name: 'typed parameters: a namespace-qualified class, optional, with | undefined, a constructor parameter property',
    code: "import * as ph from 'posthog-node';\nimport { PostHog } from 'posthog-js';\nexport function a(client?: ph.PostHog) {\n  client?.identify({ distinctId: member.id });\n}\nexport function b(client: PostHog | undefined) {\n  client?.identify(member.id);\n}\nexport class Events {\n  constructor(private readonly client: ph.PostHog) {}\n  paid(user: { id: string }) {\n    this.client.capture({ distinctId: user.id, event: 'paid' });\n  }\n}",
    errors: [
      leak(4, 'user ID', 'PostHog', 'identify'),
      leak(7, 'user ID', 'PostHog', 'identify (identity argument)'),
      leak(12, 'user ID', 'PostHog', 'capture'),
    ],
  },
  {
    name: 'a variable typed with the vendor class, assigned elsewhere',
    code: `${PH_NODE}\nimport { createClient } from './factory';\nlet client: PostHog | null = null;\nexport function init() {\n  client = createClient();\n}\nclient?.capture({ distinctId: member.id, event: 'x' });`,
    errors: [leak(7, 'user ID', 'PostHog', 'capture')],
  },
  {
    name: 'the client handed to the init option loaded (arrow and method)',
    code: "import posthog from 'posthog-js';\nposthog.init('k', { loaded: (ph) => ph.identify(user.email) });\nposthog.init('k', {\n  loaded(ph) {\n    ph.capture('x', { phone: user.phone });\n  },\n});",
    errors: [
      leak(2, 'email', 'PostHog', 'identify (identity argument)'),
      leak(5, 'phone number', 'PostHog', 'capture'),
    ],
  },
];

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'typed');
const modes = [
  ['untyped', {}],
  ['typed', { filename: join(fixture, 'file.ts'), typed: fixture }],
] as const;

for (const [mode, options] of modes) {
  describe(`clients behind the app's code (${mode})`, () => {
    for (const { name, code } of valid)
      it(`silent: ${name}`, () => expect(reports(code, options)).toEqual([]));
    for (const { name, code, errors } of invalid)
      it(`reported: ${name}`, () => expect(reports(code, options)).toEqual(errors));
  });
}
