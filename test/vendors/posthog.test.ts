import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

/** `no-pii-in-urls` reports, without the advice after the place. */
const pageViewReports = (code: string) =>
  reports(code, { rule: 'no-pii-in-urls' }).map((m) => m.replace(/\): .*$/, ')'));

describe('PostHog', () => {
  it('reports the distinct ID and person properties of identify', () => {
    expect(
      reports(`import posthog from 'posthog-js';\nposthog.identify(member.id, { email: user.email });`),
    ).toEqual([
      '2: user ID reaches PostHog identify (identity argument)',
      '2: email reaches PostHog identify',
    ]);
  });
  it('reports $set person properties captured through the usePostHog hook', () => {
    expect(
      reports(
        `import { usePostHog } from 'posthog-js/react';\nfunction Signup() {\n  const ph = usePostHog();\n  ph.capture('Signed Up', { $set: { email: user.email } });\n}`,
      ),
    ).toEqual(['4: email reaches PostHog capture']);
  });
  it('reports the distinctId of a posthog-node message', () => {
    expect(
      reports(
        `import { PostHog } from 'posthog-node';\nconst client = new PostHog(KEY);\nclient.capture({ distinctId: member.id, event: 'Signed Up' });`,
      ),
    ).toEqual(['3: user ID reaches PostHog capture']);
  });
  it('reports through the client init hands to its loaded option, on the global too', () => {
    expect(
      reports(
        `import posthog from 'posthog-js';\nposthog.init(KEY, { loaded: (ph) => ph.identify(member.id) });\nwindow.posthog.init(KEY, { loaded(ph) { ph.people.set({ email: user.email }); } });`,
      ),
    ).toEqual([
      '2: user ID reaches PostHog identify (identity argument)',
      '3: email reaches PostHog people.set',
    ]);
  });
  it('reports an organization ID given to group on the global', () => {
    expect(reports(`window.posthog.group('company', team.id);`)).toEqual([
      '1: organization ID reaches PostHog group (identity argument)',
    ]);
  });
  it('reports people.set with a key and a value', () => {
    expect(reports(`import posthog from 'posthog-js';\nposthog.people.set('email', user.email);`)).toEqual([
      '2: email reaches PostHog people.set',
    ]);
  });
  it('stays silent on neutral events and plain exceptions', () => {
    expect(
      reports(
        `import posthog from 'posthog-js';\nposthog.capture('Dashboard Viewed', { plan: plan.name, count: items.length });\nposthog.captureException(error);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const posthog = { capture: (...args: unknown[]) => args, identify: (...args: unknown[]) => args };\nposthog.identify(member.id);\nposthog.capture('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('reads the options of the PostHogProvider component as init options', () => {
    expect(
      reports(
        `import { PostHogProvider } from 'posthog-js/react';\nexport const App = () => <PostHogProvider apiKey={KEY} options={{ api_host: HOST, bootstrap: { distinctID: user.email } }}><Main /></PostHogProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual(['2: email reaches PostHog <PostHogProvider>']);
    expect(
      reports(
        `import { PostHogProvider } from 'posthog-js/react';\nexport const App = () => <PostHogProvider client={posthog}><Main /></PostHogProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual([]);
  });

  it('page views: the page properties of capture() (no-pii-in-urls)', () => {
    expect(
      pageViewReports(
        "posthog.capture('$pageview', { $current_url: `/p?email=${value}`, $pathname: `/u/${code}/jane@example.com`, $referrer: `/r?phone=${value}`, title: 'Inbox of jane@example.com' });\n" +
          "window.posthog.capture('$pageview', { $current_url: `/p?email=${value}` });",
      ),
    ).toEqual([
      '1: email in a URL (capture() $current_url)',
      '1: email in a URL (capture() $pathname)',
      '1: phone number in a URL (capture() $referrer)',
      '2: email in a URL (capture() $current_url)',
    ]);
  });
});
