import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-unsafe-sdk-config.js';

const ruleTester = new RuleTester();

const STRICT = [{ ipCollection: true }] as const;
const JSX = { parserOptions: { ecmaFeatures: { jsx: true } } };

ruleTester.run('no-unsafe-sdk-config', rule, {
  valid: [
    {
      code: "import * as Sentry from '@sentry/react';\nSentry.init({ dsn: DSN, sendDefaultPii: false, integrations: [Sentry.replayIntegration()] });",
      name: 'Sentry: safe values and replay defaults',
    },
    {
      code: "import * as Sentry from '@sentry/react';\nSentry.init({ dsn: DSN, sendDefaultPii: process.env.SEND_PII === '1' });",
      name: 'Sentry: a value that is not a literal',
    },
    {
      code: "import * as Sentry from '@sentry/browser';\nSentry.replayIntegration({ maskAllText: true, maskAllInputs: true, blockAllMedia: true });",
      name: 'Sentry: replay masking on',
    },
    {
      code: 'const Sentry = { init(options: object) {} };\nSentry.init({ sendDefaultPii: true });',
      name: 'a local object with an init method is not the SDK',
    },
    {
      code: "import { init } from './sentry-config';\ninit({ sendDefaultPii: true });",
      name: 'a file that imports no vendor',
    },
    {
      code: '/* global Sentry */\nfunction setup(Sentry) {\n  Sentry.init({ dsn: DSN, sendDefaultPii: true });\n}',
      name: 'a parameter named like a declared vendor global is not the SDK',
    },
    {
      code: "import posthog from 'posthog-js';\nposthog.init(KEY, { session_recording: { maskAllInputs: true }, mask_all_text: true });",
      name: 'PostHog: masking on',
    },
    {
      code: "import { PostHog } from 'posthog-node';\nnew PostHog(KEY, { disableGeoip: false });",
      name: 'PostHog node: geolocation is an ipCollection check',
    },
    {
      code: "import { PostHog } from 'posthog-node';\nnew PostHog(KEY, { host: HOST });",
      options: STRICT,
      name: 'PostHog node: geolocation is off by default',
    },
    {
      code: "import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.init({ applicationId: APP, defaultPrivacyLevel: 'mask-user-input' });",
      name: 'Datadog: mask-user-input',
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, user.id);",
      name: 'Amplitude: an id as the user ID (no-pii reports IDs), IP left on without ipCollection',
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, undefined, { trackingOptions: { ipAddress: false } });",
      options: STRICT,
      name: 'Amplitude: IP off',
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, sha256(user.email), { trackingOptions: { ipAddress: false } });",
      options: STRICT,
      name: 'Amplitude: a hashed email',
    },
    {
      code: "import Rollbar from 'rollbar';\nnew Rollbar({ accessToken: TOKEN, captureIp: 'anonymize', captureEmail: false });",
      options: STRICT,
      name: 'Rollbar: anonymized IP',
    },
    {
      code: "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureIp: false });\nrollbar.configure({ environment: 'production' });",
      options: STRICT,
      name: 'Rollbar: configure updates, it is not an initial configuration',
    },
    {
      code: "import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: KEY, collectUserIp: false });",
      options: STRICT,
      name: 'Bugsnag: IP off',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ip: false, persistence: 'localStorage' });",
      options: STRICT,
      name: 'Mixpanel: ip false',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ...baseConfig, persistence: 'localStorage' });",
      options: STRICT,
      name: 'Mixpanel: a spread may set ip',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nimport { mixpanelConfig } from './config';\nmixpanel.init(TOKEN, mixpanelConfig);",
      options: STRICT,
      name: 'Mixpanel: a configuration from another file',
    },
    {
      code: "import Mixpanel from 'mixpanel';\nMixpanel.init(TOKEN, { geolocate: true });",
      name: 'Mixpanel Node: geolocate is an ipCollection check',
    },
    {
      code: "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { dom: { inputSanitizer: true, textSanitizer: true }, shouldCaptureIP: false });",
      options: STRICT,
      name: 'LogRocket: sanitizers on, IP off',
    },
    {
      code: "import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: false, emails: false });",
      name: 'Smartlook: record opt-ins off',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\ninitialize(ID, { kind: 'user', key: deviceKey(), anonymous: true, plan: 'pro' });",
      name: 'LaunchDarkly: anonymous context',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\ninitialize(ID, { kind: 'user', key: user.id, email: user.email, _meta: { privateAttributes: ['email'] } });",
      name: 'LaunchDarkly: private in the context',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\nconst ld = initialize(ID, { kind: 'user', key: user.id, email: user.email }, { privateAttributes: ['email', 'name'] });\nld.identify({ kind: 'user', key: user.id, name: user.name });",
      name: 'LaunchDarkly: private in the options, also for identify',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\ninitialize(ID, { kind: 'user', key: user.id, email: user.email }, { allAttributesPrivate: true });",
      name: 'LaunchDarkly: all attributes private',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\ninitialize(ID, { kind: 'organization', key: org.id, name: org.name });",
      name: 'LaunchDarkly: the name of an organization',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\ninitialize(ID, { kind: 'user', key: user.id, email: hmac(user.email), name: 'Guest' });",
      name: 'LaunchDarkly: hashed and literal values',
    },
    {
      code: "import Tracker from '@openreplay/tracker';\nnew Tracker({ projectKey: KEY, obscureTextEmails: true });",
      name: 'OpenReplay: obscuring on',
    },
    {
      filename: 'file.tsx',
      code: 'export const A = () => <div data-clarity-unmask="false" className="fs-mask" data-hj-suppress>x</div>;',
      languageOptions: JSX,
      name: 'markup that masks',
    },
    {
      filename: 'file.tsx',
      code: 'export const A = () => <div className="fs-unmasked no-fs-unmask" data-hj-allowed>x</div>;',
      languageOptions: JSX,
      name: 'markup names inside longer class and attribute names',
    },
  ],
  invalid: [
    {
      code: "import * as Sentry from '@sentry/react';\nSentry.init({ dsn: DSN, sendDefaultPii: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import * as Sentry from '@sentry/react';\nSentry.init({ dsn: DSN, sendDefaultPii: false });",
            },
          ],
        },
      ],
      name: 'Sentry: sendDefaultPii true',
    },
    {
      code: 'Sentry.init({ dsn: DSN, sendDefaultPii: true });',
      languageOptions: { globals: { Sentry: 'readonly' } },
      errors: [
        {
          messageId: 'unsafeOption',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 45,
          suggestions: [
            { messageId: 'setSafe', output: 'Sentry.init({ dsn: DSN, sendDefaultPii: false });' },
          ],
        },
      ],
      name: 'Sentry: the browser global declared by the config (languageOptions.globals)',
    },
    {
      code: "import { init } from '@sentry/node';\ninit({ dsn: DSN, dataCollection: { userInfo: true } });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import { init } from '@sentry/node';\ninit({ dsn: DSN, dataCollection: { userInfo: false } });",
            },
          ],
        },
      ],
      name: 'Sentry: dataCollection.userInfo true (named import)',
    },
    {
      code: "import * as Sentry from '@sentry/browser';\nSentry.init({ integrations: [Sentry.replayIntegration({ maskAllText: false, maskAllInputs: false, blockAllMedia: false })] });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import * as Sentry from '@sentry/browser';\nSentry.init({ integrations: [Sentry.replayIntegration({ maskAllText: true, maskAllInputs: false, blockAllMedia: false })] });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import * as Sentry from '@sentry/browser';\nSentry.init({ integrations: [Sentry.replayIntegration({ maskAllText: false, maskAllInputs: true, blockAllMedia: false })] });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 99,
          endLine: 2,
          endColumn: 119,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import * as Sentry from '@sentry/browser';\nSentry.init({ integrations: [Sentry.replayIntegration({ maskAllText: false, maskAllInputs: false, blockAllMedia: true })] });",
            },
          ],
        },
      ],
      name: 'Sentry: replay masking off in replayIntegration',
    },
    {
      code: "import { Replay } from '@sentry/browser';\nconst replayOptions = { maskAllText: false };\nnew Replay(replayOptions);",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import { Replay } from '@sentry/browser';\nconst replayOptions = { maskAllText: true };\nnew Replay(replayOptions);",
            },
          ],
        },
      ],
      name: 'Sentry: v7 Replay class, config in a constant',
    },
    {
      filename: 'file.js',
      code: 'window.Sentry.init({ sendDefaultPii: true });',
      errors: [
        {
          messageId: 'unsafeOption',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 42,
          suggestions: [{ messageId: 'setSafe', output: 'window.Sentry.init({ sendDefaultPii: false });' }],
        },
      ],
      name: 'Sentry: global from the CDN bundle',
    },
    {
      code: "import posthog from 'posthog-js';\nposthog.init(KEY, { session_recording: { maskAllInputs: false } });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import posthog from 'posthog-js';\nposthog.init(KEY, { session_recording: { maskAllInputs: true } });",
            },
          ],
        },
      ],
      name: 'PostHog: input masking off',
    },
    {
      code: "import posthog from 'posthog-js';\nposthog.init(KEY, { api_host: HOST, mask_all_text: false });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import posthog from 'posthog-js';\nposthog.init(KEY, { api_host: HOST, mask_all_text: true });",
            },
          ],
        },
      ],
      name: 'PostHog: mask_all_text false',
    },
    {
      code: "import { PostHog } from 'posthog-node';\nconst client = new PostHog(KEY, { host: HOST, disableGeoip: false });",
      options: STRICT,
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import { PostHog } from 'posthog-node';\nconst client = new PostHog(KEY, { host: HOST, disableGeoip: true });",
            },
          ],
        },
      ],
      name: 'PostHog node: disableGeoip false (ipCollection)',
    },
    {
      filename: 'file.js',
      code: "const PostHog = require('posthog-node');\nconst client = new PostHog(KEY, { disableGeoip: false });",
      options: STRICT,
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "const PostHog = require('posthog-node');\nconst client = new PostHog(KEY, { disableGeoip: true });",
            },
          ],
        },
      ],
      name: 'PostHog node v1 require: disableGeoip false (ipCollection)',
    },
    {
      code: "import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.init({ applicationId: APP, clientToken: TOKEN, defaultPrivacyLevel: 'allow' });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.init({ applicationId: APP, clientToken: TOKEN, defaultPrivacyLevel: 'mask' });",
            },
          ],
        },
      ],
      name: 'Datadog: defaultPrivacyLevel allow',
    },
    {
      filename: 'file.js',
      code: "window.DD_RUM.init({ applicationId: APP, defaultPrivacyLevel: 'allow' });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'setSafe',
              output: "window.DD_RUM.init({ applicationId: APP, defaultPrivacyLevel: 'mask' });",
            },
          ],
        },
      ],
      name: 'Datadog: DD_RUM global',
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, user.email);",
      errors: [
        { messageId: 'personalArgument', line: 2, column: 25, endLine: 2, endColumn: 35, suggestions: [] },
      ],
      name: 'Amplitude: email as the user ID',
    },
    {
      code: "import { init } from '@amplitude/analytics-browser';\ninit(API_KEY, { trackingOptions: { ipAddress: true } });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import { init } from '@amplitude/analytics-browser';\ninit(API_KEY, { trackingOptions: { ipAddress: false } });",
            },
          ],
        },
      ],
      name: 'Amplitude: explicit ipAddress true',
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, userId);",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, userId, { trackingOptions: { ipAddress: false } });",
            },
          ],
        },
      ],
      name: 'Amplitude: no options (ipCollection): suggestion appends them',
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, undefined, { trackingOptions: { city: false } });",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, undefined, { trackingOptions: { city: false, ipAddress: false } });",
            },
          ],
        },
      ],
      name: 'Amplitude: trackingOptions without ipAddress (ipCollection)',
    },
    {
      code: "import amplitude from 'amplitude-js';\namplitude.getInstance().init(API_KEY, member.email, { trackingOptions: { ip_address: true } });",
      errors: [
        { messageId: 'personalArgument', line: 2, column: 39, endLine: 2, endColumn: 51, suggestions: [] },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import amplitude from 'amplitude-js';\namplitude.getInstance().init(API_KEY, member.email, { trackingOptions: { ip_address: false } });",
            },
          ],
        },
      ],
      name: 'amplitude-js: email as the user ID, ip_address true',
    },
    {
      code: "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureEmail: true, captureUsername: true, captureIp: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureEmail: false, captureUsername: true, captureIp: true });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureEmail: true, captureUsername: false, captureIp: true });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 94,
          endLine: 2,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureEmail: true, captureUsername: true, captureIp: 'anonymize' });",
            },
          ],
        },
      ],
      name: 'Rollbar: captureEmail, captureUsername, captureIp true',
    },
    {
      filename: 'file.js',
      code: "const Rollbar = require('rollbar');\nconst rollbar = Rollbar.init({ accessToken: TOKEN, captureIp: 'anonymize' });\nrollbar.configure({ captureEmail: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "const Rollbar = require('rollbar');\nconst rollbar = Rollbar.init({ accessToken: TOKEN, captureIp: 'anonymize' });\nrollbar.configure({ captureEmail: false });",
            },
          ],
        },
      ],
      name: 'Rollbar: configure on an instance',
    },
    {
      code: "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN });",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureIp: 'anonymize' });",
            },
          ],
        },
      ],
      name: 'Rollbar: captureIp left out (ipCollection)',
    },
    {
      filename: 'file.js',
      code: 'window._rollbarConfig = { accessToken: TOKEN, captureUncaught: true };',
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "window._rollbarConfig = { accessToken: TOKEN, captureUncaught: true, captureIp: 'anonymize' };",
            },
          ],
        },
      ],
      name: 'Rollbar: snippet config without captureIp (ipCollection)',
    },
    {
      code: "import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: KEY, collectUserIp: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: KEY, collectUserIp: false });",
            },
          ],
        },
      ],
      name: 'Bugsnag: collectUserIp true',
    },
    {
      code: "import Bugsnag from '@bugsnag/browser';\nBugsnag.start('0123456789abcdef');",
      options: STRICT,
      errors: [
        { messageId: 'missingOption', line: 2, column: 1, endLine: 2, endColumn: 34, suggestions: [] },
      ],
      name: 'Bugsnag: start with an API key only (ipCollection): no suggestion',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { persistence: 'localStorage' });",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { persistence: 'localStorage', ip: false });",
            },
          ],
        },
      ],
      name: 'Mixpanel: init without ip false (ipCollection)',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN);",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addSafe',
              output: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ip: false });",
            },
          ],
        },
      ],
      name: 'Mixpanel: init with a token only (ipCollection)',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, {});",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addSafe',
              output: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ip: false });",
            },
          ],
        },
      ],
      name: 'Mixpanel: init with an empty options object (ipCollection): the property goes into it',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { /* filled in below */ });",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ip: false /* filled in below */ });",
            },
          ],
        },
      ],
      name: 'Mixpanel: init with options that hold only a comment (ipCollection): the comment is kept',
    },
    {
      code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ip: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'setSafe',
              output: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN, { ip: false });",
            },
          ],
        },
      ],
      name: 'Mixpanel: explicit ip true',
    },
    {
      code: "import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init(TOKEN, { geolocate: true });",
      options: STRICT,
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init(TOKEN, { geolocate: false });",
            },
          ],
        },
      ],
      name: 'Mixpanel Node: geolocate true (ipCollection)',
    },
    {
      code: "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { dom: { inputSanitizer: false, textSanitizer: false } });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { dom: { inputSanitizer: true, textSanitizer: false } });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { dom: { inputSanitizer: false, textSanitizer: true } });",
            },
          ],
        },
      ],
      name: 'LogRocket: sanitizers off',
    },
    {
      code: "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { release: VERSION });",
      options: STRICT,
      errors: [
        {
          messageId: 'missingOption',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'addSafe',
              output:
                "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { release: VERSION, shouldCaptureIP: false });",
            },
          ],
        },
      ],
      name: 'LogRocket: IP capture left on (ipCollection)',
    },
    {
      code: "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { shouldCaptureIP: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { shouldCaptureIP: false });",
            },
          ],
        },
      ],
      name: 'LogRocket: shouldCaptureIP true',
    },
    {
      code: "import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: true, numbers: true, emails: true, ips: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: false, numbers: true, emails: true, ips: true });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: true, numbers: false, emails: true, ips: true });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: true, numbers: true, emails: false, ips: true });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: true, numbers: true, emails: true, ips: false });",
            },
          ],
        },
      ],
      name: 'Smartlook: record opt-ins',
    },
    {
      filename: 'file.js',
      code: "smartlook('record', { forms: true });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 34,
          suggestions: [{ messageId: 'setSafe', output: "smartlook('record', { forms: false });" }],
        },
      ],
      name: 'Smartlook: record command of the snippet global',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', key: user.id, email: user.email, name: user.fullName });",
      errors: [
        {
          messageId: 'privateAttribute',
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'makePrivate',
              output:
                "import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', key: user.id, email: user.email, name: user.fullName, _meta: { privateAttributes: ['email'] } });",
            },
          ],
        },
        {
          messageId: 'privateAttribute',
          line: 2,
          column: 87,
          endLine: 2,
          endColumn: 106,
          suggestions: [
            {
              messageId: 'makePrivate',
              output:
                "import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', key: user.id, email: user.email, name: user.fullName, _meta: { privateAttributes: ['name'] } });",
            },
          ],
        },
      ],
      name: 'LaunchDarkly: personal attributes in the initial context',
    },
    {
      code: "import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', key: 'anon', anonymous: true });\nclient.identify({ kind: 'multi', user: { key: user.id, email: user.email, _meta: { privateAttributes: ['phone'] } }, organization: { key: org.id, name: org.name } });",
      errors: [
        {
          messageId: 'privateAttribute',
          line: 3,
          column: 56,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'makePrivate',
              output:
                "import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', key: 'anon', anonymous: true });\nclient.identify({ kind: 'multi', user: { key: user.id, email: user.email, _meta: { privateAttributes: ['phone', 'email'] } }, organization: { key: org.id, name: org.name } });",
            },
          ],
        },
      ],
      name: 'LaunchDarkly: multi-context identify, _meta present',
    },
    {
      code: "import { asyncWithLDProvider } from 'launchdarkly-react-client-sdk';\nconst Provider = await asyncWithLDProvider({ clientSideID: ID, context: user ? { kind: 'user', key: user.id, email: user.email } : { kind: 'user', key: 'anon', anonymous: true } });",
      errors: [
        {
          messageId: 'privateAttribute',
          line: 2,
          column: 110,
          endLine: 2,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'makePrivate',
              output:
                "import { asyncWithLDProvider } from 'launchdarkly-react-client-sdk';\nconst Provider = await asyncWithLDProvider({ clientSideID: ID, context: user ? { kind: 'user', key: user.id, email: user.email, _meta: { privateAttributes: ['email'] } } : { kind: 'user', key: 'anon', anonymous: true } });",
            },
          ],
        },
      ],
      name: 'LaunchDarkly: provider context in a conditional',
    },
    {
      code: "import Tracker from '@openreplay/tracker';\nconst tracker = new Tracker({ projectKey: KEY, obscureTextEmails: false, obscureInputEmails: false });",
      errors: [
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Tracker from '@openreplay/tracker';\nconst tracker = new Tracker({ projectKey: KEY, obscureTextEmails: true, obscureInputEmails: false });",
            },
          ],
        },
        {
          messageId: 'unsafeOption',
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'setSafe',
              output:
                "import Tracker from '@openreplay/tracker';\nconst tracker = new Tracker({ projectKey: KEY, obscureTextEmails: false, obscureInputEmails: true });",
            },
          ],
        },
      ],
      name: 'OpenReplay: email obscuring off',
    },
    {
      filename: 'file.tsx',
      code: 'export const Search = () => <input name="q" data-hj-allow />;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'unmask',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 58,
          suggestions: [
            { messageId: 'removeMarker', output: 'export const Search = () => <input name="q" />;' },
          ],
        },
      ],
      name: 'Hotjar: data-hj-allow attribute',
    },
    {
      filename: 'file.tsx',
      code: 'export const Search = () => <input className="field data-hj-allow" />;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'unmask',
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 67,
          suggestions: [
            { messageId: 'removeMarker', output: 'export const Search = () => <input className="field" />;' },
          ],
        },
      ],
      name: 'Hotjar: data-hj-allow class',
    },
    {
      filename: 'file.tsx',
      code: 'export const Profile = () => <div data-clarity-unmask="true">{name}</div>;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'unmask',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            { messageId: 'removeMarker', output: 'export const Profile = () => <div>{name}</div>;' },
          ],
        },
      ],
      name: 'Clarity: data-clarity-unmask true',
    },
    {
      filename: 'file.tsx',
      code: 'export const Profile = () => <p className="fs-unmask">{user.email}</p>;',
      languageOptions: JSX,
      errors: [
        {
          messageId: 'unmask',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 54,
          suggestions: [
            { messageId: 'removeMarker', output: 'export const Profile = () => <p>{user.email}</p>;' },
          ],
        },
      ],
      name: 'FullStory: fs-unmask class',
    },
    {
      filename: 'file.tsx',
      code: "export const Profile = () => <p className={'card fs-unmask'}>{user.email}</p>;",
      languageOptions: JSX,
      errors: [
        {
          messageId: 'unmask',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'removeMarker',
              output: 'export const Profile = () => <p className={"card"}>{user.email}</p>;',
            },
          ],
        },
      ],
      name: 'FullStory: fs-unmask class in an expression container, among other classes',
    },
  ],
});
