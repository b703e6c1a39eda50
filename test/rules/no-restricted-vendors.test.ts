import { RuleTester } from '@typescript-eslint/rule-tester';
import * as hermes from 'hermes-eslint';
import rule from '../../rules/no-restricted-vendors.js';

const ruleTester = new RuleTester();

const JSX = { parserOptions: { ecmaFeatures: { jsx: true } } };

ruleTester.run('no-restricted-vendors', rule, {
  valid: [
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.track('x');",
      options: [{ deny: ['posthog'] }],
      name: 'deny: a vendor not listed',
    },
    {
      code: "import posthog from 'posthog-js';\nposthog.capture('x');",
      options: [{ allow: ['posthog'] }],
      name: 'allow: a listed vendor',
    },
    {
      code: "import { track } from './analytics';\ntrack('x');",
      options: [{ allow: [] }],
      name: 'allow nothing: first-party code',
    },
    {
      code: "function send(analytics: { track(e: string): void }) {\n  analytics.track('x');\n}",
      options: [{ deny: ['segment'] }],
      name: 'a parameter named like a vendor global is not the global',
    },
    {
      code: "const url = 'https://notcdn.mxpnl.com.example.org/lib.js';\nconst doc = 'see cdn.mxpnl.comfortable';",
      options: [{ deny: ['mixpanel'] }],
      name: 'look-alike hosts',
    },
    {
      code: "const n = 42;\nconst s = 'plain text';",
      options: [{ deny: ['mixpanel'] }],
      name: 'a file that reaches no vendor',
    },
    {
      code: "export function f(gtag) {\n  gtag('event', 'sign_up');\n}\nconst fbq = makePixel();\nfbq('track');",
      options: [{ deny: ['google-analytics', 'meta-pixel'] }],
      languageOptions: { globals: { gtag: 'readonly', fbq: 'readonly' } },
      name: 'a parameter or a local named like a global the config declares is not the global',
    },
  ],
  invalid: [
    {
      code: "import mixpanel from 'mixpanel-browser';\nexport { default as ph } from 'posthog-js';\nconst Mixpanel = require('mixpanel');\nconst Sentry = await import('@sentry/browser');",
      options: [{ deny: ['mixpanel', 'posthog', 'sentry'] }],
      errors: [
        { messageId: 'restricted', line: 1, column: 22, endLine: 1, endColumn: 40 },
        { messageId: 'restricted', line: 2, column: 31, endLine: 2, endColumn: 43 },
        { messageId: 'restricted', line: 3, column: 26, endLine: 3, endColumn: 36 },
        { messageId: 'restricted', line: 4, column: 29, endLine: 4, endColumn: 46 },
      ],
      name: 'deny: import, re-export, require, dynamic import',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN);\nmixpanel.track('Signed Up');",
      options: [{ deny: ['mixpanel'] }],
      errors: [{ messageId: 'restricted', line: 1, column: 22, endLine: 1, endColumn: 40 }],
      name: 'deny: calls through an import are not reported again',
    },
    {
      code: "declare const gtag: (...args: unknown[]) => void;\nfunction fbq(...args: unknown[]) {}\nwindow.gtag('event', 'purchase');\ndataLayer.push({ event: 'x' });\nglobalThis.fbq('track', 'Lead');",
      options: [{ deny: ['google-analytics', 'meta-pixel'] }],
      errors: [
        { messageId: 'restricted', line: 1, column: 15, endLine: 1, endColumn: 49 },
        { messageId: 'restricted', line: 2, column: 10, endLine: 2, endColumn: 13 },
        { messageId: 'restricted', line: 3, column: 1, endLine: 3, endColumn: 12 },
        { messageId: 'restricted', line: 4, column: 1, endLine: 4, endColumn: 10 },
        { messageId: 'restricted', line: 5, column: 1, endLine: 5, endColumn: 15 },
      ],
      name: 'deny: globals bare and through window, typing and snippet function',
    },
    {
      code: "/* global gtag */\ngtag('event', 'sign_up');",
      options: [{ deny: ['google-analytics'] }],
      errors: [{ messageId: 'restricted', line: 2, column: 1, endLine: 2, endColumn: 5 }],
      name: 'deny: a global declared by a comment',
    },
    {
      code: "gtag('event', 'sign_up');\nfbq('track', 'Lead');",
      options: [{ deny: ['google-analytics', 'meta-pixel'] }],
      languageOptions: { globals: { gtag: 'readonly', fbq: 'readonly' } },
      errors: [
        { messageId: 'restricted', line: 1, column: 1, endLine: 1, endColumn: 5 },
        { messageId: 'restricted', line: 2, column: 1, endLine: 2, endColumn: 4 },
      ],
      name: 'deny: globals declared by the config (languageOptions.globals)',
    },
    {
      code: "declare const gtag: (...args: unknown[]) => void;\ngtag('event', 'sign_up');\nexport {};\ndeclare global {\n  function fbq(...args: unknown[]): void;\n}",
      options: [{ deny: ['google-analytics', 'meta-pixel'] }],
      errors: [
        { messageId: 'restricted', line: 1, column: 15, endLine: 1, endColumn: 49 },
        { messageId: 'restricted', line: 2, column: 1, endLine: 2, endColumn: 5 },
        { messageId: 'restricted', line: 5, column: 12, endLine: 5, endColumn: 15 },
      ],
      name: 'deny: a typed global and its use, a typing in `declare global`',
    },
    {
      code: "const hsq = (window._hsq = window._hsq || []);\nconst host = window;\nhost.heap.track('x');\nconst { fbq } = window;",
      options: [{ deny: ['hubspot', 'heap', 'meta-pixel'] }],
      errors: [
        { messageId: 'restricted', line: 1, column: 14, endLine: 1, endColumn: 25 },
        { messageId: 'restricted', line: 1, column: 28, endLine: 1, endColumn: 39 },
        { messageId: 'restricted', line: 3, column: 1, endLine: 3, endColumn: 10 },
        { messageId: 'restricted', line: 4, column: 9, endLine: 4, endColumn: 12 },
      ],
      name: 'deny: globals read off an alias of window or destructured from it',
    },
    {
      filename: 'file.js',
      code: "// @flow\ndeclare var gtag: (...args: Array<mixed>) => void;\ngtag('event', 'sign_up');",
      options: [{ deny: ['google-analytics'] }],
      languageOptions: { parser: hermes },
      errors: [
        { messageId: 'restricted', line: 2, column: 13, endLine: 2, endColumn: 50 },
        { messageId: 'restricted', line: 3, column: 1, endLine: 3, endColumn: 5 },
      ],
      name: "deny: Flow's typing of a global (hermes-eslint) and its use",
    },
    {
      filename: 'file.tsx',
      code: "const a = 'https://cdn.segment.com/analytics.js/v1/' + KEY + '/analytics.min.js';\nconst b = `https://www.googletagmanager.com/gtag/js?id=${ID}`;\nconst c = '//connect.facebook.net/en_US/fbevents.js';\nexport const S = () => <script src=\"https://browser.sentry-cdn.com/8.0.0/bundle.min.js\" />;",
      options: [{ deny: ['segment', 'google-analytics', 'meta-pixel', 'sentry'] }],
      languageOptions: JSX,
      errors: [
        { messageId: 'restricted', line: 1, column: 11, endLine: 1, endColumn: 53 },
        { messageId: 'restricted', line: 2, column: 11, endLine: 2, endColumn: 62 },
        { messageId: 'restricted', line: 3, column: 11, endLine: 3, endColumn: 53 },
        { messageId: 'restricted', line: 4, column: 36, endLine: 4, endColumn: 88 },
      ],
      name: 'deny: snippet script URLs',
    },
    {
      code: "const src = 'HTTPS://CDN.SEGMENT.COM/analytics.js/v1/KEY/analytics.min.js';",
      options: [{ deny: ['segment'] }],
      errors: [{ messageId: 'restricted', line: 1, column: 13, endLine: 1, endColumn: 75 }],
      name: 'deny: a script URL written in capitals, in a file with nothing else of the vendor',
    },
    {
      code: "import posthog from 'posthog-js';\nimport * as amplitude from '@amplitude/analytics-browser';\nanalytics.track('Signed Up');",
      options: [{ allow: ['posthog'], message: 'use PostHog through lib/analytics' }],
      errors: [
        { messageId: 'restrictedWithMessage', line: 2, column: 28, endLine: 2, endColumn: 58 },
        { messageId: 'restrictedWithMessage', line: 3, column: 1, endLine: 3, endColumn: 10 },
      ],
      name: 'allow: everything else is reported, with the message',
    },
    {
      code: "import Rollbar = require('rollbar');\nimport type { PostHog } from 'posthog-js';",
      options: [{ deny: ['rollbar', 'posthog'] }],
      errors: [
        { messageId: 'restricted', line: 1, column: 26, endLine: 1, endColumn: 35 },
        { messageId: 'restricted', line: 2, column: 30, endLine: 2, endColumn: 42 },
      ],
      name: 'deny: import = require and type-only import',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';",
      options: [{ deny: ['mixpanel'], message: 'removed after the 2025 incident; use lib/analytics' }],
      errors: [
        {
          messageId: 'restrictedWithMessage',
          data: {
            vendor: 'Mixpanel',
            how: 'import',
            what: "'mixpanel-browser'",
            message: 'removed after the 2025 incident; use lib/analytics',
          },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 40,
        },
      ],
      name: 'the configured message is appended',
    },
  ],
});
