// no-pii with type information (a real tsconfig): the rule works the same, and never requires it.
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii.js';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'typed');
const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixture } },
});

ruleTester.run('no-pii (typed)', rule, {
  valid: [
    {
      filename: join(fixture, 'file.ts'),
      code: "import { identifyVisitor } from './tracking';\nexport function f(visitId: string) { identifyVisitor(visitId); }",
      name: 'the same wrapper through the program, given a neutral value',
    },
    {
      code: "import posthog from 'posthog-js';\nimport type { PostId, Settings } from './types';\nexport function f(p: PostId, s: Settings) { posthog.capture('x', { p, email: s.email, theme: s.theme }); }",
      name: 'a non-personal brand, a boolean named email and a literal union',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nimport type { Member } from './types';\nexport function f(m: Member) { mixpanel.track('x', { plan: m.plan }); }",
      name: 'typed code with neutral data',
    },
  ],
  invalid: [
    {
      filename: join(fixture, 'file.ts'),
      code: "import { identifyVisitor } from './tracking';\nexport function f(email: string) { identifyVisitor(email); }",
      errors: [
        {
          messageId: 'leakThrough',
          data: {
            category: 'email',
            vendor: 'PostHog',
            method: 'identify',
            wrapper: 'identifyVisitor (generated/tracking.ts)',
          },
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 57,
          // The wrapper hands it to identify as the distinct ID: identifyVisitor() would be another call.
          suggestions: [],
        },
      ],
      name: 'a wrapper found only through the program (tsconfig rootDirs)',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nimport type { Member } from './types';\nexport function f(m: Member) { mixpanel.people.set({ $email: m.email }); }",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Mixpanel', method: 'people.set' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Mixpanel', method: 'people.set' },
              output:
                "import mixpanel from 'mixpanel-browser';\nimport type { Member } from './types';\nexport function f(m: Member) { mixpanel.people.set({}); }",
            },
          ],
        },
      ],
      name: 'typed code: the same report as untyped',
    },
    {
      code: "import posthog from 'posthog-js';\nimport type { EmailAddress } from './types';\nexport function f(to: EmailAddress) { posthog.capture('x', { to }); }",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'PostHog', method: 'capture' },
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'PostHog', method: 'capture' },
              output:
                "import posthog from 'posthog-js';\nimport type { EmailAddress } from './types';\nexport function f(to: EmailAddress) { posthog.capture('x', {}); }",
            },
          ],
        },
      ],
      name: 'a branded type reveals an email behind a neutral name',
    },
    {
      code: "import * as Sentry from '@sentry/browser';\nimport type { Contact, Street, Ticket, Point } from './types';\nexport function f(c: Contact, s: Street, t: Ticket, at: Point) {\n  Sentry.setExtra('card', c);\n  Sentry.setTag('home', s);\n  Sentry.setTag('who', t.requester);\n  Sentry.setContext('where', { at });\n}",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'whole user object', vendor: 'Sentry', method: 'setExtra' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'whole user object', vendor: 'Sentry', method: 'setExtra' },
              output:
                "import * as Sentry from '@sentry/browser';\nimport type { Contact, Street, Ticket, Point } from './types';\nexport function f(c: Contact, s: Street, t: Ticket, at: Point) {\n  Sentry.setExtra('card');\n  Sentry.setTag('home', s);\n  Sentry.setTag('who', t.requester);\n  Sentry.setContext('where', { at });\n}",
            },
          ],
        },
        {
          messageId: 'leak',
          data: { category: 'postal address', vendor: 'Sentry', method: 'setTag' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'postal address', vendor: 'Sentry', method: 'setTag' },
              output:
                "import * as Sentry from '@sentry/browser';\nimport type { Contact, Street, Ticket, Point } from './types';\nexport function f(c: Contact, s: Street, t: Ticket, at: Point) {\n  Sentry.setExtra('card', c);\n  Sentry.setTag('home');\n  Sentry.setTag('who', t.requester);\n  Sentry.setContext('where', { at });\n}",
            },
          ],
        },
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Sentry', method: 'setTag' },
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Sentry', method: 'setTag' },
              output:
                "import * as Sentry from '@sentry/browser';\nimport type { Contact, Street, Ticket, Point } from './types';\nexport function f(c: Contact, s: Street, t: Ticket, at: Point) {\n  Sentry.setExtra('card', c);\n  Sentry.setTag('home', s);\n  Sentry.setTag('who');\n  Sentry.setContext('where', { at });\n}",
            },
          ],
        },
        {
          messageId: 'leak',
          data: { category: 'precise location', vendor: 'Sentry', method: 'setContext' },
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'precise location', vendor: 'Sentry', method: 'setContext' },
              output:
                "import * as Sentry from '@sentry/browser';\nimport type { Contact, Street, Ticket, Point } from './types';\nexport function f(c: Contact, s: Street, t: Ticket, at: Point) {\n  Sentry.setExtra('card', c);\n  Sentry.setTag('home', s);\n  Sentry.setTag('who', t.requester);\n  Sentry.setContext('where', {});\n}",
            },
          ],
        },
      ],
      name: 'records with personal fields, symbol brands, @pii tags and points',
    },
  ],
});
