// How the project's other modules are parsed (espree for JavaScript unless the run is TypeScript's),
// the walk that replaces typescript-estree's simpleTraverse, and the lazily loaded TypeScript parser.
// Whether importing the plugin loads TypeScript is checked in a process of its own, in
// test/package/pack.test.ts (this process has loaded it already).
import { createRequire } from 'node:module';
import { ScopeType } from '@typescript-eslint/scope-manager';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  moduleParserOf,
  moduleParsingFor,
  moduleScopes,
  parseModule,
  traverse,
  typescriptParser,
} from '../../../src/ast/parsers.js';

describe('moduleParsingFor', () => {
  it('is typescript for a TypeScript file, or a file that typescript-eslint parsed (typed or not)', () => {
    expect(moduleParsingFor('/p/a.ts', {})).toBe('typescript');
    expect(moduleParsingFor('/p/a.mts', undefined)).toBe('typescript');
    expect(moduleParsingFor('/p/a.js', { program: null, esTreeNodeToTSNodeMap: new WeakMap() })).toBe(
      'typescript',
    );
  });

  it('is javascript for a JavaScript file parsed by espree or another parser', () => {
    expect(moduleParsingFor('/p/a.js', {})).toBe('javascript');
    expect(moduleParsingFor('/p/a.jsx', undefined)).toBe('javascript');
    expect(moduleParsingFor('/p/a.vue', { defineTemplateBodyVisitor: () => undefined })).toBe('javascript');
  });

  it('TypeScript modules always go through typescript-estree; JavaScript ones as the run says', () => {
    expect(moduleParserOf('/p/a.tsx', 'javascript')).toBe('typescript-estree');
    expect(moduleParserOf('/p/a.cjs', 'javascript')).toBe('espree');
    expect(moduleParserOf('/p/a.cjs', 'typescript')).toBe('typescript-estree');
  });
});

describe('parseModule (javascript)', () => {
  it('parses modules with JSX and the latest syntax with espree (no TSESTree-only fields)', () => {
    const ast = parseModule(
      '/p/a.js',
      "import x from 'y';\nexport const C = () => <div>{x?.y ?? 1n}</div>;\nclass A { #p = 1; static { this.q = 2; } }",
      'javascript',
    );
    expect(ast.body.map((n) => n.type)).toEqual([
      'ImportDeclaration',
      'ExportNamedDeclaration',
      'ClassDeclaration',
    ]);
    const specifier = (ast.body[0] as TSESTree.ImportDeclaration).specifiers[0];
    expect(specifier.local).not.toHaveProperty('decorators');
    expect(ast.range).toBeDefined();
    expect(ast.loc).toBeDefined();
  });

  it('parses CommonJS: .cjs as such, a .js script when it is not a module', () => {
    const code = "const m = require('mixpanel');\nif (!m) return;\nmodule.exports = { m };";
    expect(parseModule('/p/a.cjs', code, 'javascript').body).toHaveLength(3);
    expect(parseModule('/p/a.js', code, 'javascript').body).toHaveLength(3);
  });

  it('throws on a syntax error', () => {
    expect(() => parseModule('/p/a.js', 'const = ;', 'javascript')).toThrow();
    expect(() => parseModule('/p/a.js', 'let x: number = 1;', 'javascript')).toThrow();
  });

  it('parses TypeScript modules with typescript-estree, whatever the run', () => {
    const ast = parseModule('/p/a.ts', 'export const x: number = 1;', 'javascript');
    const declaration = (ast.body[0] as TSESTree.ExportNamedDeclaration)
      .declaration as TSESTree.VariableDeclaration;
    expect(declaration.declarations[0].id).toHaveProperty('decorators', []);
  });
});

describe('moduleScopes', () => {
  const code = "const mp = require('mixpanel');\nexport function send(id) { mp.track('x', { id }); }";
  for (const [file, parsing] of [
    ['/p/a.js', 'javascript'],
    ['/p/a.js', 'typescript'],
    ['/p/a.ts', 'javascript'],
  ] as const) {
    it(`${file} in a ${parsing} run: module and function scopes, require unresolved`, () => {
      const ast = parseModule(file, code, parsing);
      traverse(ast, () => undefined);
      const scopes = moduleScopes(ast, file, parsing);
      const module = scopes.scopes.find((s) => s.type === ScopeType.module);
      expect([...(module?.set.keys() ?? [])]).toEqual(['mp', 'send']);
      expect(module?.through.map((r) => r.identifier.name)).toEqual(['require']);
    });
  }
});

describe('traverse', () => {
  it('visits the nodes in the order simpleTraverse does, and sets the same parents', () => {
    const code =
      "import a from 'a';\nexport default function f<T>(x: T, { y = 1 } = {}) { return <A b={x}>{y}</A>; }\nlabel: for (const k of a) { if (k) continue label; }";
    const mine = parse(code, { jsx: true, range: true });
    const theirs = parse(code, { jsx: true, range: true });
    const seen: string[] = [];
    const expected: string[] = [];
    traverse(mine, (node) => seen.push(`${node.type}<${node.parent?.type ?? ''}`));
    simpleTraverse(
      theirs,
      { enter: (node) => void expected.push(`${node.type}<${node.parent?.type ?? ''}`) },
      true,
    );
    expect(seen).toEqual(expected);
    expect(seen.length).toBeGreaterThan(30);
  });
});

describe('typescriptParser', () => {
  it('is @typescript-eslint/parser, with its version in meta', () => {
    const version = (
      createRequire(import.meta.url)('@typescript-eslint/parser/package.json') as { version: string }
    ).version;
    expect(typescriptParser.meta).toEqual({ name: 'analytics-privacy/typescript-parser', version });
    const result = typescriptParser.parseForESLint('const x: number = 1;', {
      filePath: 'a.ts',
      range: true,
      loc: true,
    });
    expect(result.ast.body[0].type).toBe('VariableDeclaration');
    expect(result.services).toHaveProperty('esTreeNodeToTSNodeMap');
  });
});
