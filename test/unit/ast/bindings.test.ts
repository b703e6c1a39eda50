// Where a name's value comes from, read off scope analysis (imports, requires, aliases,
// destructuring, parameters, declarations, globals), and the small node helpers beside it.
import { analyze } from '@typescript-eslint/scope-manager';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  Bindings,
  isFunctionNode,
  isGlobalVariable,
  someGlobalReference,
  propertyName,
  requireSource,
  staticString,
  unwrap,
  type ValueSource,
} from '../../../src/ast/bindings.js';

interface Parsed {
  readonly code: string;
  readonly program: TSESTree.Program;
  readonly bindings: Bindings;
}

/**
 * Parses TypeScript with parent links (as ESLint sets them) and builds the file's scopes, with
 * `globals` added as ESLint adds `languageOptions.globals` and `/* global *\/` comments.
 */
function parsed(code: string, sourceType: 'module' | 'script' = 'module', globals: string[] = []): Parsed {
  const program = parse(code, { range: true });
  simpleTraverse(program, { enter: () => undefined }, true);
  const scopeManager = analyze(program, { sourceType });
  scopeManager.addGlobals(globals);
  return { code, program, bindings: new Bindings(scopeManager) };
}

/** Every node of `program`, in source order (parents before children). */
function nodes(program: TSESTree.Program): TSESTree.Node[] {
  const all: TSESTree.Node[] = [];
  simpleTraverse(program, { enter: (node) => void all.push(node) });
  return all;
}

/** The argument of the last `use(...)` call: the identifier whose source a test asks for. */
function used(file: Parsed): TSESTree.Identifier {
  const calls = nodes(file.program).filter(
    (n): n is TSESTree.CallExpression =>
      n.type === T.CallExpression && n.callee.type === T.Identifier && n.callee.name === 'use',
  );
  const arg = calls[calls.length - 1]?.arguments[0];
  if (arg?.type !== T.Identifier) throw new Error('no use(identifier) in the code');
  return arg;
}

/** A ValueSource as plain data: node fields as their source text or their type and name. */
function shown(file: Parsed, source: ValueSource | undefined): unknown {
  if (!source) return source;
  switch (source.kind) {
    case 'expr':
      return { kind: 'expr', expr: file.code.slice(...source.expr.range), path: source.path };
    case 'param':
      return { kind: 'param', fn: source.fn.type, index: source.index, path: source.path, name: source.name };
    case 'declaration':
      return { kind: 'declaration', node: `${source.node.type} ${source.node.id?.name ?? ''}`.trim() };
    default:
      return source;
  }
}

/** Where the value of the argument of the last `use(...)` in `code` comes from. */
function sourceOfUsed(code: string, sourceType?: 'module' | 'script', globals?: string[]): unknown {
  const file = parsed(code, sourceType, globals);
  return shown(file, file.bindings.sourceOf(used(file)));
}

describe('Bindings.sourceOf: imports', () => {
  it.each([
    [
      'a default import',
      "import mixpanel from 'mixpanel-browser';\nuse(mixpanel);",
      { kind: 'import', source: 'mixpanel-browser', imported: 'default', path: [] },
    ],
    [
      'a named import',
      "import { track } from './analytics';\nuse(track);",
      { kind: 'import', source: './analytics', imported: 'track', path: [] },
    ],
    [
      'a renamed import, by its exported name',
      "import { track as send } from './analytics';\nuse(send);",
      { kind: 'import', source: './analytics', imported: 'track', path: [] },
    ],
    [
      'an import named by a string',
      "import { 'track-event' as trackEvent } from './analytics';\nuse(trackEvent);",
      { kind: 'import', source: './analytics', imported: 'track-event', path: [] },
    ],
    [
      'a namespace import',
      "import * as Sentry from '@sentry/browser';\nuse(Sentry);",
      { kind: 'import', source: '@sentry/browser', imported: '*', path: [] },
    ],
  ])('%s', (_what, code, expected) => {
    expect(sourceOfUsed(code)).toEqual(expected);
  });
});

describe('Bindings.sourceOf: require', () => {
  it('a required module', () => {
    expect(sourceOfUsed("const posthog = require('posthog-js');\nuse(posthog);")).toEqual({
      kind: 'import',
      source: 'posthog-js',
      imported: 'require',
      path: [],
    });
  });

  it('a member destructured from a require, with its path', () => {
    expect(sourceOfUsed("const { init } = require('@amplitude/analytics-node');\nuse(init);")).toEqual({
      kind: 'import',
      source: '@amplitude/analytics-node',
      imported: 'require',
      path: ['init'],
    });
    expect(sourceOfUsed("const { default: { track } } = require('./analytics');\nuse(track);")).toEqual({
      kind: 'import',
      source: './analytics',
      imported: 'require',
      path: ['default', 'track'],
    });
  });

  it('a require with a template string', () => {
    expect(sourceOfUsed('const heap = require(`heap-api`);\nuse(heap);')).toEqual({
      kind: 'import',
      source: 'heap-api',
      imported: 'require',
      path: [],
    });
  });
});

describe('Bindings.sourceOf: variables', () => {
  it('a const alias is the expression it was given', () => {
    expect(
      sourceOfUsed("import mixpanel from 'mixpanel-browser';\nconst client = mixpanel;\nuse(client);"),
    ).toEqual({ kind: 'expr', expr: 'mixpanel', path: [] });
    expect(sourceOfUsed("const mp = Mixpanel.init('token');\nuse(mp);")).toEqual({
      kind: 'expr',
      expr: "Mixpanel.init('token')",
      path: [],
    });
  });

  it('a declared-then-assigned variable is its single later write', () => {
    expect(sourceOfUsed('let client;\nclient = init();\nuse(client);')).toEqual({
      kind: 'expr',
      expr: 'init()',
      path: [],
    });
  });

  it('a variable written twice without an initialiser has no single source', () => {
    expect(sourceOfUsed('let client;\nclient = a();\nclient = b();\nuse(client);')).toBeUndefined();
  });

  it('a variable never given a value has none', () => {
    expect(sourceOfUsed('let client;\nuse(client);')).toBeUndefined();
  });

  it('a `declare const` is the global it types', () => {
    expect(sourceOfUsed('declare const gtag: (...args: unknown[]) => void;\nuse(gtag);')).toEqual({
      kind: 'global',
      name: 'gtag',
    });
  });
});

describe('Bindings.sourceOf: destructuring', () => {
  const code = (binding: string) =>
    `const { email, profile: { phone }, 'home-address': home, tags: [first, , third], name = 'anon', ...rest } = user;\nuse(${binding});`;

  it.each([
    ['email', ['email']],
    ['phone', ['profile', 'phone']],
    ['home', ['home-address']],
    ['first', ['tags', '0']],
    ['third', ['tags', '2']],
    ['name', ['name']],
    ['rest', []],
  ])('%s is the member %j of the value', (binding, path) => {
    expect(sourceOfUsed(code(binding))).toEqual({ kind: 'expr', expr: 'user', path });
  });

  it('a computed key gives no path, so no source', () => {
    expect(sourceOfUsed('const { [key]: value } = user;\nuse(value);')).toBeUndefined();
  });
});

describe('Bindings.sourceOf: parameters', () => {
  it('a parameter, by its index', () => {
    expect(sourceOfUsed('function identify(id, user) { use(user); }')).toEqual({
      kind: 'param',
      fn: 'FunctionDeclaration',
      index: 1,
      path: [],
      name: 'user',
    });
    expect(sourceOfUsed('const f = (user) => use(user);')).toEqual({
      kind: 'param',
      fn: 'ArrowFunctionExpression',
      index: 0,
      path: [],
      name: 'user',
    });
  });

  it('a destructured parameter, with its path', () => {
    expect(sourceOfUsed('const f = function (event, { user: { email } }) { use(email); };')).toEqual({
      kind: 'param',
      fn: 'FunctionExpression',
      index: 1,
      path: ['user', 'email'],
      name: 'email',
    });
  });

  it('a parameter with a default value', () => {
    expect(sourceOfUsed("function f(user = {}, plan = 'free') { use(plan); }")).toEqual({
      kind: 'param',
      fn: 'FunctionDeclaration',
      index: 1,
      path: [],
      name: 'plan',
    });
  });

  it('a TypeScript parameter property', () => {
    expect(sourceOfUsed('class Tracker { constructor(private readonly user: User) { use(user); } }')).toEqual(
      { kind: 'param', fn: 'FunctionExpression', index: 0, path: [], name: 'user' },
    );
  });

  it('a rest parameter has no source', () => {
    expect(sourceOfUsed('function f(...args) { use(args); }')).toBeUndefined();
  });

  it('a catch clause binding has no source', () => {
    expect(sourceOfUsed('try { run(); } catch (error) { use(error); }')).toBeUndefined();
  });
});

describe('Bindings.sourceOf: declarations and globals', () => {
  it('a function or class declared in the file', () => {
    expect(sourceOfUsed('function helper() {}\nuse(helper);')).toEqual({
      kind: 'declaration',
      node: 'FunctionDeclaration helper',
    });
    expect(sourceOfUsed('class Client {}\nuse(Client);')).toEqual({
      kind: 'declaration',
      node: 'ClassDeclaration Client',
    });
  });

  it('a function expression bound to a const is an expression', () => {
    expect(sourceOfUsed('const helper = () => 1;\nuse(helper);')).toEqual({
      kind: 'expr',
      expr: '() => 1',
      path: [],
    });
  });

  it('a name declared nowhere is a global', () => {
    expect(sourceOfUsed('use(analytics);')).toEqual({ kind: 'global', name: 'analytics' });
  });

  it('a `declare function` is the global it types', () => {
    expect(sourceOfUsed('declare function fbq(...args: unknown[]): void;\nuse(fbq);')).toEqual({
      kind: 'global',
      name: 'fbq',
    });
  });

  it('a name ESLint does not record as a reference (a member’s property, a key) has none', () => {
    const file = parsed('const user = load();\nuse({ email: user.email });');
    const identifiers = nodes(file.program).filter(
      (n): n is TSESTree.Identifier => n.type === T.Identifier && n.name === 'email',
    );
    expect(identifiers).toHaveLength(2);
    for (const id of identifiers) expect(file.bindings.sourceOf(id)).toBeUndefined();
  });

  it('reads the declaring identifier like a reference, and remembers the answer', () => {
    const file = parsed("const client = init('key');\nuse(client);");
    const declared = (file.program.body[0] as TSESTree.VariableDeclaration).declarations[0]
      .id as TSESTree.Identifier;
    const source = file.bindings.sourceOf(declared);
    expect(shown(file, source)).toEqual({ kind: 'expr', expr: "init('key')", path: [] });
    expect(file.bindings.sourceOf(declared)).toBe(source);
    expect(file.bindings.rootNode).toBe(file.program);
  });
});

describe('declared globals: isGlobalVariable, and Bindings.sourceOf on them', () => {
  it('a global the config or a comment declares is the global, in every scope below it', () => {
    expect(sourceOfUsed('function f() { use(gtag); }', 'module', ['gtag'])).toEqual({
      kind: 'global',
      name: 'gtag',
    });
  });

  it('a local or a parameter of the same name is not', () => {
    expect(sourceOfUsed('const gtag = make();\nuse(gtag);', 'module', ['gtag'])).toEqual({
      kind: 'expr',
      expr: 'make()',
      path: [],
    });
    expect(sourceOfUsed('function f(gtag) { use(gtag); }', 'module', ['gtag'])).toMatchObject({
      kind: 'param',
      index: 0,
    });
  });

  it('`arguments` and other variables without a definition below the global scope are no global', () => {
    expect(sourceOfUsed('function f() { use(arguments); }')).toBeUndefined();
  });

  it('tells global-scope variables without definitions and ambient typings from the code’s own', () => {
    const program = parse(
      'declare const gtag: unknown;\nconst local = 1;\nfunction fbq(a: string): void;\nfunction fbq(a: unknown) {}\nuse(gtag, local, fbq, window);',
      { range: true },
    );
    simpleTraverse(program, { enter: () => undefined }, true);
    const scopeManager = analyze(program, { sourceType: 'module' });
    scopeManager.addGlobals(['window']);
    const moduleScope = scopeManager.globalScope?.childScopes[0];
    const variable = (name: string) =>
      moduleScope?.set.get(name) ?? scopeManager.globalScope?.set.get(name) ?? null;
    expect(isGlobalVariable(variable('gtag'))).toBe(true); // only typed
    expect(isGlobalVariable(variable('local'))).toBe(false);
    expect(isGlobalVariable(variable('fbq'))).toBe(false); // an overload signature and its implementation
    expect(isGlobalVariable(variable('window'))).toBe(true); // declared by the config
    expect(isGlobalVariable(null)).toBe(true); // left unresolved
    const seen: string[] = [];
    someGlobalReference(scopeManager, new Set(['gtag', 'local', 'fbq', 'window', 'use']), (id) => {
      seen.push(id.name);
      return false;
    });
    expect(seen.sort()).toEqual(['gtag', 'use', 'window']);
  });
});

describe('Bindings.sourceOfName: a name looked up through the scopes around a node', () => {
  const code = [
    "import { StatsigProvider } from '@statsig/react-bindings';",
    'function App() {',
    '  use(outer);',
    '  function Inner() {',
    '    const StatsigProvider = other;',
    '    use(inner);',
    '  }',
    '}',
  ].join('\n');
  const file = parsed(code);
  const at = (name: string) =>
    nodes(file.program).find(
      (n): n is TSESTree.Identifier => n.type === T.Identifier && n.name === name,
    ) as TSESTree.Identifier;

  it('finds an import from inside a function', () => {
    expect(shown(file, file.bindings.sourceOfName(at('outer'), 'StatsigProvider'))).toEqual({
      kind: 'import',
      source: '@statsig/react-bindings',
      imported: 'StatsigProvider',
      path: [],
    });
  });

  it('finds the nearest declaration when an inner scope shadows the name', () => {
    expect(shown(file, file.bindings.sourceOfName(at('inner'), 'StatsigProvider'))).toEqual({
      kind: 'expr',
      expr: 'other',
      path: [],
    });
  });

  it('gives nothing for a name no scope declares (not a global)', () => {
    expect(file.bindings.sourceOfName(at('outer'), 'Undeclared')).toBeUndefined();
  });
});

describe('propertyName', () => {
  const member = (code: string) =>
    (parse(code).body[0] as TSESTree.ExpressionStatement).expression as TSESTree.MemberExpression;
  const property = (code: string) =>
    ((parse(`(${code})`).body[0] as TSESTree.ExpressionStatement).expression as TSESTree.ObjectExpression)
      .properties[0] as TSESTree.Property;
  const classMember = (code: string) =>
    (parse(`class C { ${code} }`).body[0] as TSESTree.ClassDeclaration).body.body[0] as
      TSESTree.MethodDefinition | TSESTree.PropertyDefinition;

  it.each([
    ['a.email', 'email'],
    ["a['email']", 'email'],
    ['a[`email`]', 'email'],
    ['a[0]', '0'],
    ['a[key]', undefined],
    ['a[`e${x}`]', undefined],
    ['a?.email', undefined], // a chain: the member sits inside a ChainExpression (see unwrap)
  ])('member %s → %s', (code, name) => {
    const expression = member(code);
    if (expression.type !== T.MemberExpression) {
      expect(name).toBeUndefined();
      expect(expression.type).toBe(T.ChainExpression);
      return;
    }
    expect(propertyName(expression)).toBe(name);
  });

  it.each([
    ['{ email: 1 }', 'email'],
    ["{ 'e-mail': 1 }", 'e-mail'],
    ['{ 42: 1 }', '42'],
    ["{ ['email']: 1 }", 'email'],
    ['{ [key]: 1 }', undefined],
    ['{ email }', 'email'],
  ])('object key %s → %s', (code, name) => {
    expect(propertyName(property(code))).toBe(name);
  });

  it.each([
    ['get email() { return 1; }', 'email'],
    ['#secret = 1;', '#secret'],
    ["'quoted' = 1;", 'quoted'],
    ['[key] = 1;', undefined],
  ])('class member %s → %s', (code, name) => {
    expect(propertyName(classMember(code))).toBe(name);
  });

  it('a private member access', () => {
    const method = classMember('m() { return this.#secret; } #secret = 1;') as TSESTree.MethodDefinition;
    const statement = method.value.body?.body[0] as TSESTree.ReturnStatement;
    expect(propertyName(statement.argument as TSESTree.MemberExpression)).toBe('#secret');
  });
});

describe('staticString', () => {
  const expression = (code: string) => (parse(code).body[0] as TSESTree.ExpressionStatement).expression;

  it.each([
    ["'single'", 'single'],
    ['"double"', 'double'],
    ['`template`', 'template'],
    ['`\\u0041B`', 'AB'],
    ["''", ''],
    ['`a${b}`', undefined],
    ['42', undefined],
    ['null', undefined],
    ['name', undefined],
    ["'a' + 'b'", undefined],
  ])('%s → %j', (code, value) => {
    expect(staticString(expression(code))).toBe(value);
  });

  it('no node → undefined', () => {
    expect(staticString(undefined)).toBeUndefined();
    expect(staticString(null)).toBeUndefined();
  });
});

describe('requireSource', () => {
  const expression = (code: string) => (parse(code).body[0] as TSESTree.ExpressionStatement).expression;

  it.each([
    ["require('posthog-js')", 'posthog-js'],
    ['require(`./local`)', './local'],
    ['require(name)', undefined],
    ["require('a', 'b')", undefined],
    ["load('posthog-js')", undefined],
    ["module.require('posthog-js')", undefined],
  ])('%s → %j', (code, value) => {
    expect(requireSource(expression(code))).toBe(value);
  });
});

describe('isFunctionNode', () => {
  it('is true for the three function forms and false for others', () => {
    const program = parse('function a() {}\nconst b = function () {};\nconst c = () => 1;\nclass D {}');
    const kinds = nodes(program)
      .filter(isFunctionNode)
      .map((n) => n.type);
    expect(kinds).toEqual([T.FunctionDeclaration, T.FunctionExpression, T.ArrowFunctionExpression]);
    expect(isFunctionNode(undefined)).toBe(false);
    expect(isFunctionNode(null)).toBe(false);
  });
});

describe('unwrap', () => {
  const expression = (code: string) => (parse(code).body[0] as TSESTree.ExpressionStatement).expression;
  const unwrapped = (code: string) => {
    const node = unwrap(expression(code));
    return `${node.type}${node.type === T.Identifier ? ` ${node.name}` : ''}`;
  };

  it.each([
    ['user as User', 'Identifier user'],
    ['user!', 'Identifier user'],
    ['user satisfies User', 'Identifier user'],
    ['<User>user', 'Identifier user'],
    ['track<Event>', 'Identifier track'],
    ['(user as unknown as User)!', 'Identifier user'],
    ['a?.b', 'MemberExpression'],
    ['a?.b!', 'MemberExpression'],
  ])('%s → %s', (code, result) => {
    expect(unwrapped(code)).toBe(result);
  });

  it('returns a node without wrappers as it is', () => {
    const node = expression('user.email');
    expect(unwrap(node)).toBe(node);
  });
});
