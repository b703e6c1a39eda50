/**
 * What the app's own declarations are made of, read from the syntax alone: the expressions a function
 * returns, the members of a class by name (fields, getters, methods, constructor assignments and
 * parameter properties), and the type a parameter or variable is annotated with. Used by SDK
 * resolution to follow a vendor client through the app's accessors, getters and typed parameters.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type FunctionNode, isFunctionNode, propertyName } from './bindings.js';

type Node = TSESTree.Node;
export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * The expressions `fn` returns: an arrow's expression body, or the argument of every `return` of its
 * body (not of the functions nested in it). Only statements are walked: a `return` is never inside an
 * expression except in a nested function, so this reads each statement of the body once.
 */
export function returnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (!fn.body) return [];
  if (fn.body.type !== T.BlockStatement) return [fn.body];
  const out: TSESTree.Expression[] = [];
  const visit = (statement: TSESTree.Statement | null | undefined): void => {
    if (!statement) return;
    switch (statement.type) {
      case T.ReturnStatement:
        if (statement.argument) out.push(statement.argument);
        return;
      case T.BlockStatement:
        for (const s of statement.body) visit(s);
        return;
      case T.IfStatement:
        visit(statement.consequent);
        visit(statement.alternate);
        return;
      case T.TryStatement:
        visit(statement.block);
        visit(statement.handler?.body);
        visit(statement.finalizer);
        return;
      case T.SwitchStatement:
        for (const c of statement.cases) for (const s of c.consequent) visit(s);
        return;
      case T.ForStatement:
      case T.ForInStatement:
      case T.ForOfStatement:
      case T.WhileStatement:
      case T.DoWhileStatement:
      case T.LabeledStatement:
      case T.WithStatement:
        visit(statement.body);
        return;
      default:
        return;
    }
  };
  for (const statement of fn.body.body) visit(statement);
  return out;
}

/** A member of a class that gives a value: a field's initialiser or declared type, a getter, an assignment in the constructor. */
export type ClassMemberValue =
  | { readonly kind: 'expr'; readonly expr: TSESTree.Expression }
  | { readonly kind: 'getter'; readonly fn: TSESTree.FunctionExpression }
  | { readonly kind: 'type'; readonly type: TSESTree.TypeNode };

/**
 * Where member `name` of class `cls` gets its value: a field (its initialiser, else its type
 * annotation), a getter, `this.name = ...` at the top of the constructor, or a constructor parameter
 * property (`constructor(private ph: PostHog)`, by its annotation). `isStatic`: only static members
 * (the class itself), only instance ones (`false`), or either (`undefined`: `this`, whose method may be either).
 */
export function classMemberValue(
  cls: ClassNode,
  name: string,
  isStatic: boolean | undefined,
): ClassMemberValue | undefined {
  // A declared type stands for the value only when nothing assigns one.
  let typed: ClassMemberValue | undefined;
  for (const element of cls.body.body) {
    if (isStatic !== undefined && 'static' in element && element.static !== isStatic) continue;
    if (element.type === T.PropertyDefinition && propertyName(element) === name) {
      if (element.value) return { kind: 'expr', expr: element.value };
      const type = element.typeAnnotation?.typeAnnotation;
      if (type) typed ??= { kind: 'type', type };
      continue;
    }
    if (element.type !== T.MethodDefinition) continue;
    if (
      element.kind === 'get' &&
      element.value.type === T.FunctionExpression &&
      propertyName(element) === name
    )
      return { kind: 'getter', fn: element.value };
    if (element.kind !== 'constructor') continue;
    for (const param of element.value.params) {
      if (param.type !== T.TSParameterProperty) continue;
      const inner = param.parameter.type === T.AssignmentPattern ? param.parameter.left : param.parameter;
      const type = inner.typeAnnotation?.typeAnnotation;
      if (inner.type === T.Identifier && inner.name === name && type) typed ??= { kind: 'type', type };
    }
    for (const statement of element.value.body?.body ?? []) {
      if (statement.type !== T.ExpressionStatement || statement.expression.type !== T.AssignmentExpression)
        continue;
      const { left, right } = statement.expression;
      if (
        left.type === T.MemberExpression &&
        left.object.type === T.ThisExpression &&
        propertyName(left) === name
      )
        return { kind: 'expr', expr: right };
    }
  }
  return typed;
}

/** Method `name` of class `cls` (a method, or a field holding a function); `isStatic` as in `classMemberValue`. */
export function classMethod(
  cls: ClassNode,
  name: string,
  isStatic: boolean | undefined,
): FunctionNode | undefined {
  for (const element of cls.body.body) {
    if (isStatic !== undefined && 'static' in element && element.static !== isStatic) continue;
    if (
      element.type === T.MethodDefinition &&
      element.kind === 'method' &&
      element.value.type === T.FunctionExpression &&
      propertyName(element) === name
    )
      return element.value;
    if (
      element.type === T.PropertyDefinition &&
      element.value &&
      isFunctionNode(element.value) &&
      propertyName(element) === name
    )
      return element.value;
  }
  return undefined;
}

/** The type annotation of a parameter (`ph: PostHog`, `ph?: PostHog`, `ph: PostHog = x`, `private ph: PostHog`). */
export function parameterType(param: TSESTree.Parameter): TSESTree.TypeNode | undefined {
  let p: Node = param;
  if (p.type === T.TSParameterProperty) p = p.parameter;
  if (p.type === T.AssignmentPattern) p = p.left;
  return p.type === T.Identifier ? p.typeAnnotation?.typeAnnotation : undefined;
}

/** `@Inject(Service)` (NestJS, Angular) among decorators: the class it names. */
function injectToken(decorators: readonly TSESTree.Decorator[] | undefined): TSESTree.Identifier | undefined {
  for (const decorator of decorators ?? []) {
    const call = decorator.expression;
    if (
      call.type === T.CallExpression &&
      call.callee.type === T.Identifier &&
      call.callee.name === 'Inject' &&
      call.arguments[0]?.type === T.Identifier
    )
      return call.arguments[0];
  }
  return undefined;
}

/** `inject(Service)` (Angular's injection function): the class it names. */
export function injectCallClass(node: Node): TSESTree.Identifier | undefined {
  return node.type === T.CallExpression &&
    node.callee.type === T.Identifier &&
    node.callee.name === 'inject' &&
    node.arguments[0]?.type === T.Identifier
    ? node.arguments[0]
    : undefined;
}

/** The name a type annotation gives a class by (`Service`, `Service | undefined`); not a qualified or generic-only one. */
export function annotatedClassName(type: TSESTree.TypeNode | undefined): TSESTree.Identifier | undefined {
  if (type?.type === T.TSUnionType) {
    const kept = type.types.filter((t) => t.type !== T.TSNullKeyword && t.type !== T.TSUndefinedKeyword);
    return kept.length === 1 ? annotatedClassName(kept[0]) : undefined;
  }
  return type?.type === T.TSTypeReference && type.typeName.type === T.Identifier ? type.typeName : undefined;
}

/**
 * The classes an instance member of `cls` may hold by dependency injection, as the names that give
 * them, in order: `@Inject(Service)` on a constructor parameter property or a field (its token may be
 * no class), then the type annotation of that parameter property or of a field without an
 * initialiser (`constructor(private analytics: AnalyticsService)`); or `inject(Service)` as a field's
 * initialiser (Angular). A name may be a type reference.
 */
export function injectedClasses(cls: ClassNode, name: string): TSESTree.Identifier[] {
  const out: TSESTree.Identifier[] = [];
  const add = (id: TSESTree.Identifier | undefined) => {
    if (id) out.push(id);
  };
  for (const element of cls.body.body) {
    if (element.type === T.PropertyDefinition && !element.static && propertyName(element) === name) {
      add(injectToken(element.decorators));
      if (element.value) add(injectCallClass(element.value));
      else add(annotatedClassName(element.typeAnnotation?.typeAnnotation));
      return out;
    }
    if (element.type !== T.MethodDefinition || element.kind !== 'constructor') continue;
    for (const param of element.value.params) {
      if (param.type !== T.TSParameterProperty) continue;
      const inner = param.parameter.type === T.AssignmentPattern ? param.parameter.left : param.parameter;
      if (inner.type !== T.Identifier || inner.name !== name) continue;
      add(injectToken(param.decorators));
      add(annotatedClassName(inner.typeAnnotation?.typeAnnotation));
      return out;
    }
  }
  return out;
}
