// The per-file early exit: does a file import a vendor package or touch a vendor global at all?
// Files that do not are skipped by every rule, so a miss here is a silent false negative.
import { analyze } from '@typescript-eslint/scope-manager';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/catalog/index.js';
import {
  filePresence,
  importsVendor,
  importsVendorDynamically,
  touchesVendorGlobal,
  vendorGlobalReferences,
} from '../../../src/sdk/vendor-presence.js';

const catalog = builtInCatalog();

/**
 * Parses TypeScript with parent links and scopes, as ESLint hands them to a rule: `globals` are added
 * as ESLint adds `languageOptions.globals`, `/* global *\/` comments and the globals of `ecmaVersion`.
 */
function file(code: string, sourceType: 'module' | 'script' = 'module', { globals = [] as string[] } = {}) {
  const ast = parse(code, { range: true });
  simpleTraverse(ast, { enter: () => undefined }, true);
  const scopeManager = analyze(ast, { sourceType });
  scopeManager.addGlobals(globals);
  return { ast, text: code, scopeManager };
}

describe('importsVendor: a top-level import or typing of a vendor', () => {
  it.each([
    ["import posthog from 'posthog-js';", true],
    ["import * as Sentry from '@sentry/browser';", true],
    ["import type { Mixpanel } from 'mixpanel-browser';", true],
    ['declare const gtag: (...args: unknown[]) => void;', true],
    ['declare function fbq(...args: unknown[]): void;', true],
    ["import React from 'react';\nimport { track } from './local';", false],
    ['declare const myTracker: unknown;', false],
    ['export {};\ndeclare global {\n  var gtag: (...args: unknown[]) => void;\n}', true],
    ['export declare function fbq(...args: unknown[]): void;', true],
    ['export {};\ndeclare global {\n  var myTracker: unknown;\n}', false],
    ["const posthog = require('posthog-js');", false], // a require is a reference: touchesVendorGlobal reads it
  ])('%s → %s', (code, expected) => {
    expect(importsVendor(file(code).ast, catalog)).toBe(expected);
  });
});

describe('touchesVendorGlobal: a vendor global, or a require of a vendor package anywhere', () => {
  it.each([
    ["gtag('event', 'x');", true],
    ["window.analytics.track('x');", true],
    ["(window as any).mixpanel.track('x');", true],
    ["globalThis.posthog?.capture('x');", true],
    ["function f() { const mp = require('mixpanel'); }", true],
    ["window.localStorage.setItem('k', 'v');", false],
    ["const gtag = (...a: unknown[]) => a;\ngtag('event');", false], // a local of the same name
    ["require('./local');", false],
    ["track('x');", false],
  ])('%s → %s', (code, expected) => {
    expect(touchesVendorGlobal(file(code).scopeManager, catalog)).toBe(expected);
  });

  it('is false without a scope manager', () => {
    expect(touchesVendorGlobal(null, catalog)).toBe(false);
  });

  it.each([
    ["gtag('event', 'x');", ['gtag'], true],
    ["function f() { window.fbq('track'); }", ['window'], true],
    ["const gtag = (...a: unknown[]) => a;\ngtag('event');", ['gtag'], false],
    ["function f(analytics: { track(e: string): void }) { analytics.track('x'); }", ['analytics'], false],
    ['const n = 1;', ['gtag'], false], // declared, never used
  ])('%s with the declared globals %j → %s', (code, globals, expected) => {
    expect(touchesVendorGlobal(file(code, 'module', { globals }).scopeManager, catalog)).toBe(expected);
  });

  it('reads the global objects ESLint declares (globalThis, from ecmaVersion 2020)', () => {
    const { scopeManager } = file("globalThis.analytics.track('x');", 'module', { globals: ['globalThis'] });
    expect(scopeManager.globalScope?.set.get('globalThis')?.defs).toEqual([]);
    expect(touchesVendorGlobal(scopeManager, catalog)).toBe(true);
  });

  it.each([
    ["const w = window;\nexport function f() { w.heap.track('x'); }", true],
    ["const w = window as unknown as Tracking;\nconst g = w;\ng.gtag('event');", true],
    ["const w = typeof window !== 'undefined' ? window : undefined;\nw?.fbq('track');", true],
    ['const { analytics } = globalThis;', true],
    ["const w = window;\nw.localStorage.getItem('k');", false],
    ["function f(window: Window) { const w = window; w.heap.track('x'); }", false],
  ])('an alias of the global object: %s → %s', (code, expected) => {
    expect(touchesVendorGlobal(file(code).scopeManager, catalog)).toBe(expected);
  });
});

describe('vendorGlobalReferences: every reference to a vendor global', () => {
  it('lists bare globals and members of the global objects, by name', () => {
    const { text, scopeManager } = file(
      "gtag('event');\nwindow.fbq('track');\nself.dataLayer.push({});\nwindow.location.href;\nfbq('init');",
    );
    const found = vendorGlobalReferences(scopeManager, catalog).map(
      ({ node, name }) => `${name} @ ${text.slice(...node.range)}`,
    );
    expect(found.sort()).toEqual([
      'dataLayer @ self.dataLayer',
      'fbq @ fbq',
      'fbq @ window.fbq',
      'gtag @ gtag',
    ]);
  });
});

describe('vendorGlobalReferences: declared globals and aliases of the global object', () => {
  it('lists declared globals, members of aliases and destructured names, once each', () => {
    const { text, scopeManager } = file(
      "gtag('event');\nconst w = cond ? window : self;\nw.fbq('track');\nconst { dataLayer } = window;\nfunction f(heap: unknown) { return heap; }",
      'module',
      { globals: ['gtag', 'heap'] },
    );
    const found = vendorGlobalReferences(scopeManager, catalog).map(
      ({ node, name }) => `${name} @ ${text.slice(...node.range)}`,
    );
    expect(found.sort()).toEqual(['dataLayer @ dataLayer', 'fbq @ w.fbq', 'gtag @ gtag']);
  });
});

describe('importsVendorDynamically: a literal `import()` of a vendor package in the text', () => {
  it.each([
    ["const { default: posthog } = await import('posthog-js');", true],
    ['const m = await import( "mixpanel-browser" );', true],
    ['const m = await import(`@sentry/browser`);', true],
    ["const m = await import('./local');", false],
    ['const m = await import(name);', false],
    ["import('posthog-js'", true], // read from the text: no need to parse
  ])('%s → %s', (text, expected) => {
    expect(importsVendorDynamically(text, catalog)).toBe(expected);
  });
});

describe('filePresence: the three checks, once per file', () => {
  it('says whether a file touches a vendor by any of the three ways', () => {
    expect(filePresence(file("import posthog from 'posthog-js';"), catalog)).toEqual({ touchesVendor: true });
    expect(filePresence(file("gtag('event');"), catalog)).toEqual({ touchesVendor: true });
    expect(filePresence(file("export async function f() { await import('posthog-js'); }"), catalog)).toEqual({
      touchesVendor: true,
    });
    expect(filePresence(file("import { track } from './local';\ntrack(user.email);"), catalog)).toEqual({
      touchesVendor: false,
    });
  });

  it('gives the remembered answer for the same file and catalog', () => {
    const source = file("import posthog from 'posthog-js';");
    const first = filePresence(source, catalog);
    expect(filePresence(source, catalog)).toBe(first);
    expect(filePresence(file("import posthog from 'posthog-js';"), catalog)).not.toBe(first);
  });
});
