/**
 * React context, read from the syntax: `createContext(...)` calls, `useContext(ctx)` reads, and the
 * values a module's Provider elements give a context (`<SegmentContext.Provider value={analytics}>`,
 * React 19's `<SegmentContext value={analytics}>`). A context is looked for only in the module that
 * creates it: its providers are matched by the name the context is declared under there.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { propertyName, unwrap } from './bindings.js';

type Node = TSESTree.Node;

/** `name(...)` or `React.name(...)`. */
function isReactCall(call: TSESTree.CallExpression, name: string): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === T.Identifier) return callee.name === name;
  return (
    callee.type === T.MemberExpression &&
    callee.object.type === T.Identifier &&
    callee.object.name === 'React' &&
    propertyName(callee) === name
  );
}

/** The context `useContext(ctx)` (or `React.useContext(ctx)`) reads. */
export function contextRead(node: Node): Node | undefined {
  if (node.type !== T.CallExpression || !isReactCall(node, 'useContext')) return undefined;
  const arg = node.arguments[0];
  return arg && arg.type !== T.SpreadElement ? arg : undefined;
}

/** Whether `node` is `createContext(...)` / `React.createContext(...)`. */
export function isCreateContext(node: TSESTree.CallExpression): boolean {
  return isReactCall(node, 'createContext');
}

/** The values the Provider elements of one module give its contexts, indexed once, on first use. */
export class ContextProviders {
  private byName: Map<string, Node[]> | undefined;

  constructor(private readonly elements: readonly TSESTree.JSXOpeningElement[]) {}

  /**
   * What a context created by `create` (`const SegmentContext = createContext(...)`) holds: the `value`
   * of each of the module's providers of it, then the default given to `createContext`.
   */
  valuesOf(create: TSESTree.CallExpression): Node[] {
    const out: Node[] = [];
    let declarator: Node | undefined = create.parent;
    while (
      declarator &&
      (declarator.type === T.TSAsExpression ||
        declarator.type === T.TSNonNullExpression ||
        declarator.type === T.TSSatisfiesExpression)
    )
      declarator = declarator.parent;
    if (declarator?.type === T.VariableDeclarator && declarator.id.type === T.Identifier)
      out.push(...(this.index().get(declarator.id.name) ?? []));
    const fallback = create.arguments[0];
    if (fallback && fallback.type !== T.SpreadElement) out.push(fallback);
    return out;
  }

  private index(): Map<string, Node[]> {
    if (this.byName) return this.byName;
    const byName = new Map<string, Node[]>();
    for (const element of this.elements) {
      const name = element.name;
      let context: string | undefined;
      if (
        name.type === T.JSXMemberExpression &&
        name.object.type === T.JSXIdentifier &&
        name.property.name === 'Provider'
      )
        context = name.object.name;
      else if (name.type === T.JSXIdentifier && /^[A-Z]/.test(name.name)) context = name.name;
      if (context === undefined) continue;
      for (const attribute of element.attributes) {
        if (
          attribute.type === T.JSXAttribute &&
          attribute.name.type === T.JSXIdentifier &&
          attribute.name.name === 'value' &&
          attribute.value?.type === T.JSXExpressionContainer &&
          attribute.value.expression.type !== T.JSXEmptyExpression
        ) {
          let values = byName.get(context);
          if (!values) byName.set(context, (values = []));
          values.push(attribute.value.expression);
        }
      }
    }
    return (this.byName = byName);
  }
}
