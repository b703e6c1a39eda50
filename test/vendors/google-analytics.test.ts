import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

/** `no-pii-in-urls` reports, without the advice after the place. */
const pageViewReports = (code: string) =>
  reports(code, { rule: 'no-pii-in-urls' }).map((m) => m.replace(/\): .*$/, ')'));

describe('Google Analytics', () => {
  it("reports user_id in gtag('config')", () => {
    expect(reports(`gtag('config', 'G-XXXX', { user_id: member.id });`)).toEqual([
      "1: user ID reaches Google Analytics gtag('config')",
    ]);
  });
  it("reports user properties in gtag('set')", () => {
    expect(reports(`window.gtag('set', 'user_properties', { email: user.email });`)).toEqual([
      "1: email reaches Google Analytics gtag('set')",
    ]);
  });
  it('reports personal data pushed into the data layer', () => {
    expect(reports(`window.dataLayer.push({ event: 'login', email: user.email });`)).toEqual([
      '1: email reaches Google Analytics dataLayer.push',
    ]);
  });
  it('reports react-ga4 event parameters', () => {
    expect(
      reports(
        `import ReactGA from 'react-ga4';\nReactGA.event('sign_up', { plan: 'pro', phone: customer.phone });`,
      ),
    ).toEqual(['2: phone number reaches Google Analytics event']);
  });
  it('reports sendGAEvent from @next/third-parties', () => {
    expect(
      reports(
        `import { sendGAEvent } from '@next/third-parties/google';\nsendGAEvent('event', 'purchase', { email: user.email });`,
      ),
    ).toEqual(['2: email reaches Google Analytics sendGAEvent']);
  });
  it('stays silent on neutral event parameters', () => {
    expect(
      reports(
        `gtag('event', 'purchase', { value: cart.total, currency: 'EUR' });\ndataLayer.push({ event: 'page_loaded', plan: plan.name });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local gtag function and a local ReactGA object', () => {
    expect(
      reports(
        `function gtag(...args: unknown[]) { return args; }\ngtag('config', 'G-1', { user_id: member.id });\nconst ReactGA = { event: (...a: unknown[]) => a };\nReactGA.event('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });

  it('page views: the page parameters of gtag and dataLayer.push (no-pii-in-urls)', () => {
    expect(
      pageViewReports(
        "gtag('event', 'page_view', { page_location: `/checkout?email=${value}`, page_referrer: `/r?phone=${value}`, page_title: 'Inbox of jane@example.com' });\n" +
          "globalThis.gtag('config', 'G-1', { page_path: `/u?email=${value}` });\n" +
          "dataLayer.push({ event: 'page_view', page_location: `/p?email=${value}` });",
      ),
    ).toEqual([
      '1: email in a URL (gtag page_location)',
      '1: phone number in a URL (gtag page_referrer)',
      '1: email in the page title (gtag page_title)',
      '2: email in a URL (gtag page_path)',
      '3: email in a URL (dataLayer.push page_location)',
    ]);
  });
});
