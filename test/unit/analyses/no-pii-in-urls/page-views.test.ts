/**
 * Explicit page views come from the catalog (`pageViews`), not from the engine: the tables and the
 * selector built from a catalog, and `no-pii-in-urls`' listeners run on a made-up catalog whose
 * vendor only this test knows.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { ESLintUtils } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { UrlSites } from '../../../../src/analyses/no-pii-in-urls/listeners.js';
import { buildPageViewTable, pageViewTable } from '../../../../src/analyses/no-pii-in-urls/page-views.js';
import { Catalog, builtInCatalog } from '../../../../src/catalog/index.js';
import type { PageView, Vendor } from '../../../../src/catalog/types.js';
import { CATEGORIES, CATEGORY_IDS } from '../../../../src/personal-data/categories.js';
import { valueClassifier } from '../../../../src/personal-data/value-classifier.js';
import { splitWords } from '../../../../src/util/words.js';

const vendor = (id: string, pageViews: PageView[]): Vendor => ({
  id,
  name: id,
  category: 'web analytics',
  modules: [],
  globals: {},
  shapes: {},
  docs: [],
  pageViews,
});

/** A vendor no catalog has: a function, a global object's method and a client method, each with its own keys. */
const acme = vendor('acme', [
  { call: { via: 'function', name: 'acmeTrack' }, urlKeys: ['where'], titleKeys: ['heading'] },
  { call: { via: 'method', object: 'acmeQueue', method: 'send' }, urlKeys: ['where'] },
  {
    call: { via: 'client', method: 'view', words: ['acme', 'tracker'] },
    urlKeys: ['pageUrl', '$page'],
    titleKeys: ['pageName'],
  },
]);

/** The keys a table gives, as plain lists. */
const plain = (
  keys: { sink: string; urlKeys: ReadonlySet<string>; titleKeys: ReadonlySet<string> } | undefined,
) => keys && { sink: keys.sink, url: [...keys.urlKeys], title: [...keys.titleKeys] };

describe('the page-view table of a catalog', () => {
  it('indexes each form of call, with the name messages give it', () => {
    const table = buildPageViewTable([acme]);
    expect(plain(table.functions.get('acmeTrack'))).toEqual({
      sink: 'acmeTrack',
      url: ['where'],
      title: ['heading'],
    });
    expect(plain(table.objectMethods.get('send')?.get('acmeQueue'))).toEqual({
      sink: 'acmeQueue.send',
      url: ['where'],
      title: [],
    });
    expect(plain(table.clientMethods.get('view')?.get('tracker'))).toEqual({
      sink: 'view()',
      url: ['pageUrl', '$page'],
      title: ['pageName'],
    });
    expect(table.clientMethods.get('view')?.get('acme')).toBe(
      table.clientMethods.get('view')?.get('tracker'),
    );
  });

  it('builds selector alternatives for exactly those names (escaped for esquery)', () => {
    expect(buildPageViewTable([acme]).selectors).toEqual([
      '[callee.property.name=/^(?:acmeTrack|view)$/]',
      '[callee.property.name=/^(?:send)$/][callee.object.property.name=/^(?:acmeQueue)$/]',
      '[callee.property.name=/^(?:send)$/][callee.object.name=/^(?:acmeQueue)$/]',
      '[callee.name=/^(?:acmeTrack)$/]',
    ]);
    expect(
      buildPageViewTable([
        vendor('dollar', [{ call: { via: 'client', method: '$view', words: ['x'] }, urlKeys: ['u'] }]),
      ]).selectors,
    ).toEqual(['[callee.property.name=/^(?:\\$view)$/]']);
  });

  it('has no selector and no entry for a catalog without page views', () => {
    const table = buildPageViewTable([vendor('none', [])]);
    expect(table.selectors).toEqual([]);
    expect([table.functions.size, table.objectMethods.size, table.clientMethods.size]).toEqual([0, 0, 0]);
  });

  it('merges two vendors that describe the same call, and shares one entry between same-shaped clients', () => {
    const other = vendor('other', [
      {
        call: { via: 'method', object: 'acmeQueue', method: 'send' },
        urlKeys: ['link'],
        titleKeys: ['name'],
      },
      {
        call: { via: 'client', method: 'view', words: ['other'] },
        urlKeys: ['pageUrl', '$page'],
        titleKeys: ['pageName'],
      },
    ]);
    const table = buildPageViewTable([acme, other]);
    expect(plain(table.objectMethods.get('send')?.get('acmeQueue'))).toEqual({
      sink: 'acmeQueue.send',
      url: ['where', 'link'],
      title: ['name'],
    });
    expect(table.clientMethods.get('view')?.get('other')).toBe(table.clientMethods.get('view')?.get('acme'));
  });

  it('is built once per catalog', () => {
    const catalog = new Catalog([acme]);
    expect(pageViewTable(catalog)).toBe(pageViewTable(catalog));
    expect(pageViewTable(builtInCatalog())).toBe(pageViewTable(builtInCatalog()));
  });

  it('of the built-in catalog are well formed: identifiers, client words as names split, some keys', () => {
    const identifier = /^[A-Za-z_$][\w$]*$/;
    for (const v of builtInCatalog().vendors) {
      for (const { call, urlKeys, titleKeys = [] } of v.pageViews ?? []) {
        const names =
          call.via === 'function'
            ? [call.name]
            : call.via === 'method'
              ? [call.object, call.method]
              : [call.method];
        for (const name of names) expect(name, v.id).toMatch(identifier);
        if (call.via === 'client')
          for (const word of call.words) expect(splitWords(word), `${v.id}: ${word}`).toEqual([word]);
        expect(urlKeys.length + titleKeys.length, v.id).toBeGreaterThan(0);
      }
    }
  });

  it('of the built-in catalog: gtag, dataLayer.push, the Segment-style page() and PostHog capture()', () => {
    const table = pageViewTable(builtInCatalog());
    const ga = { url: ['page_location', 'page_path', 'page_referrer'], title: ['page_title'] };
    expect(plain(table.functions.get('gtag'))).toEqual({ sink: 'gtag', ...ga });
    expect(plain(table.objectMethods.get('push')?.get('dataLayer'))).toEqual({
      sink: 'dataLayer.push',
      ...ga,
    });
    const page = table.clientMethods.get('page');
    expect([...(page?.keys() ?? [])].sort()).toEqual([
      'analytics',
      'jitsu',
      'rudder',
      'rudderanalytics',
      'segment',
    ]);
    expect(plain(page?.get('analytics'))).toEqual({
      sink: 'page()',
      url: ['url', 'path', 'referrer', 'search'],
      title: ['title'],
    });
    expect(page?.get('rudder')).toBe(page?.get('analytics'));
    expect([...(table.clientMethods.get('capture')?.keys() ?? [])]).toEqual(['posthog']);
    expect(plain(table.clientMethods.get('capture')?.get('posthog'))).toEqual({
      sink: 'capture()',
      url: ['$current_url', '$pathname', '$referrer'],
      title: [],
    });
    expect(
      [...table.functions.keys(), ...table.objectMethods.keys(), ...table.clientMethods.keys()].sort(),
    ).toEqual(['capture', 'gtag', 'page', 'push']);
  });
});

/** `no-pii-in-urls`' listeners with the page views of `catalog` (the plugin's rule takes them from the settings' catalog). */
const withCatalog = (catalog: Catalog) =>
  ESLintUtils.RuleCreator.withoutDocs({
    meta: {
      type: 'problem',
      messages: { url: 'url {{sink}}: {{category}}', title: 'title {{sink}}: {{category}}' },
      schema: [],
    },
    defaultOptions: [],
    create(context) {
      const sourceCode = context.sourceCode;
      return new UrlSites(
        sourceCode,
        (finding) =>
          context.report({
            node: finding.node,
            messageId: finding.what,
            data: { sink: finding.sink, category: CATEGORIES[finding.category] },
          }),
        (bindings) => valueClassifier(bindings, new Set(), sourceCode.parserServices),
        { ids: false, categories: new Set(CATEGORY_IDS), allowedKeys: new Set() },
        false,
        catalog,
      ).listeners();
    },
  });

const ruleTester = new RuleTester();

ruleTester.run('no-pii-in-urls listeners on a made-up catalog', withCatalog(new Catalog([acme])), {
  valid: [
    {
      code: 'gtag("event", "page_view", { page_location: `/p?email=${value}` });',
      name: 'gtag: not in this catalog',
    },
    {
      code: 'window.dataLayer.push({ page_location: `/p?email=${value}` });',
      name: 'dataLayer.push: not in this catalog',
    },
    {
      code: 'analytics.page({ url: `/p?email=${value}` });\nposthog.capture("$pageview", { $current_url: `/p?email=${value}` });',
      name: 'page() and capture(): not in this catalog',
    },
    { code: 'acme.view({ url: `/p?email=${value}` });', name: 'a key the vendor does not list' },
    { code: 'cart.view({ pageUrl: `/p?email=${value}` });', name: 'a receiver without the vendor words' },
    {
      code: 'other.acmeTrack({ where: `/p?email=${value}` });\nacmeQueue.push({ where: `/p?email=${value}` });',
      name: 'acmeTrack through a non-window object; another method of the queue',
    },
  ],
  invalid: [
    {
      code: 'acmeTrack({ where: `/p?email=${value}`, heading: `Inbox of ${user.fullName}` });',
      errors: [{ messageId: 'url', data: { sink: 'acmeTrack where', category: 'email' } }],
      name: "a function page view (the title is no-pii's: personal as a whole)",
    },
    {
      code: 'window.acmeTrack({ where: `/p?email=${value}` });',
      errors: [{ messageId: 'url', data: { sink: 'acmeTrack where', category: 'email' } }],
      name: 'the function through window',
    },
    {
      code: 'acmeQueue.send({ where: `/p?phone=${value}` });\nwindow.acmeQueue.send({ where: `/p?email=${value}` });',
      errors: [
        { messageId: 'url', line: 1, data: { sink: 'acmeQueue.send where', category: 'phone number' } },
        { messageId: 'url', line: 2, data: { sink: 'acmeQueue.send where', category: 'email' } },
      ],
      name: "a global object's method, bare and through window",
    },
    {
      code: 'acme.view({ pageUrl: `/p?email=${value}`, $page: `/invite/${code}/jane@example.com`, pageName: "Inbox of jane@example.com" });\nmyTracker.view({ pageUrl: `/p?email=${value}` });',
      errors: [
        { messageId: 'url', line: 1, data: { sink: 'view() pageUrl', category: 'email' } },
        { messageId: 'url', line: 1, data: { sink: 'view() $page', category: 'email' } },
        { messageId: 'title', line: 1, data: { sink: 'view() pageName', category: 'email' } },
        { messageId: 'url', line: 2, data: { sink: 'view() pageUrl', category: 'email' } },
      ],
      name: 'a client method, by a word of the receiver name',
    },
    {
      code: 'location.href = `/p?email=${value}`;',
      errors: [{ messageId: 'url', data: { sink: 'location.href', category: 'email' } }],
      name: 'navigation still reported with a catalog without the built-in page views',
    },
  ],
});
