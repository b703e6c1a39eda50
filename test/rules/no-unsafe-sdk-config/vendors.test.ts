// One test per vendor with configuration checks: the messages as users read them.
import { describe, expect, it } from 'vitest';
import { reports } from '../../helpers/lint.js';

const rule = 'no-unsafe-sdk-config';
const strict = { rule, options: [{ ipCollection: true }] };

describe('no-unsafe-sdk-config messages, by vendor', () => {
  it('Sentry', () => {
    expect(
      reports(
        "import * as Sentry from '@sentry/nextjs';\nSentry.init({ sendDefaultPii: true, integrations: [Sentry.replayIntegration({ maskAllInputs: false })] });",
        { rule },
      ),
    ).toEqual([
      '2: sendDefaultPii: true in Sentry init sends IP addresses, cookies and user details with events',
      '2: maskAllInputs: false in Sentry replayIntegration records what users type in session replays',
    ]);
  });
  it('PostHog', () => {
    expect(
      reports("import posthog from 'posthog-js';\nposthog.init(KEY, { mask_all_text: false });", { rule }),
    ).toEqual([
      '2: mask_all_text: false in PostHog init captures clicked text and records page text unmasked',
    ]);
    expect(
      reports("import { PostHog } from 'posthog-node';\nnew PostHog(KEY, { disableGeoip: false });", strict),
    ).toEqual([
      '2: disableGeoip: false in PostHog constructor geolocates people from the IP address of each request',
    ]);
  });
  it('Datadog', () => {
    expect(
      reports(
        "import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.init({ defaultPrivacyLevel: 'allow' });",
        { rule },
      ),
    ).toEqual([
      "2: defaultPrivacyLevel: 'allow' in Datadog init records page text and user input in session replays",
    ]);
  });
  it('Amplitude', () => {
    expect(
      reports(
        "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(KEY, customer.email);",
        strict,
      ),
    ).toEqual([
      "2: Amplitude init without trackingOptions.ipAddress: false stores users' IP address and location",
      '2: email in Amplitude init becomes the Amplitude user ID, stored with every event',
    ]);
  });
  it('Rollbar', () => {
    expect(
      reports(
        "import Rollbar from 'rollbar';\nnew Rollbar({ accessToken: T, captureUsername: true });",
        strict,
      ),
    ).toEqual([
      "2: Rollbar constructor without captureIp: 'anonymize' stores the full IP address of every user",
      '2: captureUsername: true in Rollbar constructor sends the username of the person of each request',
    ]);
  });
  it('Bugsnag', () => {
    expect(
      reports("import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: K, collectUserIp: true });", {
        rule,
      }),
    ).toEqual(["2: collectUserIp: true in Bugsnag start sends each user's IP address as their user ID"]);
  });
  it('Mixpanel', () => {
    expect(reports("import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN);", strict)).toEqual([
      '2: Mixpanel init without ip: false geolocates every user from their IP address',
    ]);
    expect(reports("import mixpanel from 'mixpanel-browser';\nmixpanel.init(TOKEN);", { rule })).toEqual([]);
  });
  it('LogRocket', () => {
    expect(
      reports(
        "import LogRocket from 'logrocket';\nLogRocket.init('org/app', { dom: { textSanitizer: false } });",
        strict,
      ),
    ).toEqual([
      "2: LogRocket init without shouldCaptureIP: false stores users' IP address and location",
      '2: dom.textSanitizer: false in LogRocket init records the text of every page in session replays',
    ]);
  });
  it('Smartlook', () => {
    expect(
      reports("import Smartlook from 'smartlook-client';\nSmartlook.record({ emails: true });", { rule }),
    ).toEqual(['2: emails: true in Smartlook record records email addresses shown on the page']);
  });
  it('OpenReplay', () => {
    expect(
      reports(
        "import { tracker } from '@openreplay/tracker';\ntracker.configure({ projectKey: K, obscureInputEmails: false });",
        { rule },
      ),
    ).toEqual([
      '2: obscureInputEmails: false in OpenReplay configure records email addresses that users type',
    ]);
  });
  it('LaunchDarkly', () => {
    expect(
      reports(
        "import { createClient } from '@launchdarkly/js-client-sdk';\ncreateClient(ID, { kind: 'user', key: user.id, firstName: user.firstName });",
        { rule },
      ),
    ).toEqual([
      '2: firstName in a LaunchDarkly context is sent and shown on its Contexts page unless private',
    ]);
  });
  it('Hotjar, Microsoft Clarity and FullStory markup', () => {
    expect(
      reports(
        'export const F = () => <form><input data-hj-allow /><b data-clarity-unmask="true">x</b><i className="fs-unmask">y</i></form>;',
        { rule, filename: 'file.jsx' },
      ),
    ).toEqual([
      '1: data-hj-allow makes Hotjar record what is typed into this field',
      '1: data-clarity-unmask makes Clarity record the content of this element unmasked',
      '1: fs-unmask makes FullStory record the text of this element unmasked',
    ]);
  });
});
