/**
 * Every message and suggestion title of every rule fits an editor hover and a terminal line: at most
 * MAX_MESSAGE_LENGTH (100) characters once its placeholders are filled with the longest data it can realistically
 * carry. The data comes from the catalog and the rules' own tables (vendor names, method labels of the
 * sinks that can carry each message, category labels, URL places, configuration checks), so a vendor
 * or sink added later is measured too. The messages the docs examples produce are checked in
 * test/docs-examples.test.ts.
 */
import { describe, expect, it } from 'vitest';
import noPiiInUrls from '../rules/no-pii-in-urls.js';
import noPii from '../rules/no-pii.js';
import noRestrictedVendors from '../rules/no-restricted-vendors.js';
import noUnsafeSdkConfig from '../rules/no-unsafe-sdk-config.js';
import { pageViewTable } from '../src/analyses/no-pii-in-urls/page-views.js';
import { wrapperName } from '../src/analyses/no-pii/wrapper-name.js';
import {
  LINK_ATTRIBUTES,
  LOCATION_ASSIGNMENTS,
  TITLE_ASSIGNMENTS,
  TITLE_ELEMENTS,
} from '../src/analyses/no-pii-in-urls/url-places.js';
import { builtInCatalog } from '../src/catalog/index.js';
import type { ArgRole, ConfigValue, Member, Shape, Sink, Vendor } from '../src/catalog/types.js';
import { vendors } from '../src/catalog/vendors/index.js';
import { CATEGORIES, type Category, SPECIAL_KINDS } from '../src/personal-data/categories.js';
import { MAX_MESSAGE_LENGTH } from './helpers/lint.js';

/** A message template with its placeholders filled (a missing value fails the test). */
function fill(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`no data for {{${key}}} in ${template}`);
    return value;
  });
}

const longest = (values: Iterable<string>): string =>
  [...values].reduce((a, b) => (b.length > a.length ? b : a), '');

/** The category labels a report can name (`identity matching for ads` is a use, never a `{{category}}`). */
const CATEGORY = longest(
  (Object.keys(CATEGORIES) as Category[]).filter((c) => c !== 'ad-matching').map((c) => CATEGORIES[c]),
);
/** What no-pii's `{{category}}` can carry: a label, or the kind of special-category data (`religious belief`). */
const NO_PII_CATEGORY = longest([CATEGORY, ...SPECIAL_KINDS]);
const VENDOR = longest(vendors.map((v) => v.name));

interface SinkLabel {
  readonly vendor: Vendor;
  /** The method as messages show it (the labels of docs/sdk-coverage.md). */
  readonly label: string;
  readonly sink: Sink;
}

/** Every sink of a vendor with its label, walked as scripts/sdk-coverage.mjs walks it. */
function sinksOf(vendor: Vendor): SinkLabel[] {
  const out: SinkLabel[] = [];
  const seen = new Set<Shape>();
  const shapeOf = (m: Member): Shape | undefined => (typeof m === 'string' ? vendor.shapes?.[m] : m);
  const visit = (member: Member, path: string, depth: number): void => {
    const shape = shapeOf(member);
    if (!shape || depth > 6 || seen.has(shape)) return;
    seen.add(shape);
    const label = shape.label ?? path;
    if (shape.call) out.push({ vendor, label: shape.call.label ?? label, sink: shape.call });
    if (shape.constructSink)
      out.push({ vendor, label: `new ${label || 'client'}`, sink: shape.constructSink });
    if (shape.element) out.push({ vendor, label: shape.element.label ?? `<${label}>`, sink: shape.element });
    for (const [cmd, sink] of Object.entries(shape.commands ?? {}))
      out.push({ vendor, label: sink.label ?? `${label}('${cmd}')`, sink });
    for (const [cmd, sink] of Object.entries(shape.arrayCommands ?? {}))
      out.push({ vendor, label: sink.label ?? `${label}(['${cmd}'])`, sink });
    for (const [name, child] of Object.entries(shape.members ?? {}))
      visit(child, name === 'default' ? label : label ? `${label}.${name}` : name, depth + 1);
    if (shape.returns) visit(shape.returns, label, depth + 1);
    if (shape.construct) visit(shape.construct, label, depth + 1);
    for (const cb of shape.callbacks ?? []) for (const p of cb.params) if (p) visit(p, '', depth + 1);
    seen.delete(shape);
  };
  for (const spec of vendor.modules) {
    visit(spec.exports, '', 0);
    if (spec.cjs) visit(spec.cjs, '', 0);
  }
  for (const [name, member] of Object.entries(vendor.globals)) visit(member, name, 0);
  return out;
}

const SINKS = vendors.flatMap(sinksOf);

/** Whether a role, or a role inside it (keyed values included), is identity matching for ads. */
function hasMatching(role: ArgRole | null | undefined): boolean {
  if (!role) return false;
  switch (role.role) {
    case 'matching':
      return true;
    case 'fields':
      return Object.values(role.fields).some(hasMatching) || hasMatching(role.rest);
    case 'list':
      return hasMatching(role.items);
    case 'keyed':
      return Object.values(role.keys ?? {}).some(hasMatching);
    default:
      return false;
  }
}

const isIdentity = (role: ArgRole | null): boolean => role?.role === 'user-id' || role?.role === 'org-id';

/** `Vendor method` at its longest among `sinks`. */
function vendorAndMethod(sinks: readonly SinkLabel[]): { vendor: string; method: string } {
  const best = sinks.reduce((a, b) =>
    b.vendor.name.length + b.label.length > a.vendor.name.length + a.label.length ? b : a,
  );
  return { vendor: best.vendor.name, method: best.label };
}

function expectShort(messages: readonly string[]): void {
  for (const message of messages)
    expect(message.length, `${message.length} characters: ${message}`).toBeLessThanOrEqual(
      MAX_MESSAGE_LENGTH,
    );
}

describe('no-pii', () => {
  const m = noPii.meta.messages;

  it('leak: the longest category, vendor name and method label of the catalog together', () => {
    const method = longest(SINKS.map((s) => s.label));
    expectShort([fill(m.leak, { category: NO_PII_CATEGORY, vendor: VENDOR, method })]);
  });

  it('specialCategory: the longest kind of special-category data, vendor name and method label', () => {
    const method = longest(SINKS.map((s) => s.label));
    expectShort([
      fill(m.specialCategory, {
        kind: longest(SPECIAL_KINDS),
        category: NO_PII_CATEGORY,
        vendor: VENDOR,
        method,
      }),
    ]);
  });

  it('identityArgument: the sinks with an identity argument', () => {
    const sinks = SINKS.filter((s) => s.sink.args.some(isIdentity));
    expect(sinks.length).toBeGreaterThan(50);
    expectShort([fill(m.identityArgument, { category: NO_PII_CATEGORY, ...vendorAndMethod(sinks) })]);
  });

  it('leakThrough: the longest catalog data with a long wrapper name and path, as wrapperName shortens them', () => {
    const method = longest(SINKS.map((s) => s.label));
    const data = { category: CATEGORY, vendor: VENDOR, method };
    for (const name of ['track', 'trackSubscriptionCheckoutCompletedForWorkspaceOwner', 'x'.repeat(120)]) {
      const wrapper = wrapperName(
        { name, file: '/app/src/features/billing/analytics-events.ts' },
        '/app/a.ts',
        data,
      );
      // Too long even for the name: the plain leak message, measured above.
      if (wrapper !== undefined) expectShort([fill(m.leakThrough, { ...data, wrapper })]);
    }
    // A short one keeps its module's last two path segments; a long path is left out, a long name drops the wrapper.
    const short = { category: 'email', vendor: 'PostHog', method: 'capture' };
    expect(
      wrapperName({ name: 'track', file: `/app/${'deep/'.repeat(20)}events.ts` }, '/app/a.ts', short),
    ).toBe('track (deep/events.ts)');
    expect(wrapperName({ name: 'x'.repeat(80), file: '/app/lib/t.ts' }, '/app/a.ts', short)).toBe(undefined);
    expect(wrapperName({ name: 'y'.repeat(60), file: '/app/lib/t.ts' }, '/app/a.ts', short)).toBe(
      'y'.repeat(60),
    );
    expect(
      wrapperName({ name: 'track', file: '/app/src/lib/posthog.ts' }, '/app/a.ts', {
        category: 'email',
        vendor: 'PostHog',
        method: 'capture',
      }),
    ).toBe('track (lib/posthog.ts)');
    expect(
      wrapperName({ name: 'track', file: '/app/a.ts' }, '/app/a.ts', {
        category: 'email',
        vendor: 'PostHog',
        method: 'capture',
      }),
    ).toBe('track');
  });

  it('adMatching: the sinks with identity matching for ads', () => {
    const sinks = SINKS.filter((s) => [...s.sink.args, s.sink.rest].some(hasMatching));
    expect(new Set(sinks.map((s) => s.vendor.id)).size).toBeGreaterThanOrEqual(7);
    expectShort([fill(m.adMatching, { category: NO_PII_CATEGORY, ...vendorAndMethod(sinks) })]);
  });

  it('suggestions: drop, drop with the helper hint, pseudonymize, SHA-256', () => {
    const data = { category: NO_PII_CATEGORY, vendor: VENDOR, helper: 'pseudonymizeForAnalytics' };
    // The helper hint is given for identifiers only (user and organization IDs, emails): never a kind.
    expectShort([
      fill(m.drop, data),
      fill(m.dropConfigureHelper, { ...data, category: CATEGORY }),
      fill(m.pseudonymize, data),
      fill(m.hashSha256, data),
    ]);
  });

  it('every message is measured above', () => {
    expect(Object.keys(m).sort()).toEqual(
      [
        'adMatching',
        'drop',
        'dropConfigureHelper',
        'hashSha256',
        'identityArgument',
        'leak',
        'leakThrough',
        'pseudonymize',
        'specialCategory',
      ].sort(),
    );
  });
});

describe('no-pii-in-urls', () => {
  const m = noPiiInUrls.meta.messages;
  // The places named in listeners.ts as literals (calls), and those built from url-places.ts and the catalog.
  const calls = [
    'location.assign()',
    'location.replace()',
    'window.open()',
    'history.pushState()',
    'history.replaceState()',
    'router.push()',
    'router.replace()',
    'navigate()',
    'redirect()',
    'URLSearchParams',
    'URLSearchParams.set()',
    'URLSearchParams.append()',
  ];
  const links = Object.entries(LINK_ATTRIBUTES).flatMap(([element, attrs]) =>
    attrs.split('|').map((attr) => `<${element} ${attr}>`),
  );
  const table = pageViewTable(builtInCatalog());
  const views = [
    ...table.functions.values(),
    ...[...table.objectMethods.values()].flatMap((byObject) => [...byObject.values()]),
    ...[...table.clientMethods.values()].flatMap((byWord) => [...byWord.values()]),
  ];
  const urlPlaces = [
    ...calls,
    ...LOCATION_ASSIGNMENTS,
    ...links,
    ...views.flatMap((v) => [...v.urlKeys].map((key) => `${v.sink} ${key}`)),
  ];
  const titlePlaces = [
    '<title>',
    'metadata title',
    ...TITLE_ASSIGNMENTS,
    ...[...TITLE_ELEMENTS].map((element) => `<${element} title>`),
    ...views.flatMap((v) => [...v.titleKeys].map((key) => `${v.sink} ${key}`)),
  ];

  it('url and title: the longest category with the longest place of each', () => {
    expect(views.length).toBeGreaterThan(0);
    expectShort([
      fill(m.url, { category: CATEGORY, sink: longest(urlPlaces) }),
      fill(m.title, { category: CATEGORY, sink: longest(titlePlaces) }),
      fill(m.dropParameter, { param: 'customer_email_address' }),
    ]);
  });
});

describe('no-restricted-vendors', () => {
  const m = noRestrictedVendors.meta.messages;

  it('restricted: every vendor with each of its packages, globals and script URLs', () => {
    const messages = vendors.flatMap((v) => {
      const reaches: [string, string][] = [
        ...v.modules.flatMap((spec) =>
          spec.names.flatMap((name) =>
            ['import', 'require', 'dynamic import'].map((how): [string, string] => [how, `'${name}'`]),
          ),
        ),
        ...Object.keys(v.globals).map((name): [string, string] => ['global', name]),
        ...(v.scriptUrls ?? []).map((url): [string, string] => ['script URL', `'${url}'`]),
      ];
      return reaches.map(([how, what]) => fill(m.restricted, { vendor: v.name, how, what }));
    });
    expect(messages.length).toBeGreaterThan(100);
    expectShort(messages);
  });

  it("restrictedWithMessage: the restricted message, then the project's own text", () => {
    // The text of the `message` option is the project's: its length is theirs (the rule page says to keep it short).
    const data = { vendor: 'V', how: 'import', what: "'v'" };
    expect(fill(m.restrictedWithMessage, { ...data, message: 'TEXT' })).toBe(
      `${fill(m.restricted, data)}: TEXT`,
    );
  });
});

describe('no-unsafe-sdk-config', () => {
  const m = noUnsafeSdkConfig.meta.messages;
  const format = (value: ConfigValue): string => (typeof value === 'string' ? `'${value}'` : String(value));
  /** A personal context attribute with a long realistic name. */
  const ATTRIBUTE = 'billingAddress';

  it('every configuration check of the catalog, with its own option, vendor, call and wording', () => {
    const messages: string[] = [];
    for (const vendor of vendors) {
      for (const check of vendor.configChecks ?? []) {
        if ('markup' in check) {
          const marker = check.markup.attribute ?? check.markup.className ?? '';
          messages.push(
            fill(m.unmask, { marker, vendor: vendor.name, collects: check.markup.collects }),
            fill(m.removeMarker, { marker }),
          );
          continue;
        }
        for (const target of check.targets) {
          for (const rule of check.rules) {
            const base = { vendor: vendor.name, label: target.label, collects: rule.collects };
            if (rule.kind === 'option') {
              for (const value of rule.unsafe)
                messages.push(fill(m.unsafeOption, { ...base, option: rule.path, value: format(value) }));
              if (rule.safe !== undefined) {
                const safe = { option: rule.path, safe: format(rule.safe) };
                messages.push(fill(m.setSafe, safe));
                // Reported missing only where the option says so, on a call that takes the whole configuration.
                if (rule.whenMissing && target.initial)
                  messages.push(fill(m.missingOption, { ...base, ...safe }), fill(m.addSafe, safe));
              }
            } else if (rule.kind === 'argument') {
              messages.push(fill(m.personalArgument, { ...base, category: CATEGORIES[rule.category] }));
            } else {
              messages.push(
                fill(m.privateAttribute, { ...base, attribute: ATTRIBUTE }),
                fill(m.makePrivate, { attribute: ATTRIBUTE, where: rule.metaPath }),
              );
            }
          }
        }
      }
    }
    expect(messages.length).toBeGreaterThan(50);
    expectShort(messages);
  });
});
