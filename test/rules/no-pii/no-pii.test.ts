import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii.js';

const ruleTester = new RuleTester();

const MP = "import mixpanel from 'mixpanel-browser';\n";
const PH = "import posthog from 'posthog-js';\n";
const helperSettings = {
  'analytics-privacy': { pseudonymize: { name: 'hashPii', source: '@acme/privacy' } },
};

ruleTester.run('no-pii', rule, {
  valid: [
    {
      code: `${MP}mixpanel.track('Signed Up', { plan: plan.name, seats: team.size, email_verified: user.emailVerified });`,
      name: 'event names, plan names and counts',
    },
    {
      code: `${MP}mixpanel.track('Profile', { has_phone: !!user.phone, name_length: user.name.length, emailDomainType: kind });`,
      name: 'derived flags and lengths',
    },
    {
      code: `${PH}posthog.capture('checklist_completed', { name: 'Onboarding Checklist', steps: 5 });`,
      name: 'literals that are not emails',
    },
    {
      code: `${MP}mixpanel.track('Built', { constructor: Builder, toString: fmt, valueOf: 1, hasOwnProperty: true });`,
      name: 'keys named after Object.prototype members are not vendor fields',
    },
    {
      code: `${MP}mixpanel.track('Order', { order_id: order.id, product_id: product.id, anonymous_id: anonymousId });`,
      name: 'order, product and anonymous ids',
    },
    {
      code: `${PH}posthog.identify(sha256Hex(user.id), { email_hash: hashEmail(user.email) });`,
      name: 'hashed values',
    },
    {
      code: `import { createHash } from 'node:crypto';\n${MP}mixpanel.identify(createHash('sha256').update(user.id).digest('hex'));`,
      name: 'createHash chain',
    },
    {
      code: `${MP}mixpanel.identify(pseudo(user.id));`,
      name: 'configured sanitizer',
      settings: { 'analytics-privacy': { sanitizers: ['pseudo'] } },
    },
    {
      code: "const tracker = { track(e, p) {} };\ntracker.track('x', { email: user.email });",
      name: 'a local object with a track method is not a sink',
    },
    {
      code: 'function f(analytics) { analytics.identify(user.id, { email: user.email }); }',
      name: 'a shadowed global is not the vendor',
    },
    {
      code: "import { track } from './local';\ntrack({ email: user.email });",
      name: 'file that imports no vendor',
    },
    {
      code: `${MP}mixpanel.track('x', { support_email: user.email });`,
      name: 'allowed keys',
      settings: { 'analytics-privacy': { allowedKeys: ['support_email'] } },
    },
    {
      code: `${MP}mixpanel.identify(user.id);`,
      name: 'categories turned off',
      settings: { 'analytics-privacy': { categories: { 'user-id': false } } },
    },
    {
      code: `${PH}function track(name, props) { posthog.capture(name, props); }\ntrack('Feed Loaded', { count: 3 });`,
      name: 'a wrapper that forwards neutral data',
    },
    {
      code: `${MP}mixpanel.track('Hotel', { lat: hotel.location.lat, street: restaurant.address.street });`,
      name: 'places of businesses',
    },
  ],
  invalid: [
    {
      code: `${MP}mixpanel.people.set({ $email: user.email, plan: 'pro' });`,
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Mixpanel', method: 'people.set' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Mixpanel', method: 'people.set' },
              output: `${MP}mixpanel.people.set({ plan: 'pro' });`,
            },
          ],
        },
      ],
      name: 'property in a call (drop suggestion keeps the object valid)',
    },
    {
      code: `${MP}mixpanel.track('x', { plan: 'pro', phone: customer.phone });`,
      errors: [
        {
          messageId: 'leak',
          data: { category: 'phone number', vendor: 'Mixpanel', method: 'track' },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'phone number', vendor: 'Mixpanel', method: 'track' },
              output: `${MP}mixpanel.track('x', { plan: 'pro' });`,
            },
          ],
        },
      ],
      name: 'last property: the comma before goes',
    },
    {
      code: `${MP}mixpanel.identify(user.id);`,
      errors: [
        {
          messageId: 'identityArgument',
          data: { category: 'user ID', vendor: 'Mixpanel', method: 'identify' },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'the only argument of an identity call: no removal (identify() is another call), and the message says why',
    },
    {
      code: `${PH}posthog.identify(member.id, { plan: 'pro' });`,
      errors: [
        {
          messageId: 'identityArgument',
          data: { category: 'user ID', vendor: 'PostHog', method: 'identify' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 27,
          suggestions: [],
        },
      ],
      name: 'an identity argument followed by others: no removal (identify(undefined, ...) sends no identity)',
    },
    {
      code: `${PH}posthog.identify(member.id, { plan: 'pro' });`,
      errors: [
        {
          messageId: 'identityArgument',
          data: { category: 'user ID', vendor: 'PostHog', method: 'identify' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'pseudonymize',
              data: { category: 'user ID', vendor: 'PostHog', method: 'identify', helper: 'hashPii' },
              output: `${PH.trimEnd()}\nimport { hashPii } from '@acme/privacy';\nposthog.identify(hashPii(member.id), { plan: 'pro' });`,
            },
          ],
        },
      ],
      name: "identity argument with a helper: only pseudonymize, which adds the import in the file's quotes",
      settings: helperSettings,
    },
    {
      code: `import posthog from "posthog-js";\nposthog.identify(member.id, { plan: "pro" });`,
      errors: [
        {
          messageId: 'identityArgument',
          data: { category: 'user ID', vendor: 'PostHog', method: 'identify' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'pseudonymize',
              data: { category: 'user ID', vendor: 'PostHog', method: 'identify', helper: 'hashPii' },
              output: `import posthog from "posthog-js";\nimport { hashPii } from "@acme/privacy";\nposthog.identify(hashPii(member.id), { plan: "pro" });`,
            },
          ],
        },
      ],
      name: 'a double-quoted file gets a double-quoted import',
      settings: helperSettings,
    },
    {
      code: `${PH}posthog.group('company', org.id);`,
      errors: [
        {
          messageId: 'identityArgument',
          data: { category: 'organization ID', vendor: 'PostHog', method: 'group' },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 32,
          suggestions: [],
        },
      ],
      name: 'the last identity argument of an identity call: no removal (group(type) is incomplete)',
    },
    {
      code: "import * as amplitude from 'amplitude-js';\namplitude.getInstance().init(KEY, user.id);",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'user ID', vendor: 'Amplitude', method: 'init' },
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'user ID', vendor: 'Amplitude', method: 'init' },
              output: "import * as amplitude from 'amplitude-js';\namplitude.getInstance().init(KEY);",
            },
          ],
        },
      ],
      name: 'a trailing identity argument of a call that is not an identity call can be removed',
    },
    {
      code: "window._paq.push(['setUserId', member.id]);",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'user ID', vendor: 'Matomo', method: "_paq.push(['setUserId'])" },
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'user ID', vendor: 'Matomo', method: "_paq.push(['setUserId'])" },
              output: "window._paq.push(['setUserId']);",
            },
          ],
        },
      ],
      name: 'an array element in an identity position keeps its removal',
    },
    {
      code: `import { hashPii } from '@acme/privacy';\n${PH}const { email } = user;\nposthog.capture('x', { email });`,
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'PostHog', method: 'capture' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'pseudonymize',
              data: { category: 'email', vendor: 'PostHog', method: 'capture', helper: 'hashPii' },
              output: `import { hashPii } from '@acme/privacy';\n${PH}const { email } = user;\nposthog.capture('x', { email: hashPii(email) });`,
            },
            {
              messageId: 'drop',
              data: { category: 'email', vendor: 'PostHog', method: 'capture' },
              output: `import { hashPii } from '@acme/privacy';\n${PH}const { email } = user;\nposthog.capture('x', {});`,
            },
          ],
        },
      ],
      name: 'shorthand property with a helper already imported',
      settings: helperSettings,
    },
    {
      code: `${MP}mixpanel.track('x', { ...currentUser, source: 'nav' });`,
      errors: [
        {
          messageId: 'leak',
          data: { category: 'whole user object', vendor: 'Mixpanel', method: 'track' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'whole user object', vendor: 'Mixpanel', method: 'track' },
              output: `${MP}mixpanel.track('x', { source: 'nav' });`,
            },
          ],
        },
      ],
      name: 'spread of a whole user',
    },
    {
      code: `${MP}const props = { plan: 'pro' };\nprops.email = me.email;\nmixpanel.track('x', props);`,
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Mixpanel', method: 'track' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Mixpanel', method: 'track' },
              output: `${MP}const props = { plan: 'pro' };\nmixpanel.track('x', props);`,
            },
          ],
        },
      ],
      name: 'object built earlier and mutated: the mutation statement is dropped with its line',
    },
    {
      code: `${MP}const who = customer.firstName;\nmixpanel.track('x', { greeting: \`Hi \${who}\`, label: 'id:' + user.id });`,
      errors: [
        {
          messageId: 'leak',
          data: { category: 'name', vendor: 'Mixpanel', method: 'track' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'name', vendor: 'Mixpanel', method: 'track' },
              output: `${MP}const who = customer.firstName;\nmixpanel.track('x', { label: 'id:' + user.id });`,
            },
          ],
        },
        {
          messageId: 'leak',
          data: { category: 'user ID', vendor: 'Mixpanel', method: 'track' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'user ID', vendor: 'Mixpanel', method: 'track' },
              output: `${MP}const who = customer.firstName;\nmixpanel.track('x', { greeting: \`Hi \${who}\` });`,
            },
          ],
        },
      ],
      name: 'alias, template string and concatenation',
    },
    {
      code: `${PH}function identifyMember(key, traits) { posthog.identify(key, traits); }\nidentifyMember(member.id, { theme: 'dark' });`,
      errors: [
        {
          messageId: 'leakThrough',
          data: { category: 'user ID', vendor: 'PostHog', method: 'identify', wrapper: 'identifyMember' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'a same-file wrapper: the report goes on the caller argument',
    },
    {
      code: "window.analytics?.identify('u1', { contact: 'jane@example.com' });",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Segment', method: 'identify' },
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Segment', method: 'identify' },
              output: "window.analytics?.identify('u1', {});",
            },
          ],
        },
      ],
      name: 'email-shaped literal, browser global via window with optional chaining',
    },
    {
      code: "import { send } from '@acme/telemetry';\nsend('signup', { email: user.email });",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Acme Telemetry', method: 'send' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Acme Telemetry', method: 'send' },
              output: "import { send } from '@acme/telemetry';\nsend('signup', {});",
            },
          ],
        },
      ],
      name: 'a declared sink from settings',
      settings: {
        'analytics-privacy': {
          sinks: [
            {
              module: '@acme/telemetry',
              export: 'send',
              vendor: 'Acme Telemetry',
              args: { '1': 'event-props' },
            },
          ],
        },
      },
    },
    {
      code: "import { send } from '../vendor/telemetry';\nsend('signup', { email: user.email });",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Acme Telemetry', method: 'send' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Acme Telemetry', method: 'send' },
              output: "import { send } from '../vendor/telemetry';\nsend('signup', {});",
            },
          ],
        },
      ],
      name: 'a declared sink imported by a path',
      settings: {
        'analytics-privacy': {
          sinks: [
            {
              module: '../vendor/telemetry',
              export: 'send',
              vendor: 'Acme Telemetry',
              args: { '1': 'event-props' },
            },
          ],
        },
      },
    },
  ],
});
