// The calls the cross-file trigger looks at: those through the file's own modules, and through a
// package only when the project says the package is its own (tsconfig paths, workspaces, `#imports`).
import { analyze } from '@typescript-eslint/scope-manager';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/catalog/index.js';
import { someCallThroughOwnImports } from '../../../src/project/own-imports.js';

const CODE = [
  "import { track } from './analytics';",
  "import { identify } from '@acme/analytics';",
  "import { useState } from 'react';",
  "import posthog from 'posthog-js';",
  "const { log } = require('../log');",
  'track(user);',
  'identify(user);',
  'useState(user);',
  'posthog.capture(user);',
  'log(user);',
].join('\n');

function specifiersVisited(ownPackage?: (specifier: string) => boolean): string[] {
  const program = parse(CODE, { range: true });
  simpleTraverse(program, { enter: () => undefined }, true); // parent links, as ESLint sets them
  const scopeManager = analyze(program, { sourceType: 'module' });
  const seen: string[] = [];
  someCallThroughOwnImports(
    program,
    scopeManager,
    builtInCatalog(),
    (_call, specifier) => {
      seen.push(specifier);
      return false;
    },
    ownPackage,
  );
  return seen;
}

describe('someCallThroughOwnImports', () => {
  it('without a filter, visits calls through paths and packages alike, never through vendor packages', () => {
    expect(specifiersVisited().sort()).toEqual(['../log', './analytics', '@acme/analytics', 'react']);
  });

  it('with a filter, visits a package only when the filter says it is the project’s', () => {
    const asked: string[] = [];
    const visited = specifiersVisited((specifier) => {
      asked.push(specifier);
      return specifier === '@acme/analytics';
    });
    expect(visited.sort()).toEqual(['../log', './analytics', '@acme/analytics']);
    // Paths are the project's without asking.
    expect(asked.sort()).toEqual(['@acme/analytics', 'react']);
  });

  /** The calls visited in `code` (each by its callee's text), with every specifier the project's own. */
  function calleesVisited(code: string): string[] {
    const program = parse(code, { range: true });
    simpleTraverse(program, { enter: () => undefined }, true);
    const scopeManager = analyze(program, { sourceType: 'module' });
    const seen: string[] = [];
    someCallThroughOwnImports(program, scopeManager, builtInCatalog(), (call) => {
      const [start, end] = call.callee.range;
      seen.push(`${code.slice(start, end)}`);
      return false;
    });
    return seen;
  }

  it('an instance made with new, and a class member given one', () => {
    expect(
      calleesVisited(
        "import { Telemetry } from './telemetry';\nconst t = new Telemetry();\nt.identify(a);\nclass C { private x = new Telemetry(); m() { this.x.page(b); this.y.page(c); } }",
      ),
    ).toEqual(['Telemetry', 'Telemetry', 't.identify', 'this.x.page']);
  });

  it('members and parameters holding an injected instance: annotations (type-only too), @Inject, inject()', () => {
    expect(
      calleesVisited(
        [
          "import type { AnalyticsService } from './analytics.service';",
          "import { Mailer } from './mailer';",
          "import { inject, Inject } from '@angular/core';",
          'class A {',
          '  private mailer = inject(Mailer);',
          '  constructor(private analytics: AnalyticsService, @Inject(Mailer) private m2: unknown, plain: AnalyticsService) {',
          '    plain.track(a);',
          '  }',
          '  run() { this.analytics.track(b); this.mailer.send(c); this.m2.send(d); this.other.send(e); }',
          '}',
          'function f(svc: AnalyticsService | undefined, n: number) { svc?.track(g); }',
          'const r: Record<string, AnalyticsService> = {};',
          'r.x.track(h);',
        ].join('\n'),
      ).sort(),
    ).toEqual(
      [
        'plain.track',
        'svc?.track',
        'this.analytics.track',
        'this.m2.send',
        'this.mailer.send',
        'inject',
        'Inject',
      ].sort(),
    );
  });
});
