import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import type { DataMap } from '../../src/cli/data-map.js';
import { parseFinding } from '../../src/cli/findings.js';
import noPiiInUrls from '../../rules/no-pii-in-urls.js';
import noPii from '../../rules/no-pii.js';
import { dumpDom, findChromium } from './chromium.js';
import { cli, LEAKS, leakyShop, project, root } from './helpers.js';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** What the example app sends where: vendor → category ids with their counts. */
const LEAKY_SHOP: Record<string, Record<string, number>> = {
  Mixpanel: { email: 1, phone: 1, address: 1 },
  Segment: { email: 1, name: 1, 'user-id': 1 },
  Sentry: { email: 1, 'user-id': 1, object: 1 },
  'Google Analytics': { email: 1, 'user-id': 1 },
  'Page views (any analytics SDK)': { email: 1, name: 1 },
  PostHog: { name: 1 },
};

function matrixOf(map: DataMap): Record<string, Record<string, number>> {
  return Object.fromEntries(
    map.vendors.map((v) => [v.vendor, Object.fromEntries(v.categories.map((c) => [c.category, c.count]))]),
  );
}

describe('parseFinding', () => {
  it('reads vendor, category and method from a no-pii message', () => {
    expect(parseFinding("postal address reaches Google Analytics gtag('event')")).toEqual({
      vendor: 'Google Analytics',
      category: 'address',
      method: "gtag('event')",
      via: null,
    });
    expect(parseFinding('user ID reaches Mixpanel people.set')).toEqual({
      vendor: 'Mixpanel',
      category: 'user-id',
      method: 'people.set',
      via: null,
    });
  });

  it('reads the method without the identity-argument note', () => {
    expect(parseFinding('user ID reaches Mixpanel identify (identity argument)')).toEqual({
      vendor: 'Mixpanel',
      category: 'user-id',
      method: 'identify',
      via: null,
    });
  });

  it('reads the wrapper a caller goes through apart from the method', () => {
    expect(parseFinding('user ID reaches PostHog capture through track (lib/posthog.ts)')).toEqual({
      vendor: 'PostHog',
      category: 'user-id',
      method: 'capture',
      via: 'track (lib/posthog.ts)',
    });
    expect(parseFinding('email reaches Segment identify through identifyMember')).toEqual({
      vendor: 'Segment',
      category: 'email',
      method: 'identify',
      via: 'identifyMember',
    });
  });

  it('files special-category data under its own category, whether the message names its kind or not', () => {
    expect(parseFinding('health data reaches Mixpanel track')).toEqual({
      vendor: 'Mixpanel',
      category: 'special-category',
      method: 'track',
      via: null,
    });
    expect(parseFinding('religious belief reaches PostHog capture')).toEqual({
      vendor: 'PostHog',
      category: 'special-category',
      method: 'capture',
      via: null,
    });
    expect(parseFinding('sensitive data reaches Segment identify (identity argument)')).toEqual({
      vendor: 'Segment',
      category: 'special-category',
      method: 'identify',
      via: null,
    });
  });

  it('files identity matching for ads under its own category, with the method', () => {
    expect(parseFinding("identity matching for ads: email reaches Meta Pixel fbq('init')")).toEqual({
      vendor: 'Meta Pixel',
      category: 'ad-matching',
      method: "fbq('init')",
      via: null,
    });
  });

  it('files a message that names a vendor but no category of personal data under SDK settings', () => {
    expect(parseFinding('sendDefaultPii: true in Sentry init sends IP addresses')).toEqual({
      vendor: 'Sentry',
      category: 'sdk-setting',
      method: null,
      via: null,
    });
    expect(parseFinding('email in Amplitude init sets the user')).toEqual({
      vendor: 'Amplitude',
      category: 'email',
      method: null,
      via: null,
    });
  });

  it('files no-pii-in-urls findings under page views, with the place as method', () => {
    expect(parseFinding('email in a URL (router.push()): analytics SDKs record page URLs')).toEqual({
      vendor: 'Page views (any analytics SDK)',
      category: 'email',
      method: 'router.push()',
      via: null,
    });
    expect(parseFinding('name in the page title (<title>): analytics SDKs record page titles')).toEqual({
      vendor: 'Page views (any analytics SDK)',
      category: 'name',
      method: '<title>',
      via: null,
    });
  });

  it("reads back every no-pii and no-pii-in-urls message template (in step with the rules' wording)", () => {
    const fill = (template: string, data: Record<string, string>): string =>
      template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => data[key] ?? '');
    const pii = noPii.meta.messages;
    const data = { category: 'organization ID', vendor: 'Google Analytics', method: "gtag('config')" };
    const method = { vendor: 'Google Analytics', method: "gtag('config')", via: null };
    expect(parseFinding(fill(pii.leak, data))).toEqual({ ...method, category: 'org-id' });
    expect(parseFinding(fill(pii.leakThrough, { ...data, wrapper: 'track (lib/ga.ts)' }))).toEqual({
      ...method,
      category: 'org-id',
      via: 'track (lib/ga.ts)',
    });
    expect(parseFinding(fill(pii.identityArgument, data))).toEqual({ ...method, category: 'org-id' });
    expect(parseFinding(fill(pii.adMatching, data))).toEqual({ ...method, category: 'ad-matching' });
    const urls = noPiiInUrls.meta.messages;
    const place = { category: 'email', sink: 'history.replaceState()' };
    const pageViews = {
      vendor: 'Page views (any analytics SDK)',
      category: 'email',
      method: 'history.replaceState()',
      via: null,
    };
    expect(parseFinding(fill(urls.url, place))).toEqual(pageViews);
    expect(parseFinding(fill(urls.title, place))).toEqual(pageViews);
  });

  it('returns undefined when no vendor is named (whole words only)', () => {
    expect(parseFinding('email in the page title')).toBeUndefined();
    expect(parseFinding('email reaches Mixpanelish track')).toBeUndefined();
  });
});

describe('analytics-privacy report', () => {
  it('--format json: for each vendor the categories, counts and places of the example app', () => {
    const run = cli(['report', '--format', 'json'], leakyShop);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const map = JSON.parse(run.stdout) as DataMap;
    expect(matrixOf(map)).toEqual(LEAKY_SHOP);
    // the vendors, most places first; page views, which are no vendor, last
    expect(map.vendors.map((v) => v.vendor)).toEqual([
      'Mixpanel',
      'Segment',
      'Sentry',
      'Google Analytics',
      'PostHog',
      'Page views (any analytics SDK)',
    ]);
    expect(map.filesScanned).toBe(7);
    expect(
      map.vendors
        .find((v) => v.vendor === 'Mixpanel')
        ?.places.map((p) => `${p.file}:${p.line} ${p.method} ${p.category}`),
    ).toEqual([
      'src/checkout.ts:16 track address',
      'src/checkout.ts:18 people.set phone',
      'src/checkout.ts:26 track email',
    ]);
    expect(
      map.vendors
        .find((v) => v.vendor === 'Page views (any analytics SDK)')
        ?.places.map((p) => `${p.file}:${p.line} ${p.method} ${p.category} ${p.rule}`),
    ).toEqual([
      'src/account.ts:5 location.assign() email analytics-privacy/no-pii-in-urls',
      'src/account.ts:9 document.title name analytics-privacy/no-pii-in-urls',
    ]);
    expect(map.otherFindings).toEqual([]);
  });

  it("lists each caller of the app's own wrapper as a place, with the wrapper it goes through", () => {
    const dir = project({
      'src/lib/analytics.js':
        "import posthog from 'posthog-js';\nexport function tagPerson(memberId) {\n  posthog.identify(memberId);\n}\n",
      'src/pages/profile.js': "import { tagPerson } from '../lib/analytics.js';\ntagPerson(reader.id);\n",
      'src/pages/team.js': "import { tagPerson } from '../lib/analytics.js';\ntagPerson(member.id);\n",
    });
    const map = JSON.parse(cli(['report', '-f', 'json'], dir).stdout) as DataMap;
    expect(map.vendors[0].places.map((p) => `${p.file}:${p.line} ${p.method} ${p.via}`)).toEqual([
      'src/lib/analytics.js:3 identify null',
      'src/pages/profile.js:2 identify tagPerson (lib/analytics.js)',
      'src/pages/team.js:2 identify tagPerson (lib/analytics.js)',
    ]);
    const md = cli(['report', '-f', 'md'], dir).stdout;
    expect(md).toContain(
      '| `src/pages/team.js:2` | `identify` through `tagPerson (lib/analytics.js)` | user ID |',
    );
  });

  it('lists SDK settings under their vendor and parse errors as other findings', () => {
    const dir = project({
      'src/init.js':
        "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: 'x', sendDefaultPii: true });\n",
      'src/server.cjs': LEAKS['src/server.cjs'],
      'src/broken.js': 'const = 1;\n',
    });
    const map = JSON.parse(cli(['report', '-f', 'json'], dir).stdout) as DataMap;
    expect(matrixOf(map)).toEqual({ Sentry: { email: 1, 'sdk-setting': 1 } });
    expect(map.vendors[0].places.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      'src/init.js:2 analytics-privacy/no-unsafe-sdk-config',
      'src/server.cjs:2 analytics-privacy/no-pii',
    ]);
    expect(map.otherFindings).toEqual([
      { file: 'src/broken.js', line: 1, column: 7, rule: null, message: 'Parsing error: Unexpected token =' },
    ]);
  });

  it("--format md (default): the vendor × category table and each vendor's places", () => {
    const run = cli(['report', 'examples/leaky-shop'], root);
    expect(run.status).toBe(0);
    // five vendors, as examples/leaky-shop/README.md says, and page views apart
    expect(run.stdout).toContain(
      `12 places send personal data to 5 vendors and 2 put it in page URLs or titles, which analytics SDKs record. 7 files scanned by analytics-privacy ${version}.`,
    );
    expect(readFileSync(join(leakyShop, 'README.md'), 'utf8').replace(/\s+/g, ' ')).toContain(
      '"12 places send personal data to 5 vendors and 2 put it in page URLs or titles, which analytics SDKs record. 7 files scanned by analytics-privacy"',
    );
    expect(run.stdout).toContain(
      '| vendor | email | name | phone number | postal address | user ID | whole user object | places |',
    );
    expect(run.stdout).toContain('| Mixpanel | 1 |  | 1 | 1 |  |  | 3 |');
    expect(run.stdout).toContain("| `examples/leaky-shop/src/marketing.js:3` | `gtag('config')` | user ID |");
  });

  it('an empty data map says so', () => {
    const run = cli(['report', '-f', 'md'], project({ 'src/clean.js': LEAKS['src/clean.js'] }));
    expect(run.stdout).toContain(
      `\n0 places send personal data to 0 vendors. 1 file scanned by analytics-privacy ${version}.\n`,
    );
  });

  it('counts in the singular and the plural', () => {
    const one = cli(['report'], project({ 'src/server.cjs': LEAKS['src/server.cjs'] }));
    expect(one.stdout).toContain(
      `\n1 place sends personal data to 1 vendor. 1 file scanned by analytics-privacy ${version}.\n`,
    );
    const dir = project({
      ...LEAKS,
      'src/reset.js':
        'export const reset = (user) => window.location.assign(`/reset?email=${user.email}`);\n',
    });
    const many = cli(['report'], dir);
    expect(many.stdout).toContain(
      `\n5 places send personal data to 4 vendors and 1 puts it in page URLs or titles, which analytics SDKs record. 7 files scanned by analytics-privacy ${version}.\n`,
    );
    const html = cli(['report', '-f', 'html'], dir).stdout;
    expect(html).toContain('title="email reaches PostHog in 1 place"');
    expect(html).toContain('<p class="summary">5 places send personal data to 4 vendors and 1 puts it');
  });

  it('does not lint or count ESLint config files, which it does not read', () => {
    const dir = project({
      'eslint.config.js': 'throw new Error("the user config must not be read");\n',
      'packages/a/eslint.config.mjs':
        "import * as Sentry from '@sentry/node';\nSentry.setUser({ email: user.email });\nexport default [];\n",
      'packages/a/src/server.cjs': LEAKS['src/server.cjs'],
    });
    const map = JSON.parse(cli(['report', '-f', 'json'], dir).stdout) as DataMap;
    expect(map.filesScanned).toBe(1);
    expect(map.vendors.flatMap((v) => v.places.map((p) => p.file))).toEqual(['packages/a/src/server.cjs']);
  });

  it('--output: writes the file and says where, in one line', () => {
    const dir = project({ 'src/server.cjs': LEAKS['src/server.cjs'] });
    expect(cli(['report', '--output', 'out/data-map.md'], dir)).toEqual({
      status: 0,
      stdout: 'Data map written to out/data-map.md\n',
      stderr: '',
    });
    expect(readFileSync(join(dir, 'out/data-map.md'), 'utf8')).toContain('| Sentry | 1 | 1 |');
  });

  describe('--format html', () => {
    const dir = project({});
    const file = join(dir, 'data-map.html');
    const run = cli(['report', '--format', 'html', '--output', file], leakyShop);
    const html = readFileSync(file, 'utf8');

    it('is one self-contained file: no scripts, no external resources', () => {
      expect(run).toEqual({ status: 0, stdout: `Data map written to ${file}\n`, stderr: '' });
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
      expect(html.match(/https?:\/\//g) ?? []).toEqual([]);
    });

    const chromium = findChromium();
    it('renders in headless Chromium with the expected matrix cells', (ctx: TestContext) => {
      if ('skip' in chromium) {
        // The note shows in verbose and machine reporters; the warning in the default one.
        console.warn(`skipped: ${chromium.skip}`);
        ctx.skip(chromium.skip);
      }
      const dom = dumpDom(chromium.path, file);
      const cells = [
        ...dom.matchAll(
          /<td class="count( hit)?" data-vendor="([^"]+)" data-category="([^"]+)"[^>]*>(\d*)<\/td>/g,
        ),
      ];
      const hits: Record<string, Record<string, number>> = {};
      for (const [, hit, vendor, category, count] of cells) {
        expect(Boolean(hit)).toBe(count !== '');
        if (hit) (hits[vendor.replace(/&amp;/g, '&')] ??= {})[category] = Number(count);
      }
      expect(hits).toEqual(LEAKY_SHOP);
      expect(cells).toHaveLength(6 * 6); // five vendors and page views × the six categories present
      expect(dom).toContain('<section class="vendor" id="vendor-google-analytics"><h2>Google Analytics</h2>');
    });
  });
});
