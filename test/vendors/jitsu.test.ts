import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

/** `no-pii-in-urls` reports, without the advice after the place. */
const pageViewReports = (code: string) =>
  reports(code, { rule: 'no-pii-in-urls' }).map((m) => m.replace(/\): .*$/, ')'));

describe('Jitsu', () => {
  it('reports identify, group and track on a jitsuAnalytics client', () => {
    expect(
      reports(
        `import { jitsuAnalytics } from '@jitsu/js';\nconst analytics = jitsuAnalytics({ host: HOST, writeKey: KEY });\nanalytics.identify(member.id, { email: user.email });\nanalytics.group(team.id, { plan: 'pro' });\nanalytics.track('Invite Sent', { phone: customer.phone });`,
      ),
    ).toEqual([
      '3: user ID reaches Jitsu identify (identity argument)',
      '3: email reaches Jitsu identify',
      '4: organization ID reaches Jitsu group (identity argument)',
      '5: phone number reaches Jitsu track',
    ]);
  });
  it('reports the analytics client of useJitsu', () => {
    expect(
      reports(
        `import { useJitsu } from '@jitsu/jitsu-react';\nexport function Signup() {\n  const { analytics } = useJitsu();\n  analytics.identify(user.email, { name: user.name });\n}`,
      ),
    ).toEqual(['4: email reaches Jitsu identify (identity argument)', '4: name reaches Jitsu identify']);
  });
  it("reports the script tag's global and its callback queue", () => {
    expect(
      reports(
        `window.jitsu.identify(member.id);\njitsuQ.push((jitsu) => jitsu.track('Signed Up', { email: user.email }));`,
      ),
    ).toEqual(['1: user ID reaches Jitsu identify (identity argument)', '2: email reaches Jitsu track']);
  });
  it('stays silent on neutral events and on look-alike clients', () => {
    expect(
      reports(
        `import { jitsuAnalytics } from '@jitsu/js';\nconst analytics = jitsuAnalytics({ host: HOST });\nanalytics.track('Dashboard Viewed', { plan: plan.name });\nanalytics.identify(hash(member.id));\nconst jitsu = { identify: (..._a: unknown[]) => undefined };\njitsu.identify(user.email);`,
      ),
    ).toEqual([]);
  });
  it('reads an event object handed to track as its properties', () => {
    expect(
      reports(
        `import { jitsuAnalytics } from '@jitsu/js';\nconst analytics = jitsuAnalytics({ host: HOST });\nanalytics.track({ event: 'Signed Up', email: account.email, workspaceId: workspace.id });\nanalytics.track('Plan Chosen', { plan: 'pro' });\nanalytics.track({ event: 'Plan Chosen', plan: plan.name });\nexport const trackEvent = (name: string) => analytics.track(name);`,
      ),
    ).toEqual(['3: email reaches Jitsu track', '3: organization ID reaches Jitsu track']);
  });
  it('page views: the page properties of page() on a client named jitsu (no-pii-in-urls)', () => {
    expect(
      pageViewReports(
        'jitsu.page({ path: `/p?email=${value}` });\nwindow.jitsu.page({ url: `/u/${code}?phone=${value}` });',
      ),
    ).toEqual(['1: email in a URL (page() path)', '2: phone number in a URL (page() url)']);
  });
  it('typed: the same reports, and neutral typed values stay silent', () => {
    expect(
      typedReports(
        "import { jitsuAnalytics } from '@jitsu/js';\nimport type { Member, Settings } from './types';\nconst analytics = jitsuAnalytics({ host: 'https://jitsu.example.com' });\nexport function f(m: Member, s: Settings) {\n  analytics.identify(m.id, { email: m.email });\n  analytics.track('Settings Saved', { email: s.email, theme: s.theme, plan: m.plan });\n}",
      ),
    ).toEqual(['5: user ID reaches Jitsu identify (identity argument)', '5: email reaches Jitsu identify']);
  });
});
