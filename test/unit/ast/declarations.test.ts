import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { isFunctionNode } from '../../../src/ast/bindings.js';
import {
  classMemberValue,
  classMethod,
  parameterType,
  returnedExpressions,
} from '../../../src/ast/declarations.js';

/** Parses `code` with parent links and returns every node, in source order. */
function nodesOf(code: string): TSESTree.Node[] {
  const program = parse(code, { range: true, loc: true });
  const nodes: TSESTree.Node[] = [];
  simpleTraverse(program, { enter: (node) => void nodes.push(node) }, true);
  return nodes;
}

const textOf = (code: string, node: TSESTree.Node | undefined) => node && code.slice(...node.range);

describe('returnedExpressions', () => {
  it("every return of the function's own body, in if, try, switch and loops, not of nested functions", () => {
    const code =
      'function f() { if (a) return b; try { return c; } catch { return d; } switch (e) { case 1: return g; } for (;;) { return h; } const n = () => i; function m() { return j; } return; }';
    const fn = nodesOf(code).find(isFunctionNode);
    expect(fn && returnedExpressions(fn).map((e) => textOf(code, e))).toEqual(['b', 'c', 'd', 'g', 'h']);
  });

  it("an arrow's expression body", () => {
    const code = 'const f = async () => (client ??= make());';
    const fn = nodesOf(code).find(isFunctionNode);
    expect(fn && returnedExpressions(fn).map((e) => textOf(code, e))).toEqual(['client ??= make()']);
  });
});

describe('class members', () => {
  const code =
    'class C { static s = 1; i = 2; typed!: Client; constructor(private p: Client, q: number) { this.a = q; } get g() { return this.i; } static m() {} n() {} }';
  const cls = nodesOf(code).find((n): n is TSESTree.ClassDeclaration => n.type === T.ClassDeclaration);
  if (!cls) throw new Error('no class');
  const value = (name: string, isStatic: boolean | undefined) => {
    const member = classMemberValue(cls, name, isStatic);
    return (
      member &&
      `${member.kind}:${textOf(code, member.kind === 'getter' ? member.fn : member.kind === 'type' ? member.type : member.expr)}`
    );
  };

  it('fields, static fields, constructor assignments, parameter properties, declared types and getters', () => {
    expect(value('s', true)).toBe('expr:1');
    expect(value('s', false)).toBeUndefined();
    expect(value('i', undefined)).toBe('expr:2');
    expect(value('a', false)).toBe('expr:q');
    expect(value('p', false)).toBe('type:Client');
    expect(value('typed', false)).toBe('type:Client');
    expect(value('g', undefined)?.startsWith('getter:')).toBe(true);
    expect(value('q', false)).toBeUndefined();
  });

  it('methods by static-ness', () => {
    expect(classMethod(cls, 'm', true)).toBeDefined();
    expect(classMethod(cls, 'm', false)).toBeUndefined();
    expect(classMethod(cls, 'n', false)).toBeDefined();
    expect(classMethod(cls, 'n', undefined)).toBeDefined();
  });
});

describe('parameterType', () => {
  it('plain, optional, defaulted and parameter-property parameters; none for patterns', () => {
    const code = 'class K { constructor(private d: D) {} }\nfunction f(a: A, b?: B, c: C = x, { e }: E) {}';
    const nodes = nodesOf(code);
    const fn = nodes.find((n): n is TSESTree.FunctionDeclaration => n.type === T.FunctionDeclaration);
    const ctor = nodes.find((n): n is TSESTree.FunctionExpression => n.type === T.FunctionExpression);
    expect(fn?.params.map((p) => textOf(code, parameterType(p)))).toEqual(['A', 'B', 'C', undefined]);
    expect(ctor && textOf(code, parameterType(ctor.params[0]))).toBe('D');
  });
});
