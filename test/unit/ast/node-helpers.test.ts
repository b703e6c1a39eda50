import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_GLOBAL_OBJECTS,
  calleeName,
  GLOBAL_OBJECTS,
  enclosingClass,
  enclosingFunction,
  findProperty,
  isFunctionNode,
} from '../../../src/ast/bindings.js';

/** Parses `code` with parent links (as ESLint sets them) and returns every node, in source order. */
function nodesOf(code: string): TSESTree.Node[] {
  const program = parse(code, { range: true, loc: true });
  const nodes: TSESTree.Node[] = [];
  simpleTraverse(program, { enter: (node) => void nodes.push(node) }, true);
  return nodes;
}

/** The call whose callee is the identifier `name`. */
function callTo(nodes: readonly TSESTree.Node[], name: string): TSESTree.CallExpression {
  const call = nodes.find(
    (n): n is TSESTree.CallExpression =>
      n.type === T.CallExpression && n.callee.type === T.Identifier && n.callee.name === name,
  );
  if (!call) throw new Error(`no call to ${name}`);
  return call;
}

/** `this.<name>`. */
function thisMember(nodes: readonly TSESTree.Node[], name: string): TSESTree.MemberExpression {
  const member = nodes.find(
    (n): n is TSESTree.MemberExpression =>
      n.type === T.MemberExpression &&
      n.object.type === T.ThisExpression &&
      n.property.type === T.Identifier &&
      n.property.name === name,
  );
  if (!member) throw new Error(`no this.${name}`);
  return member;
}

function nameOf(node: { readonly id?: TSESTree.Identifier | null } | undefined): string | undefined {
  return node?.id?.name;
}

describe('calleeName', () => {
  it('is the name a call is made by: a bare function or the member of an object', () => {
    const calls = nodesOf(
      "track(a); analytics.track(b); analytics['page'](c); (getClient())(d); obj[key](e);",
    ).filter(
      (n): n is TSESTree.CallExpression =>
        n.type === T.CallExpression && n.parent?.type === T.ExpressionStatement,
    );
    expect(calls.map((call) => calleeName(call.callee))).toEqual([
      'track',
      'track',
      'page',
      undefined,
      undefined,
    ]);
  });
});

describe('findProperty', () => {
  const nodes = nodesOf("({ a: 1, b: 2, 'a': 3, ...rest, [key]: 4, [`c`]: 5, method() {} });");
  const object = nodes.find((n): n is TSESTree.ObjectExpression => n.type === T.ObjectExpression);
  if (!object) throw new Error('no object');
  const valueOf = (key: string) => {
    const value = findProperty(object, key)?.value;
    return value?.type === T.Literal ? value.value : value?.type;
  };

  it('finds the last property with the key, however the key is written', () => {
    expect(valueOf('a')).toBe(3);
    expect(valueOf('b')).toBe(2);
    expect(valueOf('c')).toBe(5);
    expect(valueOf('method')).toBe(T.FunctionExpression);
  });

  it('does not look into spreads or computed keys, nor at Object.prototype', () => {
    expect(findProperty(object, 'rest')).toBeUndefined();
    expect(findProperty(object, 'key')).toBeUndefined();
    expect(findProperty(object, 'constructor')).toBeUndefined();
    expect(findProperty(object, 'toString')).toBeUndefined();
  });
});

describe('enclosingFunction', () => {
  const nodes = nodesOf(
    [
      'function outer() {',
      '  const inner = (x) => { first(x); };',
      '  second();',
      '  return function named() { third(); };',
      '}',
      'top();',
    ].join('\n'),
  );

  it('is the innermost function around a node, of any kind', () => {
    expect(enclosingFunction(callTo(nodes, 'first'))?.type).toBe(T.ArrowFunctionExpression);
    const second = enclosingFunction(callTo(nodes, 'second'));
    expect(second?.type).toBe(T.FunctionDeclaration);
    expect(nameOf(second)).toBe('outer');
    expect(nameOf(enclosingFunction(callTo(nodes, 'third')))).toBe('named');
  });

  it('is not the node itself, and is undefined at the top level', () => {
    const arrow = nodes.find((n) => n.type === T.ArrowFunctionExpression);
    expect(arrow && isFunctionNode(arrow)).toBe(true);
    expect(nameOf(arrow && enclosingFunction(arrow))).toBe('outer');
    expect(enclosingFunction(callTo(nodes, 'top'))).toBeUndefined();
  });
});

describe('enclosingClass', () => {
  const nodes = nodesOf(
    [
      'class A extends mixin(this.base) {',
      '  m() { function f() { return this.x; } return f; }',
      '  n() { return class Inner extends make(this.z) { o() { return this.y; } }; }',
      '}',
      'const B = class { field = this.w; };',
    ].join('\n'),
  );

  it('is the class whose body holds the node, through nested functions', () => {
    expect(nameOf(enclosingClass(thisMember(nodes, 'x')))).toBe('A');
    expect(nameOf(enclosingClass(thisMember(nodes, 'y')))).toBe('Inner');
    expect(enclosingClass(thisMember(nodes, 'w'))?.type).toBe(T.ClassExpression);
  });

  it("is not a class whose extends clause holds the node (that `this` is the outer one's)", () => {
    expect(nameOf(enclosingClass(thisMember(nodes, 'z')))).toBe('A');
    expect(enclosingClass(thisMember(nodes, 'base'))).toBeUndefined();
  });
});

describe('GLOBAL_OBJECTS', () => {
  it('names the global object in browsers, workers and Node', () => {
    expect([...GLOBAL_OBJECTS]).toEqual(['window', 'globalThis', 'self', 'global']);
    expect(GLOBAL_OBJECTS.has('document')).toBe(false);
  });

  it('BROWSER_GLOBAL_OBJECTS is the same without Node', () => {
    expect([...BROWSER_GLOBAL_OBJECTS]).toEqual([...GLOBAL_OBJECTS].filter((name) => name !== 'global'));
  });

  it("is the set the project index's text patterns are written from (module-text.ts)", () => {
    const text = readFileSync(join(import.meta.dirname, '../../../src/sdk/module-text.ts'), 'utf8');
    const pattern = /const GLOBAL_MEMBERS = \/\\b\(\?:([^)]*)\)/.exec(text)?.[1];
    expect(pattern?.split('|')).toEqual([...GLOBAL_OBJECTS]);
    const needles = /const GLOBAL_OBJECT_NEEDLES = (\[[^\]]*\])/.exec(text)?.[1];
    const list = JSON.parse((needles ?? '[]').replace(/'/g, '"')) as string[];
    for (const name of GLOBAL_OBJECTS)
      expect(
        list.some((needle) => needle === name || needle === `${name}.`),
        name,
      ).toBe(true);
  });
});
